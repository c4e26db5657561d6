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

// F2: a candidate that restricted processing, or objected, stays findable in
// the back office's candidate list and search, marked with a badge, and its
// page says so; but editing, matching and mailing it are still refused.
func TestRestrictedCandidateFoundButNotProcessed_F2(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		env := webtest.New(t, db)
		r := env.Acme.Records(t, env.Store)
		rena := env.Acme.Candidate(t, env.Store, "Rena", "Restricted")
		otto := env.Acme.Candidate(t, env.Store, "Otto", "Objecting")
		plain := env.Acme.Candidate(t, env.Store, "Paula", "Plain")
		rec := env.Recruiter(t)
		if res := rec.Post("/office/candidates/"+id(rena.ID)+"/privacy/restriction", url.Values{"on": {"1"}}); res.Status != http.StatusSeeOther {
			t.Fatalf("restrict: %d", res.Status)
		}
		if res := rec.Post("/office/candidates/"+id(otto.ID)+"/privacy/objection", url.Values{"on": {"1"}}); res.Status != http.StatusSeeOther {
			t.Fatalf("object: %d", res.Status)
		}
		row := func(body string, c domain.Candidate) string {
			i := strings.Index(body, `<a href="/office/candidates/`+id(c.ID)+`">`)
			if i < 0 {
				return ""
			}
			end := strings.Index(body[i:], "</td>")
			return body[i : i+end]
		}
		for _, path := range []string{"/office/candidates", "/office/candidates?q=Rena", "/office/candidates?q=rena.restricted@example.test"} {
			body := rec.Get(path).Body
			if got := row(body, rena); !strings.Contains(got, `data-flag="restricted">Processing restricted</span>`) {
				t.Errorf("%s: the restricted candidate is missing or unmarked: %q", path, got)
			}
		}
		for _, path := range []string{"/office/candidates", "/office/candidates?q=Otto"} {
			body := rec.Get(path).Body
			if got := row(body, otto); !strings.Contains(got, `data-flag="objected">Objected</span>`) || strings.Contains(got, "restricted") {
				t.Errorf("%s: the objecting candidate is missing or marked wrong: %q", path, got)
			}
		}
		if got := row(rec.Get("/office/candidates").Body, plain); got == "" || strings.Contains(got, "badge") {
			t.Errorf("a candidate without restriction or objection: %q", got)
		}
		if res := rec.Get("/office/candidates?q=Rena"); strings.Contains(res.Body, "Otto") {
			t.Error("the search shows candidates that do not match it")
		}
		if page := rec.Get("/office/candidates/" + id(rena.ID)).Body; !strings.Contains(page, `id="restricted"`) {
			t.Error("the restricted candidate's page has no banner")
		}
		if page := rec.Get("/office/candidates/" + id(otto.ID)).Body; !strings.Contains(page, `id="objected"`) || strings.Contains(page, `id="restricted"`) {
			t.Error("the objecting candidate's page has no objection banner")
		}

		// Editing the restricted candidate is refused and changes nothing.
		edit := url.Values{"first_name": {"Rena"}, "last_name": {"Edited"}, "email": {rena.Email}, "language": {"en"},
			"owner_id": {id(rena.OwnerID)}, "status_id": {id(rena.StatusID)}}
		if res := rec.Post("/office/candidates/"+id(rena.ID), edit); res.Status != http.StatusConflict {
			t.Errorf("edit of the restricted candidate: %d", res.Status)
		}
		if got, _ := env.Store.Candidate(env.Acme.Ctx, rena.ID); got.LastName != "Restricted" {
			t.Error("the restricted candidate was changed")
		}
		// Matching either is refused, from the vacancy and from the candidate.
		for _, c := range []domain.Candidate{rena, otto} {
			res := rec.Post("/office/vacancies/"+id(r.Vacancy.ID)+"/matches", url.Values{"candidate_id": {id(c.ID)}, "phase_id": {id(r.Phase.ID)}})
			if res.Status != http.StatusConflict {
				t.Errorf("match %s from the vacancy: %d", c.FirstName, res.Status)
			}
			res = rec.Post("/office/matches", url.Values{"candidate_id": {id(c.ID)}, "vacancy_id": {id(r.Vacancy.ID)}})
			if res.Status != http.StatusConflict {
				t.Errorf("match %s from the candidate: %d", c.FirstName, res.Status)
			}
			// No invitation mail either (F2: only mails about its own request).
			if res := rec.Post("/office/candidates/"+id(c.ID)+"/credentials", url.Values{}); res.Status != http.StatusConflict {
				t.Errorf("credentials to %s: %d", c.FirstName, res.Status)
			}
		}
		if ms, _, _ := env.Store.Matches(env.Acme.Ctx, store.MatchFilter{VacancyID: r.Vacancy.ID}); len(ms) != 1 {
			t.Errorf("matches on the vacancy: %d, want only the fixture's", len(ms))
		}
		mails, _, _ := env.Store.Mails(env.Acme.Ctx, 100, 0)
		for _, m := range mails {
			if m.To == rena.Email || m.To == otto.Email {
				t.Errorf("mail %q to %s", m.Subject, m.To)
			}
		}
		// The plain candidate still gets its invitation: the refusal is F2's.
		if res := rec.Post("/office/candidates/"+id(plain.ID)+"/credentials", url.Values{}); res.Status != http.StatusSeeOther {
			t.Errorf("credentials to a plain candidate: %d", res.Status)
		}
	})
}
