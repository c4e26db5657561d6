package office_test

import (
	"net/http"
	"net/url"
	"strings"
	"testing"

	"github.com/matchpoint/matchpoint/store"
	"github.com/matchpoint/matchpoint/store/storetest"
	"github.com/matchpoint/matchpoint/web/webtest"
)

// Issue 15: a filter query string that cannot be read answers 400 with the
// field's message next to it (or the address's, for NUL and invalid
// UTF-8), never 500 and never a list.
func TestCandidateListHostileFilters_Issue15(t *testing.T) {
	env := webtest.New(t, storetest.SQLite(t))
	env.Acme.Candidate(t, env.Store, "Lotte", "Visser")
	c := env.Recruiter(t)
	long := strings.Repeat("a", 10_000)
	for _, tc := range []struct {
		query, field string
	}{
		{"city=%00", ""},
		{"city=%ff%fe", ""},
		{"q=%00drop", ""},
		{"col=%c3%28", ""},
		{"city=" + long, "city"},
		{"q=" + long, "q"},
		{"skill=" + strings.Repeat("x", 101), "skill"},
		{"hours=abc", "hours"},
		{"hours=99999999999999999999", "hours"},
		{"hours=-1", "hours"},
		{"available_from=2026-13-45", "available_from"},
		{"created_until=tomorrow", "created_until"},
		{"status=999999", "status"},
		{"owner=1%20OR%201=1", "owner"},
		{"language=xx", "language"},
		{"consent=maybe", "consent"},
		{"cv=perhaps", "cv"},
		{"sort=password_hash", "sort"},
		{"dir=sideways", "dir"},
		{"col=password_hash", "col"},
		{"from=-5", "from"},
		{"from=1e9", "from"},
	} {
		res := c.Get("/office/candidates?" + tc.query)
		if res.Status != http.StatusBadRequest {
			t.Errorf("%.60s: status %d, want 400", tc.query, res.Status)
			continue
		}
		if strings.Contains(res.Body, "Lotte Visser") {
			t.Errorf("%.60s: listed candidates anyway", tc.query)
		}
		if tc.field != "" && !strings.Contains(res.Body, `aria-invalid="true"`) && !strings.Contains(res.Body, `class="error"`) {
			t.Errorf("%.60s: no message shown", tc.query)
		}
	}
}

// Issue 15: filters narrow the list through the page, columns come and go,
// a search is saved and shared, and the bulk form acts on the ticked
// candidates, on all that match, or exports them; another agency's ids are
// skipped as not found.
func TestCandidateListPages_Issue15(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		env := webtest.New(t, db)
		st, a := env.Store, env.Acme
		rec := a.Records(t, st)
		ams := a.Candidate(t, st, "Anna", "Amster")
		ams.City, ams.Headline = "Amsterdam", "Crane operator"
		if err := st.UpdateCandidate(a.Ctx, &ams); err != nil {
			t.Fatal(err)
		}
		utr := a.Candidate(t, st, "Udo", "Utrecht")
		foreign := env.Other.Candidate(t, st, "Fremd", "Fremdling")
		c := env.Recruiter(t)

		res := c.Get("/office/candidates?city=amsterdam&col=headline&col=city")
		if res.Status != http.StatusOK || !strings.Contains(res.Body, "Anna Amster") || strings.Contains(res.Body, "Udo Utrecht") ||
			!strings.Contains(res.Body, "Crane operator") {
			t.Fatalf("filter by city: %d\n%s", res.Status, res.Body)
		}
		if !strings.Contains(res.Body, `id="list-count"`) || !strings.Contains(res.Body, "1 found") {
			t.Errorf("no count on the filtered list")
		}
		if res = c.Get("/office/candidates?sort=created&dir=desc"); res.Status != http.StatusOK ||
			strings.Index(res.Body, "Udo Utrecht") > strings.Index(res.Body, "Anna Amster") {
			t.Errorf("newest first: Udo should come before Anna")
		}

		// Save the search, shared; a colleague of the agency sees it, the
		// other agency does not and cannot remove it.
		res = c.Post("/office/saved-searches", url.Values{"list": {"candidates"}, "name": {"Amsterdam cranes"},
			"query": {"city=amsterdam&col=headline"}, "shared": {"true"}})
		if res.Status != http.StatusSeeOther || res.Location != "/office/candidates?city=amsterdam&col=headline" {
			t.Fatalf("save search: %d %q", res.Status, res.Location)
		}
		saved, err := st.SavedSearches(a.Ctx, "candidates", a.Admin.ID)
		if err != nil || len(saved) != 1 {
			t.Fatalf("shared search for a colleague: %v, %v", saved, err)
		}
		if page := env.AdminClient(t).Get("/office/candidates"); !strings.Contains(page.Body, "Amsterdam cranes") {
			t.Errorf("the colleague's list does not offer the shared search")
		}
		if res := env.OtherRecruiter(t).Post("/office/saved-searches/"+id(saved[0].ID)+"/delete", nil); res.Status != http.StatusNotFound {
			t.Errorf("other agency removes a saved search: %d", res.Status)
		}
		if res := c.Post("/office/saved-searches", url.Values{"list": {"passwords"}, "name": {"x"}}); res.Status != http.StatusUnprocessableEntity {
			t.Errorf("unknown list: %d", res.Status)
		}
		if res := c.Post("/office/saved-searches", url.Values{"list": {"candidates"}, "name": {strings.Repeat("n", 101)}}); res.Status != http.StatusUnprocessableEntity {
			t.Errorf("long name: %d", res.Status)
		}

		// Bulk: ticked candidates, one of another agency.
		res = c.Post("/office/candidates/bulk", url.Values{"action": {"match"}, "scope": {"selected"}, "vacancy_id": {id(rec.Vacancy.ID)},
			"id": {id(ams.ID), id(foreign.ID)}})
		if res.Status != http.StatusOK || !strings.Contains(res.Body, "1 done, 1 skipped") || !strings.Contains(res.Body, "not found in this agency") {
			t.Fatalf("bulk match: %d\n%s", res.Status, res.Body)
		}
		if strings.Contains(res.Body, "Fremdling") {
			t.Errorf("the summary names the other agency's candidate")
		}
		// All that match the filter: Udo only.
		res = c.Post("/office/candidates/bulk", url.Values{"action": {"owner"}, "scope": {"all"}, "owner_id": {id(a.Admin.ID)},
			"filter": {"city=utrecht&q=udo"}})
		if res.Status != http.StatusOK || !strings.Contains(res.Body, "1 done, 0 skipped") {
			t.Fatalf("bulk owner on all matching: %d\n%s", res.Status, res.Body)
		}
		if got, _ := st.Candidate(a.Ctx, utr.ID); got.OwnerID != a.Admin.ID {
			t.Errorf("Udo's owner: %d", got.OwnerID)
		}
		if got, _ := st.Candidate(a.Ctx, ams.ID); got.OwnerID != a.Recruiter.ID {
			t.Errorf("Anna's owner changed outside the filter: %d", got.OwnerID)
		}
		// Export of the page's candidates.
		res = c.Post("/office/candidates/bulk", url.Values{"action": {"export"}, "scope": {"page"}, "page_id": {id(ams.ID), id(foreign.ID)}})
		if res.Status != http.StatusOK || !strings.HasPrefix(res.Header.Get("Content-Type"), "text/csv") ||
			!strings.Contains(res.Body, "Amster") || strings.Contains(res.Body, "Fremdling") {
			t.Fatalf("export: %d %q\n%s", res.Status, res.Header.Get("Content-Type"), res.Body)
		}
		// Bad bulk input changes nothing and says why.
		for _, form := range []url.Values{
			{"action": {"drop"}, "scope": {"selected"}, "id": {id(ams.ID)}},
			{"action": {"owner"}, "scope": {"selected"}, "id": {"abc"}, "owner_id": {id(a.Admin.ID)}},
			{"action": {"owner"}, "scope": {"selected"}, "owner_id": {id(a.Admin.ID)}},
			{"action": {"owner"}, "scope": {"everything"}, "owner_id": {id(a.Admin.ID)}},
			{"action": {"owner"}, "scope": {"all"}, "filter": {"hours=many"}, "owner_id": {id(a.Admin.ID)}},
			{"action": {"owner"}, "scope": {"selected"}, "id": {id(ams.ID)}, "owner_id": {id(env.Other.Recruiter.ID)}},
		} {
			if res := c.Post("/office/candidates/bulk", form); res.Status != http.StatusUnprocessableEntity {
				t.Errorf("%v: status %d, want 422", form, res.Status)
			}
		}
		if got, _ := st.Candidate(a.Ctx, ams.ID); got.OwnerID != a.Recruiter.ID {
			t.Errorf("refused bulk changed Anna's owner: %d", got.OwnerID)
		}
		if got, _ := st.Candidate(env.Other.Ctx, foreign.ID); got.OwnerID != env.Other.Recruiter.ID {
			t.Errorf("the other agency's candidate changed")
		}
	})
}

// Issue 15: the vacancy list uses the same mechanism: its filters narrow
// the list, a bad value answers 400 with its message, and a search saved on
// it opens it again.
func TestVacancyListPages_Issue15(t *testing.T) {
	env := webtest.New(t, storetest.SQLite(t))
	rec := env.Acme.Records(t, env.Store)
	c := env.Recruiter(t)
	if res := c.Get("/office/vacancies?owner=" + id(env.Acme.Recruiter.ID) + "&sort=title"); res.Status != http.StatusOK ||
		!strings.Contains(res.Body, rec.Vacancy.Title) || !strings.Contains(res.Body, "1 found") {
		t.Fatalf("owner filter: %d\n%s", res.Status, res.Body)
	}
	if res := c.Get("/office/vacancies?owner=" + id(env.Acme.Admin.ID)); strings.Contains(res.Body, rec.Vacancy.Title) {
		t.Errorf("another owner's filter lists the vacancy")
	}
	for _, q := range []string{"status=deleted", "company=abc", "created_from=2026-02-30", "sort=salary", "q=" + strings.Repeat("z", 5000), "col=%00"} {
		if res := c.Get("/office/vacancies?" + q); res.Status != http.StatusBadRequest {
			t.Errorf("%.40s: %d, want 400", q, res.Status)
		}
	}
	res := c.Post("/office/saved-searches", url.Values{"list": {"vacancies"}, "name": {"Open ones"}, "query": {"status=open"}})
	if res.Status != http.StatusSeeOther || res.Location != "/office/vacancies?status=open" {
		t.Fatalf("save: %d %q", res.Status, res.Location)
	}
	if page := c.Get("/office/vacancies"); !strings.Contains(page.Body, `href="/office/vacancies?status=open"`) {
		t.Errorf("the saved search is not offered")
	}
}

// Issue 15: the placement list on the shared mechanism: the start-day
// filters and the links from a candidate's page narrow it; bad values 400.
func TestPlacementListPages_Issue15(t *testing.T) {
	env := webtest.New(t, storetest.SQLite(t))
	rec := env.Acme.Records(t, env.Store) // starts 2026-01-05
	c := env.Recruiter(t)
	for q, want := range map[string]bool{
		"start_from=2026-01-05":                       true,
		"start_from=2026-01-06":                       false,
		"start_until=2026-01-04":                      false,
		"candidate=" + id(rec.Candidate.ID):           true,
		"candidate=" + id(rec.Candidate.ID+1000):      false,
		"company=" + id(rec.Company.ID) + "&dir=desc": true,
	} {
		res := c.Get("/office/placements?" + q)
		if res.Status != http.StatusOK || strings.Contains(res.Body, `href="/office/placements/`+id(rec.Placement.ID)+`"`) != want {
			t.Errorf("%s: status %d, listed %v", q, res.Status, !want)
		}
	}
	for _, q := range []string{"candidate=-1", "company=x", "start_from=2026-02-31", "running=2", "q=%ff"} {
		if res := c.Get("/office/placements?" + q); res.Status != http.StatusBadRequest {
			t.Errorf("%s: %d, want 400", q, res.Status)
		}
	}
}
