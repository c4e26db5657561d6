package office_test

import (
	"context"
	"net/http"
	"net/url"
	"strings"
	"testing"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/store"
	"github.com/matchpoint/matchpoint/store/storetest"
	"github.com/matchpoint/matchpoint/web/webtest"
)

// A1, A2: a recruiter creates, edits, lists, searches and opens a company with
// an owner; bad input is shown next to its field and saves nothing.
func TestCompanyPages_A1_A2(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		env := webtest.New(t, db)
		c := env.Recruiter(t)
		if res := c.Get("/office/companies/new"); res.Status != http.StatusOK || !strings.Contains(res.Body, `name="name"`) {
			t.Fatalf("new form: %d", res.Status)
		}
		form := url.Values{"name": {""}, "kind": {"client"}, "email": {"info@bakkerij.test"},
			"owner_id": {id(env.Acme.Recruiter.ID)}, "city": {"Zwolle"}}
		res := c.Post("/office/companies", form)
		if res.Status != http.StatusUnprocessableEntity || !strings.Contains(res.Body, `id="e-name"`) {
			t.Fatalf("empty name: status %d, error not shown next to the field", res.Status)
		}
		if list, _, _ := env.Store.Companies(env.Acme.Ctx, store.CompanyFilter{}); len(list) != 0 {
			t.Fatal("invalid form saved a company")
		}
		form.Set("name", "Bakkerij Bos")
		res = c.Post("/office/companies", form)
		if res.Status != http.StatusSeeOther {
			t.Fatalf("create: status %d\n%s", res.Status, res.Body)
		}
		path := strings.SplitN(res.Location, "?", 2)[0]
		if page := c.Get(path); page.Status != http.StatusOK || !strings.Contains(page.Body, "Bakkerij Bos") {
			t.Fatalf("open %s: %d", path, page.Status)
		}
		if page := c.Get(path + "/edit"); page.Status != http.StatusOK || !strings.Contains(page.Body, `value="Zwolle"`) {
			t.Fatalf("edit form %s: %d", path, page.Status)
		}
		form.Set("city", "Deventer")
		form.Set("kind", "nonsense")
		if res = c.Post(path, form); res.Status != http.StatusUnprocessableEntity || !strings.Contains(res.Body, `id="e-kind"`) {
			t.Fatalf("invalid kind: %d", res.Status)
		}
		form.Set("kind", "client")
		if res = c.Post(path, form); res.Status != http.StatusSeeOther {
			t.Fatalf("update: %d", res.Status)
		}
		if list := c.Get("/office/companies?q=deven"); !strings.Contains(list.Body, "Bakkerij Bos") {
			t.Fatalf("search by new city did not find the company:\n%s", list.Body)
		}
		if miss := c.Get("/office/companies?q=zwolle"); strings.Contains(miss.Body, "Bakkerij Bos") {
			t.Fatal("old city still found")
		}
		if list := c.Get("/office/companies"); list.Status != http.StatusOK || !strings.Contains(list.Body, "Bakkerij Bos") {
			t.Fatalf("list: %d", list.Status)
		}
	})
}

// A1, E4: departments are added to and removed from the company page; one
// named by a vacancy stays, with the reason shown.
func TestCompanyDepartments_A1_E4(t *testing.T) {
	env := webtest.New(t, storetest.SQLite(t))
	co := acmeCompany(t, env, "Client One")
	c := env.Recruiter(t)
	path := "/office/companies/" + id(co.ID)
	if res := c.Post(path+"/departments", url.Values{"department_name": {" "}}); res.Status != http.StatusUnprocessableEntity ||
		!strings.Contains(res.Body, `id="e-department_name"`) {
		t.Fatalf("empty department: %d", res.Status)
	}
	for _, name := range []string{"Sales", "Finance"} {
		if res := c.Post(path+"/departments", url.Values{"department_name": {name}}); res.Status != http.StatusSeeOther {
			t.Fatalf("add department: %d", res.Status)
		}
	}
	deps, _ := env.Store.Departments(env.Acme.Ctx, co.ID)
	if len(deps) != 2 {
		t.Fatalf("departments = %+v", deps)
	}
	if page := c.Get(path); !strings.Contains(page.Body, "Finance") || !strings.Contains(page.Body, "Sales") {
		t.Fatal("departments not shown")
	}
	useDepartment(t, env, co.ID, deps[0].ID)
	if res := c.Post(path+"/departments/"+id(deps[0].ID)+"/delete", nil); res.Status != http.StatusConflict ||
		!strings.Contains(res.Body, "used by a vacancy") {
		t.Fatalf("delete of a used department: %d", res.Status)
	}
	if res := c.Post(path+"/departments/"+id(deps[1].ID)+"/delete", nil); res.Status != http.StatusSeeOther {
		t.Fatalf("delete: %d", res.Status)
	}
	if deps, _ = env.Store.Departments(env.Acme.Ctx, co.ID); len(deps) != 1 {
		t.Fatalf("after delete: %+v", deps)
	}
}

// B5: another agency's recruiter gets 404 for a company id, its departments
// and its edit form.
func TestCompanyAccess_B5(t *testing.T) {
	env := webtest.New(t, storetest.SQLite(t))
	co := acmeCompany(t, env, "Secret Client")
	dep := domain.Department{CompanyID: co.ID, Name: "Sales"}
	if err := env.Store.SaveDepartment(env.Acme.Ctx, &dep); err != nil {
		t.Fatal(err)
	}
	path := "/office/companies/" + id(co.ID)
	other := env.OtherRecruiter(t)
	for _, p := range []string{path, path + "/edit", "/office/contacts/new?company=" + id(co.ID)} {
		if res := other.Get(p); res.Status != http.StatusNotFound || strings.Contains(res.Body, "Secret Client") {
			t.Errorf("other agency GET %s: status %d", p, res.Status)
		}
	}
	if res := other.Post(path, url.Values{"name": {"X"}, "kind": {"client"}, "owner_id": {id(env.Other.Recruiter.ID)}}); res.Status != http.StatusNotFound {
		t.Errorf("other agency update: %d", res.Status)
	}
	if res := other.Post(path+"/departments/"+id(dep.ID)+"/delete", nil); res.Status != http.StatusNotFound {
		t.Errorf("other agency department delete: %d", res.Status)
	}
	if res := other.Get("/office/companies?q=secret"); strings.Contains(res.Body, "Secret Client") {
		t.Error("other agency's list shows the company")
	}
	if got, err := env.Store.Company(env.Acme.Ctx, co.ID); err != nil || got.Name != "Secret Client" {
		t.Fatalf("company changed: %+v %v", got, err)
	}
	if res := env.Recruiter(t).Get("/office/companies/999999"); res.Status != http.StatusNotFound {
		t.Fatalf("guessed id: %d", res.Status)
	}
}

func acmeCompany(t *testing.T, env *webtest.Env, name string) domain.Company {
	t.Helper()
	co := domain.Company{OwnerID: env.Acme.Recruiter.ID, Kind: domain.CompanyClient, Name: name, City: "Delft"}
	if err := env.Store.CreateCompany(env.Acme.Ctx, &co); err != nil {
		t.Fatal(err)
	}
	return co
}

// useDepartment writes a vacancy naming the department with plain SQL; the
// vacancy pages are not part of this test.
func useDepartment(t *testing.T, env *webtest.Env, companyID, departmentID domain.ID) {
	t.Helper()
	ctx, tid := context.Background(), env.Acme.Tenant.ID
	var proc domain.ID
	if err := env.DB.Raw().QueryRowContext(ctx, `INSERT INTO procedures (tenant_id, name) VALUES ($1, 'P') RETURNING id`, tid).Scan(&proc); err != nil {
		t.Fatal(err)
	}
	if _, err := env.DB.Raw().ExecContext(ctx, `INSERT INTO vacancies (tenant_id, company_id, owner_id, department_id, procedure_id,
		title, created_at, updated_at) VALUES ($1, $2, $3, $4, $5, 'V', $6, $6)`,
		tid, companyID, env.Acme.Recruiter.ID, departmentID, proc, env.DB.Now()); err != nil {
		t.Fatal(err)
	}
}
