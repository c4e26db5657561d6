package office_test

import (
	"net/http"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/store"
	"github.com/matchpoint/matchpoint/store/storetest"
	"github.com/matchpoint/matchpoint/web/webtest"
)

// hiring is what vacancy pages need in an agency: a company with a contact,
// a source and a procedure with phases.
type hiring struct {
	company, contact domain.ID
	source           domain.Source
	proc             domain.Procedure
}

func newHiring(t testing.TB, env *webtest.Env, a webtest.Agency, company string) hiring {
	t.Helper()
	var h hiring
	now := time.Now().UTC()
	raw := env.DB.Raw()
	if err := raw.QueryRow(`INSERT INTO companies (tenant_id, owner_id, name, created_at, updated_at) VALUES ($1, $2, $3, $4, $4) RETURNING id`,
		a.Tenant.ID, a.Recruiter.ID, company, now).Scan(&h.company); err != nil {
		t.Fatal(err)
	}
	if err := raw.QueryRow(`INSERT INTO contacts (tenant_id, company_id, owner_id, first_name, last_name, created_at, updated_at)
		VALUES ($1, $2, $3, 'Carla', 'Contact', $4, $4) RETURNING id`, a.Tenant.ID, h.company, a.Recruiter.ID, now).Scan(&h.contact); err != nil {
		t.Fatal(err)
	}
	h.source = domain.Source{Name: "Website"}
	if err := env.Store.SaveSource(a.Ctx, &h.source); err != nil {
		t.Fatal(err)
	}
	h.proc = domain.Procedure{Name: "Standard"}
	if err := env.Store.SaveProcedure(a.Ctx, &h.proc); err != nil {
		t.Fatal(err)
	}
	for _, n := range []string{"Intake", "Proposed", "Hired"} {
		ph := domain.Phase{ProcedureID: h.proc.ID, Name: n}
		if err := env.Store.SavePhase(a.Ctx, &ph); err != nil {
			t.Fatal(err)
		}
		h.proc.Phases = append(h.proc.Phases, ph)
	}
	return h
}

func (h hiring) vacancy(t testing.TB, env *webtest.Env, a webtest.Agency, title string) domain.Vacancy {
	t.Helper()
	v := domain.Vacancy{CompanyID: h.company, ContactID: h.contact, OwnerID: a.Recruiter.ID, ProcedureID: h.proc.ID, Title: title}
	if err := env.Store.CreateVacancy(a.Ctx, &v); err != nil {
		t.Fatal(err)
	}
	return v
}

// A1: a recruiter creates, edits, lists, searches, filters and opens a
// vacancy; bad input is shown next to its field and saves nothing.
func TestVacancyPages_A1(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		env := webtest.New(t, db)
		h := newHiring(t, env, env.Acme, "Acme Logistics")
		c := env.Recruiter(t)
		if res := c.Get("/office/vacancies/new"); res.Status != http.StatusOK || !strings.Contains(res.Body, "Acme Logistics") {
			t.Fatalf("company step: %d", res.Status)
		}
		if res := c.Get("/office/vacancies/new?company=" + id(h.company)); res.Status != http.StatusOK || !strings.Contains(res.Body, "Carla Contact") {
			t.Fatalf("form with the company's contacts: %d", res.Status)
		}
		form := url.Values{"title": {""}, "company_id": {id(h.company)}, "contact_id": {id(h.contact)}, "source_id": {id(h.source.ID)},
			"procedure_id": {id(h.proc.ID)}, "owner_id": {id(env.Acme.Recruiter.ID)}, "status": {"open"}, "location": {"Zwolle"}, "hours_per_week": {"36"}}
		res := c.Post("/office/vacancies", form)
		if res.Status != http.StatusUnprocessableEntity || !strings.Contains(res.Body, `id="e-title"`) {
			t.Fatalf("missing title: status %d, error not shown next to the field", res.Status)
		}
		if list, _, _ := env.Store.Vacancies(env.Acme.Ctx, store.VacancyFilter{}); len(list) != 0 {
			t.Fatal("invalid form saved a vacancy")
		}
		form.Set("title", "Forklift driver")
		if res = c.Post("/office/vacancies", form); res.Status != http.StatusSeeOther {
			t.Fatalf("create: %d\n%s", res.Status, res.Body)
		}
		path := strings.SplitN(res.Location, "?", 2)[0]
		if page := c.Get(path); page.Status != http.StatusOK || !strings.Contains(page.Body, "Forklift driver") || !strings.Contains(page.Body, "Website") {
			t.Fatalf("open %s: %d", path, page.Status)
		}
		if page := c.Get(path + "/edit"); page.Status != http.StatusOK || !strings.Contains(page.Body, `value="Forklift driver"`) {
			t.Fatalf("edit form: %d", page.Status)
		}
		form.Set("hours_per_week", "99")
		form.Set("title", "Changed")
		if res = c.Post(path, form); res.Status != http.StatusUnprocessableEntity || !strings.Contains(res.Body, `id="e-hours_per_week"`) {
			t.Fatalf("invalid hours: %d", res.Status)
		}
		form.Set("hours_per_week", "32")
		form.Set("status", "closed")
		if res = c.Post(path, form); res.Status != http.StatusSeeOther {
			t.Fatalf("update: %d\n%s", res.Status, res.Body)
		}
		h.vacancy(t, env, env.Acme, "Warehouse manager")
		list := c.Get("/office/vacancies?q=CHANGED")
		if !strings.Contains(list.Body, "Changed") || strings.Contains(list.Body, "Warehouse manager") {
			t.Fatalf("search by title:\n%s", list.Body)
		}
		if open := c.Get("/office/vacancies?status=open&company=" + id(h.company)); strings.Contains(open.Body, "Changed") || !strings.Contains(open.Body, "Warehouse manager") {
			t.Fatal("status filter")
		}
	})
}

// B5: another agency's recruiter gets 404 for a vacancy id and cannot change it.
func TestVacancyAccess_B5(t *testing.T) {
	env := webtest.New(t, storetest.SQLite(t))
	h := newHiring(t, env, env.Acme, "Acme Logistics")
	v := h.vacancy(t, env, env.Acme, "Secret role")
	other := env.OtherRecruiter(t)
	for _, p := range []string{"/office/vacancies/" + id(v.ID), "/office/vacancies/" + id(v.ID) + "/edit", "/office/vacancies/" + id(v.ID) + "/matches/new"} {
		if res := other.Get(p); res.Status != http.StatusNotFound || strings.Contains(res.Body, "Secret role") {
			t.Errorf("other agency GET %s: %d", p, res.Status)
		}
	}
	if res := other.Post("/office/vacancies/"+id(v.ID), url.Values{"title": {"X"}}); res.Status != http.StatusNotFound {
		t.Fatalf("other agency update: %d", res.Status)
	}
	if list := other.Get("/office/vacancies?q=secret"); strings.Contains(list.Body, "Secret role") {
		t.Fatal("other agency listed the vacancy")
	}
}
