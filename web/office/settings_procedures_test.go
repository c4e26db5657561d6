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

// A3: an admin keeps the procedures (phases in order, each visible in the
// Hiring Portal or not) and the vacancy sources; other recruiters get 404.
func TestProcedureAndSourceSettings_A3(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		env := webtest.New(t, db)
		const base = "/office/settings/procedures"
		rec := env.Recruiter(t)
		for _, p := range []string{base, "/office/settings/sources"} {
			if res := rec.Get(p); res.Status != http.StatusNotFound {
				t.Fatalf("recruiter GET %s: %d", p, res.Status)
			}
		}
		if res := rec.Post(base, url.Values{"name": {"Sneaky"}}); res.Status != http.StatusNotFound {
			t.Fatalf("recruiter POST: %d", res.Status)
		}
		admin := env.AdminClient(t)
		if res := admin.Post(base, url.Values{"name": {" "}}); res.Status != http.StatusUnprocessableEntity || !strings.Contains(res.Body, `id="e-new-procedure"`) {
			t.Fatalf("empty procedure name: %d", res.Status)
		}
		if res := admin.Post(base, url.Values{"name": {"Standard"}}); res.Status != http.StatusSeeOther {
			t.Fatalf("create procedure: %d", res.Status)
		}
		procs, _ := env.Store.Procedures(env.Acme.Ctx)
		if len(procs) != 1 {
			t.Fatalf("procedures %+v", procs)
		}
		pp := base + "/" + id(procs[0].ID)
		for _, n := range []string{"Intake", "Proposed", "Hired"} {
			form := url.Values{"name": {n}}
			if n == "Proposed" {
				form.Set("visible_in_portal", "on")
			}
			if res := admin.Post(pp+"/phases", form); res.Status != http.StatusSeeOther {
				t.Fatalf("add phase %s: %d", n, res.Status)
			}
		}
		if res := admin.Post(pp+"/phases", url.Values{"name": {""}}); res.Status != http.StatusUnprocessableEntity ||
			!strings.Contains(res.Body, `id="e-new-phase-`+id(procs[0].ID)+`"`) {
			t.Fatalf("empty phase name: %d", res.Status)
		}
		phases, _ := env.Store.Phases(env.Acme.Ctx, procs[0].ID)
		if len(phases) != 3 || !phases[1].VisibleInPortal || phases[0].VisibleInPortal {
			t.Fatalf("phases %+v", phases)
		}
		if res := admin.Post(pp+"/phases/"+id(phases[2].ID)+"/move", url.Values{"direction": {"up"}}); res.Status != http.StatusSeeOther {
			t.Fatalf("move: %d", res.Status)
		}
		if res := admin.Post(pp+"/phases/"+id(phases[1].ID), url.Values{"name": {"Proposed to client"}}); res.Status != http.StatusSeeOther {
			t.Fatalf("rename phase: %d", res.Status)
		}
		if res := admin.Post(pp, url.Values{"name": {"Standard procedure"}}); res.Status != http.StatusSeeOther {
			t.Fatalf("rename procedure: %d", res.Status)
		}
		phases, _ = env.Store.Phases(env.Acme.Ctx, procs[0].ID)
		if phases[1].Name != "Hired" || phases[2].Name != "Proposed to client" || phases[2].VisibleInPortal {
			t.Fatalf("after move, rename and untick: %+v", phases)
		}
		page := admin.Get(base)
		if page.Status != http.StatusOK || !strings.Contains(page.Body, "Standard procedure") || !strings.Contains(page.Body, "Proposed to client") {
			t.Fatalf("settings page: %d", page.Status)
		}

		if res := admin.Post("/office/settings/sources", url.Values{"name": {""}}); res.Status != http.StatusUnprocessableEntity {
			t.Fatalf("empty source: %d", res.Status)
		}
		if res := admin.Post("/office/settings/sources", url.Values{"name": {"Website"}}); res.Status != http.StatusSeeOther {
			t.Fatalf("create source: %d", res.Status)
		}
		sources, _ := env.Store.Sources(env.Acme.Ctx)
		if res := admin.Post("/office/settings/sources/"+id(sources[0].ID), url.Values{"name": {"Hiring Portal"}}); res.Status != http.StatusSeeOther {
			t.Fatalf("rename source: %d", res.Status)
		}
		if page := admin.Get("/office/settings/sources"); !strings.Contains(page.Body, `value="Hiring Portal"`) {
			t.Fatal("renamed source not shown")
		}

		// B5: the other agency's admin gets 404 for these ids.
		otherAdmin := env.Client(t)
		otherAdmin.Host = "other.test"
		otherAdmin.SignInOffice(env.Other.Admin.Email)
		for p, form := range map[string]url.Values{
			pp:                                 {"name": {"Mine"}},
			pp + "/phases":                     {"name": {"Injected"}},
			pp + "/phases/" + id(phases[0].ID): {"name": {"Mine"}},
			pp + "/phases/" + id(phases[0].ID) + "/move":    {"direction": {"down"}},
			"/office/settings/sources/" + id(sources[0].ID): {"name": {"Mine"}},
		} {
			if res := otherAdmin.Post(p, form); res.Status != http.StatusNotFound {
				t.Errorf("other agency POST %s: %d", p, res.Status)
			}
		}
		if page := otherAdmin.Get(base); strings.Contains(page.Body, "Standard procedure") {
			t.Error("other agency sees the procedures")
		}
	})
}
