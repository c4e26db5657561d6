package store_test

import (
	"context"
	"errors"
	"slices"
	"testing"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/store"
	"github.com/matchpoint/matchpoint/store/storetest"
)

func (a agency) company(t *testing.T, st *store.Store, name, city string) domain.Company {
	t.Helper()
	c := domain.Company{OwnerID: a.user.ID, Kind: domain.CompanyClient, Name: name, City: city, Email: "info@example.test"}
	if err := st.CreateCompany(a.ctx, &c); err != nil {
		t.Fatalf("create company: %v", err)
	}
	return c
}

func (a agency) contact(t *testing.T, st *store.Store, co domain.Company, first, last string, groups ...domain.ID) domain.Contact {
	t.Helper()
	c := domain.Contact{CompanyID: co.ID, OwnerID: a.user.ID, FirstName: first, LastName: last,
		Email: first + "." + last + "@client.test", Language: "nl", GroupIDs: groups}
	if err := st.CreateContact(a.ctx, &c); err != nil {
		t.Fatalf("create contact: %v", err)
	}
	return c
}

func (a agency) group(t *testing.T, st *store.Store, name string) domain.Group {
	t.Helper()
	g := domain.Group{Name: name}
	if err := st.SaveGroup(a.ctx, &g); err != nil {
		t.Fatalf("save group: %v", err)
	}
	return g
}

func companyNames(list []domain.Company) []string {
	var out []string
	for _, c := range list {
		out = append(out, c.Name)
	}
	return out
}

// A1, A2: companies are created with an owner, read, edited, listed, searched
// by name and city, and paged.
func TestCompanyCRUDAndSearch_A1_A2(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		st := db.Store()
		a := newAgency(t, st, "acme")
		c := a.company(t, st, "Bakkerij Jansen", "Utrecht")
		a.company(t, st, "Acme 100% Steel", "Groningen")
		main := domain.Company{OwnerID: a.user.ID, Kind: domain.CompanyMainOffice, Name: "Our Office", City: "Zwolle"}
		if err := st.CreateCompany(a.ctx, &main); err != nil {
			t.Fatal(err)
		}
		got, err := st.Company(a.ctx, c.ID)
		if err != nil {
			t.Fatal(err)
		}
		if got.Name != "Bakkerij Jansen" || got.OwnerName != a.user.Name || got.Kind != domain.CompanyClient {
			t.Fatalf("read back %+v", got)
		}
		got.City, got.Website = "Amersfoort", "https://jansen.example"
		if err := st.UpdateCompany(a.ctx, &got); err != nil {
			t.Fatal(err)
		}
		back, _ := st.Company(a.ctx, c.ID)
		if back.City != "Amersfoort" || back.Website != "https://jansen.example" {
			t.Errorf("update lost: %+v", back)
		}
		for _, tc := range []struct {
			f    store.CompanyFilter
			want []string
		}{
			{store.CompanyFilter{}, []string{"Acme 100% Steel", "Bakkerij Jansen", "Our Office"}},
			{store.CompanyFilter{Query: "BAKKER"}, []string{"Bakkerij Jansen"}},
			{store.CompanyFilter{Query: "amersf"}, []string{"Bakkerij Jansen"}},
			{store.CompanyFilter{Query: "100%"}, []string{"Acme 100% Steel"}},
			{store.CompanyFilter{Query: "%"}, []string{"Acme 100% Steel"}},
			{store.CompanyFilter{Query: "_"}, nil},
			{store.CompanyFilter{Kind: domain.CompanyMainOffice}, []string{"Our Office"}},
			{store.CompanyFilter{Limit: 2, Offset: 2}, []string{"Our Office"}},
		} {
			list, _, err := st.Companies(a.ctx, tc.f)
			if err != nil {
				t.Fatalf("%+v: %v", tc.f, err)
			}
			if got := companyNames(list); !slices.Equal(got, tc.want) {
				t.Errorf("%+v = %v, want %v", tc.f, got, tc.want)
			}
		}
		if _, more, _ := st.Companies(a.ctx, store.CompanyFilter{Limit: 2}); !more {
			t.Error("first page of 2 of 3 reports no more")
		}
		if _, more, _ := st.Companies(a.ctx, store.CompanyFilter{Limit: 3}); more {
			t.Error("page of 3 of 3 reports more")
		}
	})
}

// A1, E4: departments belong to a company; one named by a vacancy cannot be
// removed.
func TestDepartments_A1_E4(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		st := db.Store()
		a := newAgency(t, st, "acme")
		c := a.company(t, st, "Client", "Delft")
		other := a.company(t, st, "Other", "Delft")
		sales := domain.Department{CompanyID: c.ID, Name: "Sales"}
		it := domain.Department{CompanyID: c.ID, Name: "IT"}
		for _, d := range []*domain.Department{&sales, &it} {
			if err := st.SaveDepartment(a.ctx, d); err != nil {
				t.Fatal(err)
			}
		}
		it.Name = "ICT"
		if err := st.SaveDepartment(a.ctx, &it); err != nil {
			t.Fatal(err)
		}
		list, err := st.Departments(a.ctx, c.ID)
		if err != nil || len(list) != 2 || list[0].Name != "ICT" || list[1].Name != "Sales" {
			t.Fatalf("departments = %+v, %v", list, err)
		}
		if got, err := st.Department(a.ctx, c.ID, sales.ID); err != nil || got.Name != "Sales" {
			t.Fatalf("department = %+v, %v", got, err)
		}
		if _, err := st.Department(a.ctx, other.ID, sales.ID); !errors.Is(err, domain.ErrNotFound) {
			t.Fatalf("department under another company: %v", err)
		}
		if err := st.DeleteDepartment(a.ctx, other.ID, sales.ID); !errors.Is(err, domain.ErrNotFound) {
			t.Fatalf("delete under another company: %v", err)
		}
		useDepartment(t, db, a, c.ID, it.ID)
		if err := st.DeleteDepartment(a.ctx, c.ID, it.ID); domain.KindOf(err) != domain.KindConflict || !errors.Is(err, store.ErrDepartmentInUse) {
			t.Fatalf("delete of a used department: %v", err)
		}
		if err := st.DeleteDepartment(a.ctx, c.ID, sales.ID); err != nil {
			t.Fatal(err)
		}
		if list, _ := st.Departments(a.ctx, c.ID); len(list) != 1 {
			t.Fatalf("after delete: %+v", list)
		}
	})
}

// useDepartment writes a vacancy naming the department with plain SQL, as
// vacancies have their own store methods elsewhere.
func useDepartment(t *testing.T, db *store.DB, a agency, companyID, departmentID domain.ID) {
	t.Helper()
	ctx := context.Background()
	var proc domain.ID
	if err := db.Raw().QueryRowContext(ctx, `INSERT INTO procedures (tenant_id, name) VALUES ($1, 'P') RETURNING id`,
		a.tenant.ID).Scan(&proc); err != nil {
		t.Fatal(err)
	}
	now := db.Now()
	if _, err := db.Raw().ExecContext(ctx, `INSERT INTO vacancies (tenant_id, company_id, owner_id, department_id, procedure_id,
		title, created_at, updated_at) VALUES ($1, $2, $3, $4, $5, 'V', $6, $6)`,
		a.tenant.ID, companyID, a.user.ID, departmentID, proc, now); err != nil {
		t.Fatal(err)
	}
}
