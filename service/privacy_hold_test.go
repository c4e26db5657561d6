package service_test

import (
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/service"
	"github.com/matchpoint/matchpoint/store"
	"github.com/matchpoint/matchpoint/store/storetest"
	"github.com/matchpoint/matchpoint/web/webtest"
)

// F2, F3: a legal hold blocks erasure (by hand, through the store, and by
// the retention job) and survives the attempts; a recruiter cannot lift it,
// an admin can, audited; the held candidate's erasure request is answered
// under art. 17(3) with the recruiter's explanation, recorded in the
// request's history and the audit log and mailed to the candidate.
func TestHoldBlocksErasureAndRetention_F2_F3(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		env := webtest.New(t, db)
		ctx, st := env.Acme.Ctx, env.Store
		r := richCandidate(t, env)
		id := r.Candidate.ID
		svc := service.New(db)
		admin := store.Actor{Kind: domain.AudienceOffice, ID: env.Acme.Admin.ID, Name: env.Acme.Admin.Name}
		if err := svc.PlaceHold(ctx, domain.PrivacyHold{CandidateID: id, Kind: domain.HoldDispute, Reason: ""}, admin); !errors.Is(err, domain.ErrInvalid) {
			t.Fatalf("hold without a reason: %v", err)
		}
		if err := svc.PlaceHold(ctx, domain.PrivacyHold{CandidateID: id, Kind: domain.HoldDispute,
			Reason: "Wage dispute before the district court"}, admin); err != nil {
			t.Fatal(err)
		}
		erasure := domain.PrivacyRequest{CandidateID: id, Right: domain.RightErasure, ReceivedAt: db.Now(), Origin: "mail"}
		if err := svc.EnterPrivacyRequest(ctx, &erasure, r.Actor); err != nil {
			t.Fatal(err)
		}
		plan, err := svc.PlanErasure(ctx, id)
		if err != nil || !plan.Held || plan.Hold.Kind != domain.HoldDispute {
			t.Fatalf("plan = %+v, %v", plan, err)
		}
		if err := svc.EraseCandidate(ctx, id, erasure.ID, r.Actor); domain.KeyOf(err) != domain.KeyCandidateHeld {
			t.Fatalf("erase under a hold: %v", err)
		}
		if err := st.InTx(ctx, func(tx *store.Store) error { return tx.AnonymiseCandidate(ctx, id) }); domain.KeyOf(err) != domain.KeyCandidateHeld {
			t.Fatalf("anonymise through the store under a hold: %v", err)
		}
		// The retention job, years later, holds it back too.
		later := db.Now().AddDate(10, 0, 0)
		db.SetClock(func() time.Time { return later })
		res, err := svc.RunRetention(ctx, false)
		if err != nil {
			t.Fatal(err)
		}
		for _, a := range res.Anonymised {
			if a == id {
				t.Fatal("the retention job anonymised a held candidate")
			}
		}
		db.SetClock(time.Now)
		c, err := st.Candidate(ctx, id)
		if err != nil || c.AnonymisedAt != nil || c.Email != r.Candidate.Email || c.Street != r.Candidate.Street {
			t.Fatalf("held candidate after the attempts = %+v, %v", c, err)
		}
		if _, held, _ := st.Held(ctx, id); !held {
			t.Fatal("the hold did not survive the erasure attempts")
		}
		// A recruiter cannot lift it.
		if err := svc.LiftHold(ctx, id, r.Actor); domain.KeyOf(err) != domain.KeyHoldLiftAdmin {
			t.Fatalf("recruiter lifts the hold: %v", err)
		}
		// The erasure request is answered under art. 17(3)(e).
		const why = "Your file is evidence in the wage dispute; we keep it until the court decides."
		if err := svc.RefuseErasure(ctx, erasure.ID, "", r.Actor); !errors.Is(err, domain.ErrInvalid) {
			t.Fatalf("refusal without explanation: %v", err)
		}
		if err := svc.RefuseErasure(ctx, erasure.ID, why, r.Actor); err != nil {
			t.Fatal(err)
		}
		got, _ := st.PrivacyRequest(ctx, erasure.ID)
		if got.Status != domain.PrivacyRefused || got.HandledAt == nil {
			t.Fatalf("request after refusal = %+v", got)
		}
		events, _ := st.PrivacyRequestEvents(ctx, erasure.ID)
		if last := events[len(events)-1]; last.ToStatus != domain.PrivacyRefused || !strings.Contains(last.Detail, "art. 17(3)(e)") ||
			!strings.Contains(last.Detail, why) {
			t.Fatalf("history = %+v", events)
		}
		if e, _, _ := st.AuditEntries(ctx, store.AuditFilter{ObjectKind: "candidate", ObjectID: id, Action: "erasure_refused"}); len(e) != 1 {
			t.Fatalf("refusal audit = %+v", e)
		}
		mails, _, _ := st.Mails(ctx, 20, 0)
		found := false
		for _, m := range mails {
			found = found || m.To == r.Candidate.Email && strings.Contains(m.Body, "17(3)(e)") && strings.Contains(m.Body, why)
		}
		if !found {
			t.Fatalf("no art. 17(3) answer mailed to the candidate: %+v", mails)
		}
		if err := svc.RefuseErasure(ctx, erasure.ID, why, r.Actor); domain.KeyOf(err) != domain.KeyPrivacyClosed {
			t.Fatalf("second refusal: %v", err)
		}
		// An admin lifts it, audited; then erasure goes through.
		if err := svc.LiftHold(ctx, id, admin); err != nil {
			t.Fatal(err)
		}
		if e, _, _ := st.AuditEntries(ctx, store.AuditFilter{ObjectKind: "candidate", ObjectID: id, Action: "hold_lifted"}); len(e) != 1 ||
			e[0].ActorID != env.Acme.Admin.ID || !strings.Contains(e[0].Detail, "Wage dispute") {
			t.Fatalf("lift audit = %+v", e)
		}
		if err := svc.EraseCandidate(ctx, id, 0, r.Actor); err != nil {
			t.Fatal(err)
		}
	})
}
