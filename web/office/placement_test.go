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

// rawID inserts a row the placement pages need but do not create (companies,
// contacts) and returns its id.
func rawID(t *testing.T, env *webtest.Env, query string, args ...any) domain.ID {
	t.Helper()
	var n domain.ID
	if err := env.DB.Raw().QueryRow(query, args...).Scan(&n); err != nil {
		t.Fatalf("insert: %v", err)
	}
	return n
}

func fixtureCompany(t *testing.T, env *webtest.Env, a webtest.Agency, name string) domain.ID {
	return rawID(t, env, `INSERT INTO companies (tenant_id, owner_id, name, created_at, updated_at) VALUES ($1, $2, $3, $4, $4) RETURNING id`,
		a.Tenant.ID, a.Recruiter.ID, name, env.DB.Now())
}

func fixtureContact(t *testing.T, env *webtest.Env, a webtest.Agency, company domain.ID, first, last string) domain.ID {
	return rawID(t, env, `INSERT INTO contacts (tenant_id, company_id, owner_id, first_name, last_name, created_at, updated_at)
		VALUES ($1, $2, $3, $4, $5, $6, $6) RETURNING id`, a.Tenant.ID, company, a.Recruiter.ID, first, last, env.DB.Now())
}

// A1: a recruiter creates a placement from a candidate, edits it with its
// contacts, adds, edits and deletes rates in euros, and finds it in the list;
// bad input is shown next to its field and saves nothing.
func TestPlacementPages_A1(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		env := webtest.New(t, db)
		c := env.Recruiter(t)
		cand := env.Acme.Candidate(t, env.Store, "Sanne", "Bakker")
		acme := fixtureCompany(t, env, env.Acme, "Acme Logistics")
		globex := fixtureCompany(t, env, env.Acme, "Globex")
		carla := fixtureContact(t, env, env.Acme, acme, "Carla", "Jansen")
		gerda := fixtureContact(t, env, env.Acme, globex, "Gerda", "Smit")

		if res := c.Get("/office/placements/new?candidate=" + id(cand.ID)); res.Status != http.StatusOK || !strings.Contains(res.Body, "Sanne Bakker") {
			t.Fatalf("new form from candidate: %d", res.Status)
		}
		form := url.Values{"title": {"Warehouse planner"}, "candidate_id": {id(cand.ID)}, "company_id": {id(acme)},
			"start_date": {"2024-03-01"}, "end_date": {"2024-02-01"}, "timesheet_approval": {"on"}}
		res := c.Post("/office/placements", form)
		if res.Status != http.StatusUnprocessableEntity || !strings.Contains(res.Body, `id="e-end_date"`) {
			t.Fatalf("end before start: status %d, error not shown next to the field", res.Status)
		}
		if list, _, _ := env.Store.Placements(env.Acme.Ctx, store.PlacementFilter{}); len(list) != 0 {
			t.Fatal("invalid form saved a placement")
		}
		form.Set("end_date", "")
		res = c.Post("/office/placements", form)
		if res.Status != http.StatusSeeOther {
			t.Fatalf("create: status %d\n%s", res.Status, res.Body)
		}
		path := strings.SplitN(res.Location, "?", 2)[0]
		if page := c.Get(path); page.Status != http.StatusOK || !strings.Contains(page.Body, "Warehouse planner") ||
			!strings.Contains(page.Body, "/office/candidates/"+id(cand.ID)) {
			t.Fatalf("open %s: %d", path, page.Status)
		}
		if edit := c.Get(path + "/edit"); !strings.Contains(edit.Body, "Carla Jansen") || strings.Contains(edit.Body, "Gerda Smit") {
			t.Fatal("edit form does not offer exactly the company's contacts")
		}

		form["contact_ids"] = []string{id(carla), id(gerda)}
		form.Set("title", "Changed")
		if res = c.Post(path, form); res.Status != http.StatusUnprocessableEntity || !strings.Contains(res.Body, `id="e-contact_ids"`) {
			t.Fatalf("contact of another company: status %d", res.Status)
		}
		form["contact_ids"] = []string{id(carla)}
		if res = c.Post(path, form); res.Status != http.StatusSeeOther {
			t.Fatalf("update: %d", res.Status)
		}
		if page := c.Get(path); !strings.Contains(page.Body, "Changed") || !strings.Contains(page.Body, "Carla Jansen") {
			t.Fatal("update not shown")
		}

		// Rates, in euros.
		hours := domain.DeclarationType{Name: "Hours", EmptyLinePerPlacement: true}
		if err := env.Store.SaveDeclarationType(env.Acme.Ctx, &hours); err != nil {
			t.Fatal(err)
		}
		rate := url.Values{"declaration_type_id": {id(hours.ID)}, "start_date": {"2024-03-01"}, "bill": {"sixty"}, "pay": {"40"}}
		if res = c.Post(path+"/rates", rate); res.Status != http.StatusUnprocessableEntity || !strings.Contains(res.Body, `id="e-bill"`) {
			t.Fatalf("bad amount: status %d", res.Status)
		}
		rate.Set("bill", "65,50")
		if res = c.Post(path+"/rates", rate); res.Status != http.StatusSeeOther {
			t.Fatalf("add rate: %d", res.Status)
		}
		pid := strings.TrimPrefix(path, "/office/placements/")
		p, _ := env.Store.Placement(env.Acme.Ctx, mustID(t, pid))
		rates, _ := env.Store.Rates(env.Acme.Ctx, p.ID)
		if len(rates) != 1 || rates[0].BillCents != 6550 || rates[0].PayCents != 4000 {
			t.Fatalf("rate stored as %+v", rates)
		}
		if page := c.Get(path); !strings.Contains(page.Body, "65.50") || !strings.Contains(page.Body, "40.00") {
			t.Fatal("rate not shown in euros")
		}
		ratePath := path + "/rates/" + id(rates[0].ID)
		if res = c.Get(ratePath + "/edit"); res.Status != http.StatusOK || !strings.Contains(res.Body, `value="65.50"`) {
			t.Fatalf("rate edit form: %d", res.Status)
		}
		rate.Set("no_invoicing", "on")
		if res = c.Post(ratePath, rate); res.Status != http.StatusSeeOther {
			t.Fatalf("update rate: %d", res.Status)
		}
		if r, _ := env.Store.Rate(env.Acme.Ctx, p.ID, rates[0].ID); !r.NoInvoicing {
			t.Fatal("rate update lost")
		}
		if res = c.Post(ratePath+"/delete", nil); res.Status != http.StatusSeeOther {
			t.Fatalf("delete rate: %d", res.Status)
		}
		if rates, _ := env.Store.Rates(env.Acme.Ctx, p.ID); len(rates) != 0 {
			t.Fatal("rate not deleted")
		}

		// The list: search, filters and the candidate's placements.
		if list := c.Get("/office/placements?q=acme"); !strings.Contains(list.Body, "Changed") {
			t.Fatal("search by company did not find the placement")
		}
		if list := c.Get("/office/placements?q=globex"); strings.Contains(list.Body, "Changed") {
			t.Fatal("search found a placement of another company")
		}
		if list := c.Get("/office/placements?candidate=" + id(cand.ID) + "&running=1"); !strings.Contains(list.Body, "Changed") {
			t.Fatal("running placements of the candidate: not found")
		}
	})
}

// A1: declaration types are listed to every recruiter; only admins add and
// edit them.
func TestDeclarationTypePages_A1(t *testing.T) {
	env := webtest.New(t, storetest.SQLite(t))
	admin := env.AdminClient(t)
	if res := admin.Post("/office/declaration-types", url.Values{"name": {""}}); res.Status != http.StatusUnprocessableEntity ||
		!strings.Contains(res.Body, `id="e-name"`) {
		t.Fatalf("empty name: %d", res.Status)
	}
	if res := admin.Post("/office/declaration-types", url.Values{"name": {"Overtime"}, "empty_line_per_placement": {"on"}}); res.Status != http.StatusSeeOther {
		t.Fatalf("create: %d", res.Status)
	}
	types, _ := env.Store.DeclarationTypes(env.Acme.Ctx)
	if len(types) != 1 || !types[0].EmptyLinePerPlacement {
		t.Fatalf("stored %+v", types)
	}
	path := "/office/declaration-types/" + id(types[0].ID)
	if res := admin.Post(path, url.Values{"name": {"Overtime 150%"}}); res.Status != http.StatusSeeOther {
		t.Fatalf("update: %d", res.Status)
	}
	rec := env.Recruiter(t)
	if res := rec.Get("/office/declaration-types"); res.Status != http.StatusOK || !strings.Contains(res.Body, "Overtime 150%") {
		t.Fatalf("recruiter list: %d", res.Status)
	}
	if res := rec.Post(path, url.Values{"name": {"Hacked"}}); res.Status != http.StatusNotFound {
		t.Fatalf("recruiter edit: %d", res.Status)
	}
	if res := env.OtherRecruiter(t).Get("/office/declaration-types"); strings.Contains(res.Body, "Overtime") {
		t.Fatal("other agency sees the declaration type")
	}
}
