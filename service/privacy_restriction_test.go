package service_test

import (
	"testing"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/service"
	"github.com/matchpoint/matchpoint/store"
	"github.com/matchpoint/matchpoint/store/storetest"
	"github.com/matchpoint/matchpoint/web/webtest"
)

// F2: a restricted candidate is out of search, matching and talent pools,
// gets only mail about its request, and its data cannot change until the
// restriction is lifted; setting and lifting are audited.
func TestRestrictionEnforced_F2(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		env := webtest.New(t, db)
		ctx, st := env.Acme.Ctx, env.Store
		rec := env.Acme.Records(t, st)
		svc := service.New(db)
		actor := store.Actor{Kind: domain.AudienceOffice, ID: env.Acme.Recruiter.ID, Name: "Rita"}
		c := env.Acme.Candidate(t, st, "Rena", "Restricted")
		if err := svc.SetRestriction(ctx, c.ID, true, actor); err != nil {
			t.Fatal(err)
		}
		// Search.
		for _, f := range []store.CandidateFilter{{Query: "Rena"}, {}, {OwnerID: c.OwnerID}} {
			found, _, err := st.Candidates(ctx, f)
			if err != nil {
				t.Fatal(err)
			}
			for _, x := range found {
				if x.ID == c.ID {
					t.Errorf("filter %+v finds the restricted candidate", f)
				}
			}
		}
		if found, _, _ := st.Candidates(ctx, store.CandidateFilter{Query: "Rena", WithRestricted: true}); len(found) != 1 {
			t.Error("the privacy pages cannot find the restricted candidate")
		}
		// Matching, and a talent pool (a vacancy that is a pool).
		pool := domain.Vacancy{CompanyID: rec.Company.ID, OwnerID: env.Acme.Recruiter.ID, ProcedureID: rec.Procedure.ID,
			Title: "General pool", Status: domain.VacancyOpen, Origin: domain.OriginOffice, Pool: domain.PoolGeneral}
		if err := st.CreateVacancy(ctx, &pool); err != nil {
			t.Fatal(err)
		}
		for _, v := range []domain.ID{rec.Vacancy.ID, pool.ID} {
			m := domain.Match{CandidateID: c.ID, VacancyID: v, PhaseID: rec.Phase.ID}
			if err := st.CreateMatch(ctx, &m, actor); domain.KeyOf(err) != domain.KeyCandidateRestricted {
				t.Errorf("match into vacancy %d: %v", v, err)
			}
		}
		// Mail.
		for key, want := range map[string]bool{"timesheet_approved": false, "credentials_candidate": false, "privacy_request_extended": true} {
			if got, err := svc.MayMail(ctx, nil, c.ID, key); err != nil || got != want {
				t.Errorf("MayMail(%s) = %v, %v", key, got, err)
			}
		}
		// Edits.
		c.City = "Elsewhere"
		if err := st.UpdateCandidate(ctx, &c); domain.KeyOf(err) != domain.KeyCandidateRestricted {
			t.Errorf("update: %v", err)
		}
		if err := st.SaveSkill(ctx, &domain.Skill{CandidateID: c.ID, Name: "Go"}); domain.KeyOf(err) != domain.KeyCandidateRestricted {
			t.Errorf("skill: %v", err)
		}
		if err := st.SaveExperience(ctx, &domain.Experience{CandidateID: c.ID, Employer: "X", Title: "Y"}); domain.KeyOf(err) != domain.KeyCandidateRestricted {
			t.Errorf("experience: %v", err)
		}
		// Lifting is the one change allowed; then everything works again.
		if err := svc.SetRestriction(ctx, c.ID, false, actor); err != nil {
			t.Fatal(err)
		}
		if err := st.UpdateCandidate(ctx, &c); err != nil {
			t.Errorf("update after lifting: %v", err)
		}
		m := domain.Match{CandidateID: c.ID, VacancyID: rec.Vacancy.ID, PhaseID: rec.Phase.ID}
		if err := st.CreateMatch(ctx, &m, actor); err != nil {
			t.Errorf("match after lifting: %v", err)
		}
		entries, _, _ := st.AuditEntries(ctx, store.AuditFilter{ObjectKind: "candidate", ObjectID: c.ID})
		var actions []string
		for _, e := range entries {
			actions = append(actions, e.Action)
		}
		if len(actions) != 2 || actions[0] != "restriction_lifted" || actions[1] != "restricted" {
			t.Errorf("audit = %v", actions)
		}
		// Objection: no mail but about the request, no matching; edits allowed.
		if err := svc.SetObjection(ctx, rec.Candidate.ID, true, actor); err != nil {
			t.Fatal(err)
		}
		if ok, _ := svc.MayMail(ctx, nil, rec.Candidate.ID, "timesheet_approved"); ok {
			t.Error("objecting candidate may be mailed")
		}
		m2 := domain.Match{CandidateID: rec.Candidate.ID, VacancyID: pool.ID, PhaseID: rec.Phase.ID}
		if err := st.CreateMatch(ctx, &m2, actor); domain.KeyOf(err) != domain.KeyCandidateObjected {
			t.Errorf("match of objecting candidate: %v", err)
		}
	})
}
