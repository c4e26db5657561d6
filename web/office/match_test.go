package office_test

import (
	"net/http"
	"net/url"
	"strings"
	"testing"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/store"
	"github.com/matchpoint/matchpoint/store/storetest"
	"github.com/matchpoint/matchpoint/web/webtest"
)

// A1, E6: a recruiter matches a candidate to a vacancy from either side,
// moves the match through the phases of the vacancy's procedure (each change
// in the history) and adds comments on its Evaluation tab.
func TestMatchPages_A1_E6(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		env := webtest.New(t, db)
		h := newHiring(t, env, env.Acme, "Acme Logistics")
		v := h.vacancy(t, env, env.Acme, "Forklift driver")
		v2 := h.vacancy(t, env, env.Acme, "Warehouse manager")
		cand := env.Acme.Candidate(t, env.Store, "Sanne", "Bakker")
		alien := domain.Procedure{Name: "Talentpool"}
		if err := env.Store.SaveProcedure(env.Acme.Ctx, &alien); err != nil {
			t.Fatal(err)
		}
		alienPhase := domain.Phase{ProcedureID: alien.ID, Name: "Pool"}
		if err := env.Store.SavePhase(env.Acme.Ctx, &alienPhase); err != nil {
			t.Fatal(err)
		}
		c := env.Recruiter(t)
		base := "/office/vacancies/" + id(v.ID) + "/matches"
		if res := c.Get(base + "/new?q=sanne"); res.Status != http.StatusOK || !strings.Contains(res.Body, "Sanne Bakker") {
			t.Fatalf("candidate search on the match form: %d", res.Status)
		}
		form := url.Values{"candidate_id": {id(cand.ID)}, "phase_id": {id(alienPhase.ID)}}
		if res := c.Post(base, form); res.Status != http.StatusUnprocessableEntity || !strings.Contains(res.Body, `id="e-phase_id"`) {
			t.Fatalf("phase of another procedure: %d", res.Status)
		}
		if list, _, _ := env.Store.Matches(env.Acme.Ctx, store.MatchFilter{VacancyID: v.ID}); len(list) != 0 {
			t.Fatal("refused match was saved")
		}
		form.Set("phase_id", id(h.proc.Phases[0].ID))
		res := c.Post(base, form)
		if res.Status != http.StatusSeeOther || !strings.HasPrefix(res.Location, "/office/matches/") {
			t.Fatalf("create match: %d %s", res.Status, res.Location)
		}
		path := strings.SplitN(res.Location, "?", 2)[0]
		if dup := c.Post(base, form); dup.Status != http.StatusConflict || !strings.Contains(dup.Body, `id="e-candidate_id"`) ||
			!strings.Contains(dup.Body, "already matched") {
			t.Fatalf("second match of the pair: %d", dup.Status)
		}
		if res = c.Post(path+"/phase", url.Values{"phase_id": {id(alienPhase.ID)}}); res.Status != http.StatusUnprocessableEntity {
			t.Fatalf("move to a foreign phase: %d", res.Status)
		}
		if res = c.Post(path+"/phase", url.Values{"phase_id": {id(h.proc.Phases[1].ID)}}); res.Status != http.StatusSeeOther {
			t.Fatalf("move: %d", res.Status)
		}
		if res = c.Post(path+"/evaluations", url.Values{"comment": {"  "}}); res.Status != http.StatusUnprocessableEntity || !strings.Contains(res.Body, `id="e-comment"`) {
			t.Fatalf("empty comment: %d", res.Status)
		}
		if res = c.Post(path+"/evaluations", url.Values{"comment": {"Strong driver, available soon"}}); res.Status != http.StatusSeeOther {
			t.Fatalf("comment: %d", res.Status)
		}
		page := c.Get(path)
		for _, want := range []string{"Sanne Bakker", "Forklift driver", "Proposed", "Intake", "Strong driver, available soon", env.Acme.Recruiter.Name} {
			if !strings.Contains(page.Body, want) {
				t.Errorf("match page lacks %q", want)
			}
		}
		if vac := c.Get("/office/vacancies/" + id(v.ID)); !strings.Contains(vac.Body, path) {
			t.Error("vacancy page does not list the match")
		}

		// From the candidate's side.
		cpage := c.Get("/office/candidates/" + id(cand.ID))
		if !strings.Contains(cpage.Body, "Forklift driver") || !strings.Contains(cpage.Body, "/office/matches/new?candidate="+id(cand.ID)) {
			t.Fatal("candidate page does not list its matches")
		}
		if pick := c.Get("/office/matches/new?candidate=" + id(cand.ID) + "&q=warehouse"); pick.Status != http.StatusOK || !strings.Contains(pick.Body, "Warehouse manager") {
			t.Fatalf("vacancy pick: %d", pick.Status)
		}
		if res = c.Post("/office/matches", url.Values{"candidate_id": {id(cand.ID)}, "vacancy_id": {id(v2.ID)}}); res.Status != http.StatusSeeOther {
			t.Fatalf("match from candidate: %d", res.Status)
		}
		list, _, _ := env.Store.Matches(env.Acme.Ctx, store.MatchFilter{CandidateID: cand.ID})
		if len(list) != 2 || list[0].VacancyID != v2.ID || list[0].PhaseName != "Intake" {
			t.Fatalf("candidate's matches %+v", list)
		}
	})
}

// B5: another agency's recruiter cannot see, move, evaluate or create
// matches on this agency's records.
func TestMatchAccess_B5(t *testing.T) {
	env := webtest.New(t, storetest.SQLite(t))
	h := newHiring(t, env, env.Acme, "Acme Logistics")
	v := h.vacancy(t, env, env.Acme, "Forklift driver")
	cand := env.Acme.Candidate(t, env.Store, "Sanne", "Bakker")
	m := domain.Match{CandidateID: cand.ID, VacancyID: v.ID, PhaseID: h.proc.Phases[0].ID}
	if err := env.Store.CreateMatch(env.Acme.Ctx, &m, store.Actor{Kind: domain.AudienceOffice, ID: env.Acme.Recruiter.ID, Name: "Rita"}); err != nil {
		t.Fatal(err)
	}
	other := env.OtherRecruiter(t)
	path := "/office/matches/" + id(m.ID)
	if res := other.Get(path); res.Status != http.StatusNotFound || strings.Contains(res.Body, "Sanne") {
		t.Fatalf("other agency read the match: %d", res.Status)
	}
	if res := other.Post(path+"/phase", url.Values{"phase_id": {id(h.proc.Phases[1].ID)}}); res.Status != http.StatusNotFound {
		t.Fatalf("other agency moved the match: %d", res.Status)
	}
	if res := other.Post(path+"/evaluations", url.Values{"comment": {"x"}}); res.Status != http.StatusNotFound {
		t.Fatalf("other agency evaluated the match: %d", res.Status)
	}
	if res := other.Get("/office/matches/new?candidate=" + id(cand.ID)); res.Status != http.StatusNotFound {
		t.Fatalf("other agency matched the candidate: %d", res.Status)
	}
	if res := other.Post("/office/matches", url.Values{"candidate_id": {id(cand.ID)}, "vacancy_id": {id(v.ID)}}); res.Status != http.StatusNotFound {
		t.Fatalf("other agency created a match: %d", res.Status)
	}
	if got, _ := env.Store.PhaseChanges(env.Acme.Ctx, m.ID); len(got) != 1 {
		t.Fatalf("history changed: %+v", got)
	}
}
