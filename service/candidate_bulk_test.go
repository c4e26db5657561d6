package service_test

import (
	"errors"
	"fmt"
	"sync"
	"testing"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/service"
	"github.com/matchpoint/matchpoint/store"
	"github.com/matchpoint/matchpoint/store/storetest"
	"github.com/matchpoint/matchpoint/web/webtest"
)

// Issue 15 item 2: each bulk action is done per candidate, audited, and
// what cannot be done is skipped with its reason: a candidate of another
// agency or a guessed id is "not found", a second match "exists", an owner
// it had already "unchanged", a candidate without address gets no mail. A
// wrong choice (another agency's recruiter) changes nothing.
func TestCandidateBulk_Issue15(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		env := webtest.New(t, db)
		svc := env.App().Service
		st, a := env.Store, env.Acme
		ctx := a.Ctx
		rec := a.Records(t, st)
		anna := a.Candidate(t, st, "Anna", "Bulk")
		bram := a.Candidate(t, st, "Bram", "Bulk")
		nomail := a.Candidate(t, st, "Cas", "Nomail")
		nomail.Email = ""
		if err := st.UpdateCandidate(ctx, &nomail); err != nil {
			t.Fatal(err)
		}
		foreign := env.Other.Candidate(t, st, "Fremd", "Other")
		by := store.Actor{Kind: domain.AudienceOffice, ID: a.Recruiter.ID, Name: a.Recruiter.Name}
		origin := service.Origin{Tenant: a.Tenant}
		ids := []domain.ID{anna.ID, bram.ID, foreign.ID, 99999999, anna.ID}

		res, err := svc.CandidateBulk(ctx, by, service.BulkAction{Kind: service.BulkMatch, VacancyID: rec.Vacancy.ID}, ids, origin)
		if err != nil {
			t.Fatal(err)
		}
		wantOutcomes(t, "match", res, map[domain.ID]string{anna.ID: "", bram.ID: "", foreign.ID: "bulk.skip.not_found", 99999999: "bulk.skip.not_found"})
		matches, _, err := st.Matches(ctx, store.MatchFilter{VacancyID: rec.Vacancy.ID, Limit: 50})
		if err != nil || len(matches) != 3 { // Rosa's from the fixture, Anna's, Bram's
			t.Fatalf("matches on the vacancy: %d, %v", len(matches), err)
		}
		res, err = svc.CandidateBulk(ctx, by, service.BulkAction{Kind: service.BulkMatch, VacancyID: rec.Vacancy.ID}, ids[:2], origin)
		if err != nil {
			t.Fatal(err)
		}
		wantOutcomes(t, "match again", res, map[domain.ID]string{anna.ID: domain.KeyMatchExists, bram.ID: domain.KeyMatchExists})
		audit, _, err := st.AuditEntries(ctx, store.AuditFilter{ObjectKind: string(domain.SubjectCandidate), ObjectID: anna.ID, Action: "bulk_match"})
		if err != nil || len(audit) != 1 || audit[0].ActorID != a.Recruiter.ID {
			t.Fatalf("audit of Anna's match: %+v, %v", audit, err)
		}

		// Owner: another agency's recruiter is no choice; the admin is.
		if _, err := svc.CandidateBulk(ctx, by, service.BulkAction{Kind: service.BulkOwner, OwnerID: env.Other.Recruiter.ID}, ids, origin); !errors.Is(err, domain.ErrInvalid) {
			t.Fatalf("foreign owner: %v", err)
		}
		if c, _ := st.Candidate(ctx, anna.ID); c.OwnerID != a.Recruiter.ID {
			t.Fatalf("a refused choice changed the owner to %d", c.OwnerID)
		}
		res, err = svc.CandidateBulk(ctx, by, service.BulkAction{Kind: service.BulkOwner, OwnerID: a.Admin.ID}, []domain.ID{anna.ID, foreign.ID}, origin)
		if err != nil {
			t.Fatal(err)
		}
		wantOutcomes(t, "owner", res, map[domain.ID]string{anna.ID: "", foreign.ID: "bulk.skip.not_found"})
		if c, _ := st.Candidate(ctx, anna.ID); c.OwnerID != a.Admin.ID {
			t.Fatalf("owner not changed: %d", c.OwnerID)
		}
		if c, _ := st.Candidate(env.Other.Ctx, foreign.ID); c.OwnerID != env.Other.Recruiter.ID {
			t.Fatalf("the other agency's candidate changed owner: %d", c.OwnerID)
		}
		res, err = svc.CandidateBulk(ctx, by, service.BulkAction{Kind: service.BulkOwner, OwnerID: a.Admin.ID}, []domain.ID{anna.ID}, origin)
		if err != nil {
			t.Fatal(err)
		}
		wantOutcomes(t, "owner again", res, map[domain.ID]string{anna.ID: "bulk.skip.unchanged"})

		// Status.
		hold := domain.CandidateStatus{Name: "On hold"}
		if err := st.SaveCandidateStatus(ctx, &hold); err != nil {
			t.Fatal(err)
		}
		if _, err := svc.CandidateBulk(ctx, by, service.BulkAction{Kind: service.BulkStatus, StatusID: env.Other.Status.ID}, ids, origin); !errors.Is(err, domain.ErrInvalid) {
			t.Fatalf("foreign status: %v", err)
		}
		res, err = svc.CandidateBulk(ctx, by, service.BulkAction{Kind: service.BulkStatus, StatusID: hold.ID}, []domain.ID{bram.ID}, origin)
		if err != nil {
			t.Fatal(err)
		}
		wantOutcomes(t, "status", res, map[domain.ID]string{bram.ID: ""})
		if c, _ := st.Candidate(ctx, bram.ID); c.StatusID != hold.ID || c.FirstName != "Bram" {
			t.Fatalf("status: %+v", c)
		}

		// Mail: in the candidate's language, to its address; none without one.
		before, _, _ := st.Mails(ctx, 500, 0)
		res, err = svc.CandidateBulk(ctx, by, service.BulkAction{Kind: service.BulkMail}, []domain.ID{anna.ID, nomail.ID, foreign.ID}, origin)
		if err != nil {
			t.Fatal(err)
		}
		wantOutcomes(t, "mail", res, map[domain.ID]string{anna.ID: "", nomail.ID: "bulk.skip.no_email", foreign.ID: "bulk.skip.not_found"})
		after, _, _ := st.Mails(ctx, 500, 0)
		if len(after) != len(before)+1 || after[0].To != anna.Email || after[0].Subject != "News from "+a.Tenant.Name {
			t.Fatalf("outbox: %d → %d mails, newest %+v", len(before), len(after), after[0])
		}

		// Export: only the agency's own candidates, each read logged.
		list, err := svc.ExportCandidates(ctx, by, []domain.ID{anna.ID, foreign.ID, bram.ID})
		if err != nil || len(list) != 2 || list[0].ID != anna.ID || list[1].ID != bram.ID {
			t.Fatalf("export: %v, %v", list, err)
		}
		if audit, _, _ := st.AuditEntries(ctx, store.AuditFilter{ObjectKind: string(domain.SubjectCandidate), ObjectID: bram.ID, Action: "export"}); len(audit) != 1 {
			t.Fatalf("export of Bram audited %d times", len(audit))
		}

		// An unknown action or vacancy is refused before anything is done.
		if _, err := svc.CandidateBulk(ctx, by, service.BulkAction{Kind: "delete"}, ids, origin); !errors.Is(err, domain.ErrInvalid) {
			t.Fatalf("unknown action: %v", err)
		}
		if _, err := svc.CandidateBulk(ctx, by, service.BulkAction{Kind: service.BulkMatch, VacancyID: 99999999}, ids, origin); !errors.Is(err, domain.ErrInvalid) {
			t.Fatalf("unknown vacancy: %v", err)
		}
	})
}

// Issue 15: 40 recruiters adding the same ten candidates to the same
// vacancy at once make ten matches, no more: each candidate is done by one
// request and skipped as matched already by the others.
func TestCandidateBulkConcurrent_Issue15(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		env := webtest.New(t, db)
		svc := env.App().Service
		st, a := env.Store, env.Acme
		rec := a.Records(t, st)
		var ids []domain.ID
		for i := range 10 {
			ids = append(ids, a.Candidate(t, st, fmt.Sprintf("Con%d", i), "Current").ID)
		}
		by := store.Actor{Kind: domain.AudienceOffice, ID: a.Recruiter.ID, Name: a.Recruiter.Name}
		var wg sync.WaitGroup
		results := make([]service.BulkResult, 40)
		errs := make([]error, 40)
		for i := range 40 {
			wg.Add(1)
			go func() {
				defer wg.Done()
				results[i], errs[i] = svc.CandidateBulk(a.Ctx, by, service.BulkAction{Kind: service.BulkMatch, VacancyID: rec.Vacancy.ID},
					ids, service.Origin{Tenant: a.Tenant})
			}()
		}
		wg.Wait()
		done := 0
		for i, res := range results {
			if errs[i] != nil {
				t.Fatalf("request %d: %v", i, errs[i])
			}
			if res.Done+res.Skipped != len(ids) {
				t.Fatalf("request %d: %d done + %d skipped of %d", i, res.Done, res.Skipped, len(ids))
			}
			for _, o := range res.Outcomes {
				if !o.Done && o.Reason != domain.KeyMatchExists {
					t.Fatalf("request %d: %d skipped for %q", i, o.CandidateID, o.Reason)
				}
			}
			done += res.Done
		}
		matches, _, err := st.Matches(a.Ctx, store.MatchFilter{VacancyID: rec.Vacancy.ID, Limit: 100})
		if err != nil {
			t.Fatal(err)
		}
		if done != len(ids) || len(matches) != len(ids)+1 { // and Rosa's from the fixture
			t.Fatalf("%d done, %d matches; want %d and %d", done, len(matches), len(ids), len(ids)+1)
		}
	})
}

func wantOutcomes(t *testing.T, what string, res service.BulkResult, want map[domain.ID]string) {
	t.Helper()
	if len(res.Outcomes) != len(want) {
		t.Fatalf("%s: %d outcomes %+v, want %d", what, len(res.Outcomes), res.Outcomes, len(want))
	}
	done := 0
	for _, o := range res.Outcomes {
		reason, ok := want[o.CandidateID]
		if !ok {
			t.Fatalf("%s: unexpected outcome %+v", what, o)
		}
		if o.Done != (reason == "") || o.Reason != reason {
			t.Errorf("%s: candidate %d: done %v reason %q, want reason %q", what, o.CandidateID, o.Done, o.Reason, reason)
		}
		if o.Done {
			done++
		}
	}
	if res.Done != done || res.Skipped != len(want)-done {
		t.Errorf("%s: counts %d done %d skipped, want %d and %d", what, res.Done, res.Skipped, done, len(want)-done)
	}
}
