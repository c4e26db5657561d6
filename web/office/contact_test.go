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

// A1, A2, B2: a recruiter creates a contact from its company's page (company
// preselected), with owner, relation, language and groups; edits it (groups
// replaced); bad input is shown next to its field and saves nothing; the list
// is searched and filtered by company.
func TestContactPages_A1_A2_B2(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		env := webtest.New(t, db)
		st, ctx := env.Store, env.Acme.Ctx
		co := acmeCompany(t, env, "Client One")
		other := acmeCompany(t, env, "Client Two")
		portal, news := domain.Group{Name: "Portal"}, domain.Group{Name: "Newsletter"}
		rel := domain.ContactRelation{Name: "Hiring manager"}
		for _, g := range []*domain.Group{&portal, &news} {
			if err := st.SaveGroup(ctx, g); err != nil {
				t.Fatal(err)
			}
		}
		if err := st.SaveContactRelation(ctx, &rel); err != nil {
			t.Fatal(err)
		}
		c := env.Recruiter(t)
		if page := c.Get("/office/companies/" + id(co.ID)); !strings.Contains(page.Body, "/office/contacts/new?company="+id(co.ID)) {
			t.Fatal("company page has no link to a new contact")
		}
		page := c.Get("/office/contacts/new?company=" + id(co.ID))
		if page.Status != http.StatusOK || !strings.Contains(page.Body, `value="`+id(co.ID)+`" selected`) || !strings.Contains(page.Body, "Newsletter") {
			t.Fatalf("new form with company: %d", page.Status)
		}
		form := url.Values{"first_name": {"Carla"}, "last_name": {"Bos"}, "email": {"carla@"}, "language": {"de"},
			"company_id": {id(co.ID)}, "owner_id": {id(env.Acme.Recruiter.ID)}, "relation_id": {id(rel.ID)},
			"group_ids": {id(portal.ID), id(news.ID)}}
		res := c.Post("/office/contacts", form)
		if res.Status != http.StatusUnprocessableEntity || !strings.Contains(res.Body, `id="e-email"`) {
			t.Fatalf("invalid e-mail: status %d, error not shown next to the field", res.Status)
		}
		if list, _, _ := st.Contacts(ctx, store.ContactFilter{}); len(list) != 0 {
			t.Fatal("invalid form saved a contact")
		}
		form.Set("email", "carla@client.test")
		res = c.Post("/office/contacts", form)
		if res.Status != http.StatusSeeOther {
			t.Fatalf("create: status %d\n%s", res.Status, res.Body)
		}
		path := strings.SplitN(res.Location, "?", 2)[0]
		page = c.Get(path)
		for _, want := range []string{"Carla Bos", "Client One", "Hiring manager", "Newsletter", "Portal", "German"} {
			if !strings.Contains(page.Body, want) {
				t.Errorf("contact page lacks %q", want)
			}
		}
		if page := c.Get(path + "/edit"); page.Status != http.StatusOK || !strings.Contains(page.Body, `value="`+id(portal.ID)+`" checked`) {
			t.Fatalf("edit form: %d", page.Status)
		}

		form.Set("last_name", "")
		form["group_ids"] = []string{id(news.ID)}
		if res = c.Post(path, form); res.Status != http.StatusUnprocessableEntity || !strings.Contains(res.Body, `id="e-last_name"`) {
			t.Fatalf("empty last name: %d", res.Status)
		}
		if got, _ := st.ContactByEmail(ctx, "carla@client.test"); got.LastName != "Bos" || !got.InGroup(portal.ID) {
			t.Fatalf("invalid update half-saved: %+v", got)
		}
		form.Set("last_name", "Bos-Smit")
		form.Set("company_id", id(other.ID))
		if res = c.Post(path, form); res.Status != http.StatusSeeOther {
			t.Fatalf("update: %d", res.Status)
		}
		got, err := st.ContactByEmail(ctx, "carla@client.test")
		if err != nil || got.InGroup(portal.ID) || !got.InGroup(news.ID) || got.CompanyID != other.ID {
			t.Fatalf("after update %+v %v", got, err)
		}

		for _, tc := range []struct {
			query string
			found bool
		}{
			{"?q=bos-sm", true},
			{"?q=carla%40client", true},
			{"?q=nobody", false},
			{"?company=" + id(other.ID), true},
			{"?company=" + id(co.ID), false},
			{"?group=" + id(news.ID), true},
			{"?group=" + id(portal.ID), false},
		} {
			list := c.Get("/office/contacts" + tc.query)
			if list.Status != http.StatusOK || strings.Contains(list.Body, "Carla Bos-Smit") != tc.found {
				t.Errorf("list %s: status %d, found %v", tc.query, list.Status, !tc.found)
			}
		}
	})
}

// B5: another agency's recruiter gets 404 for a contact id; a form naming
// another agency's company or group saves nothing.
func TestContactAccess_B5(t *testing.T) {
	env := webtest.New(t, storetest.SQLite(t))
	co := acmeCompany(t, env, "Client One")
	g := domain.Group{Name: "Portal"}
	if err := env.Store.SaveGroup(env.Acme.Ctx, &g); err != nil {
		t.Fatal(err)
	}
	ct := domain.Contact{CompanyID: co.ID, OwnerID: env.Acme.Recruiter.ID, FirstName: "Secret", LastName: "Person", Language: "en"}
	if err := env.Store.CreateContact(env.Acme.Ctx, &ct); err != nil {
		t.Fatal(err)
	}
	path := "/office/contacts/" + id(ct.ID)
	other := env.OtherRecruiter(t)
	for _, p := range []string{path, path + "/edit"} {
		if res := other.Get(p); res.Status != http.StatusNotFound || strings.Contains(res.Body, "Secret") {
			t.Errorf("other agency GET %s: %d", p, res.Status)
		}
	}
	if res := other.Post(path, url.Values{"first_name": {"X"}}); res.Status != http.StatusNotFound {
		t.Errorf("other agency update: %d", res.Status)
	}
	if res := other.Get("/office/contacts?q=secret"); strings.Contains(res.Body, "Secret Person") {
		t.Error("other agency's list shows the contact")
	}
	otherCo := domain.Company{OwnerID: env.Other.Recruiter.ID, Kind: domain.CompanyClient, Name: "Theirs"}
	if err := env.Store.CreateCompany(env.Other.Ctx, &otherCo); err != nil {
		t.Fatal(err)
	}
	form := url.Values{"first_name": {"Eve"}, "last_name": {"Evil"}, "language": {"en"}, "owner_id": {id(env.Other.Recruiter.ID)}}
	for field, f := range map[string]url.Values{
		"company_id": {"company_id": {id(co.ID)}},
		"group_ids":  {"company_id": {id(otherCo.ID)}, "group_ids": {id(g.ID)}},
	} {
		for k, v := range form {
			f[k] = v
		}
		res := other.Post("/office/contacts", f)
		if res.Status != http.StatusUnprocessableEntity || !strings.Contains(res.Body, `id="e-`+field+`"`) {
			t.Errorf("other agency's contact with a's %s: status %d", field, res.Status)
		}
	}
	if list, _, _ := env.Store.Contacts(env.Other.Ctx, store.ContactFilter{}); len(list) != 0 {
		t.Fatalf("refused contact saved: %+v", list)
	}
}
