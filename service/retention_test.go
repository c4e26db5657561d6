package service_test

import (
	"slices"
	"testing"
	"time"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/service"
	"github.com/matchpoint/matchpoint/store"
	"github.com/matchpoint/matchpoint/store/storetest"
	"github.com/matchpoint/matchpoint/web/webtest"
)

// F3: candidates with no activity, no placement and no consent for the
// retention period (three years by default) are listed by a dry run and
// anonymised by a real one, with an audit entry each; a hold keeps one back;
// recent activity, a placement or a live consent keeps one out.
func TestRetentionDryRunAndRealRunWithHold_F3(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		env := webtest.New(t, db)
		ctx, st := env.Acme.Ctx, env.Store
		svc := service.New(db)
		now := time.Date(2026, time.June, 1, 12, 0, 0, 0, time.UTC)
		at := func(tm time.Time) { db.SetClock(func() time.Time { return tm }) }
		at(now.AddDate(-4, 0, 0))
		stale := env.Acme.Candidate(t, st, "Stale", "Sam")
		held := env.Acme.Candidate(t, st, "Held", "Hanna")
		consenting := env.Acme.Candidate(t, st, "Consent", "Carla")
		if err := st.GiveConsent(ctx, &domain.Consent{CandidateID: consenting.ID, TextVersion: "v1", ValidUntil: domain.NewDate(2027, 1, 1)}); err != nil {
			t.Fatal(err)
		}
		noted := env.Acme.Candidate(t, st, "Noted", "Nick")
		rec := env.Acme.Records(t, st) // placed, no end date: a relation
		at(now.AddDate(-1, 0, 0))
		if err := st.CreateNote(ctx, &domain.Note{SubjectKind: domain.SubjectCandidate, SubjectID: noted.ID,
			AuthorKind: domain.AudienceOffice, AuthorID: env.Acme.Recruiter.ID, AuthorName: "Rita", Body: "still in touch"}); err != nil {
			t.Fatal(err)
		}
		recent := env.Acme.Candidate(t, st, "Recent", "Rob")
		at(now)
		if err := st.PlaceHold(ctx, &domain.PrivacyHold{CandidateID: held.ID, Kind: domain.HoldDispute, Reason: "legal claim", HeldBy: "Adam"}); err != nil {
			t.Fatal(err)
		}
		ids := func(list []domain.RetentionDue) []domain.ID {
			var out []domain.ID
			for _, d := range list {
				out = append(out, d.Candidate.ID)
			}
			slices.Sort(out)
			return out
		}
		want := []domain.ID{stale.ID, held.ID}
		slices.Sort(want)
		res, err := svc.RunRetention(ctx, true)
		if err != nil {
			t.Fatal(err)
		}
		if !slices.Equal(ids(res.Due), want) || len(res.Anonymised) != 0 || !slices.Equal(res.Held, []domain.ID{held.ID}) {
			t.Fatalf("dry run = due %v, held %v, anonymised %v; want due %v (not %d %d %d %d)", ids(res.Due), res.Held, res.Anonymised,
				want, consenting.ID, noted.ID, rec.Candidate.ID, recent.ID)
		}
		if c, _ := st.Candidate(ctx, stale.ID); c.AnonymisedAt != nil {
			t.Fatal("the dry run changed data")
		}
		res, err = svc.RunRetention(ctx, false)
		if err != nil {
			t.Fatal(err)
		}
		if !slices.Equal(res.Anonymised, []domain.ID{stale.ID}) {
			t.Fatalf("anonymised %v, want only %d", res.Anonymised, stale.ID)
		}
		if c, _ := st.Candidate(ctx, stale.ID); c.AnonymisedAt == nil || c.Email != "" {
			t.Fatalf("stale candidate = %+v", c)
		}
		if c, _ := st.Candidate(ctx, held.ID); c.AnonymisedAt != nil {
			t.Fatal("a held candidate was anonymised")
		}
		entries, _, _ := st.AuditEntries(ctx, store.AuditFilter{ObjectKind: "candidate", ObjectID: stale.ID, Action: "retention_anonymised"})
		if len(entries) != 1 || entries[0].ActorName != service.SystemActor.Name {
			t.Fatalf("audit = %+v", entries)
		}
		// Released from the hold, the next run takes it; anonymised ones are not due again.
		if err := st.LiftHold(ctx, held.ID); err != nil {
			t.Fatal(err)
		}
		due, err := svc.RetentionDue(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if got := ids(due); !slices.Equal(got, []domain.ID{held.ID}) {
			t.Fatalf("due after release = %v", got)
		}
		// The other agency's candidates are never touched.
		if res, _ := svc.RunRetention(env.Other.Ctx, true); len(res.Due) != 0 {
			t.Fatalf("other agency: %+v", res.Due)
		}
	})
}
