package office_test

import (
	"net/http"
	"net/url"
	"strings"
	"testing"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/store/storetest"
	"github.com/matchpoint/matchpoint/web/webtest"
)

// A3, F5: an admin lists, adds and renames contact groups and contact
// relations; a recruiter without the admin role gets 404.
func TestGroupAndRelationSettings_A3_F5(t *testing.T) {
	env := webtest.New(t, storetest.SQLite(t))
	admin := env.AdminClient(t)
	rec := env.Recruiter(t)
	for _, base := range []string{"/office/settings/groups", "/office/settings/relations"} {
		if res := rec.Get(base); res.Status != http.StatusNotFound {
			t.Errorf("recruiter GET %s: %d", base, res.Status)
		}
		if res := rec.Post(base, url.Values{"name": {"Sneaky"}}); res.Status != http.StatusNotFound {
			t.Errorf("recruiter POST %s: %d", base, res.Status)
		}
		if res := admin.Post(base, url.Values{"name": {""}}); res.Status != http.StatusUnprocessableEntity || !strings.Contains(res.Body, `id="e-name"`) {
			t.Errorf("empty name on %s: %d", base, res.Status)
		}
		if res := admin.Post(base, url.Values{"name": {"First name"}}); res.Status != http.StatusSeeOther {
			t.Fatalf("add on %s: %d", base, res.Status)
		}
	}
	groups, _ := env.Store.Groups(env.Acme.Ctx)
	rels, _ := env.Store.ContactRelations(env.Acme.Ctx)
	if len(groups) != 1 || len(rels) != 1 {
		t.Fatalf("groups %+v relations %+v", groups, rels)
	}
	gField := "name_" + id(groups[0].ID)
	if res := admin.Post("/office/settings/groups/"+id(groups[0].ID), url.Values{gField: {""}}); res.Status != http.StatusUnprocessableEntity ||
		!strings.Contains(res.Body, `id="e-`+gField+`"`) {
		t.Fatalf("empty rename: %d", res.Status)
	}
	if res := admin.Post("/office/settings/groups/"+id(groups[0].ID), url.Values{gField: {"Hiring Portal"}}); res.Status != http.StatusSeeOther {
		t.Fatalf("rename group: %d", res.Status)
	}
	rField := "name_" + id(rels[0].ID)
	if res := admin.Post("/office/settings/relations/"+id(rels[0].ID), url.Values{rField: {"Hiring manager"}}); res.Status != http.StatusSeeOther {
		t.Fatalf("rename relation: %d", res.Status)
	}
	if page := admin.Get("/office/settings/groups"); !strings.Contains(page.Body, "Hiring Portal") {
		t.Error("renamed group not listed")
	}
	if page := admin.Get("/office/settings/relations"); !strings.Contains(page.Body, "Hiring manager") {
		t.Error("renamed relation not listed")
	}

	// B5: the other agency's admin cannot rename these.
	theirs := env.Client(t)
	theirs.Host = "other.test"
	theirs.SignInOffice(env.Other.Admin.Email)
	if res := theirs.Post("/office/settings/groups/"+id(groups[0].ID), url.Values{gField: {"Mallory"}}); res.Status != http.StatusNotFound {
		t.Fatalf("other agency rename: %d", res.Status)
	}
	if g, _ := env.Store.Group(env.Acme.Ctx, groups[0].ID); g != (domain.Group{ID: groups[0].ID, TenantID: env.Acme.Tenant.ID, Name: "Hiring Portal"}) {
		t.Fatalf("group changed: %+v", g)
	}
}
