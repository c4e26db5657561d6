package store_test

import (
	"errors"
	"slices"
	"testing"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/store"
	"github.com/matchpoint/matchpoint/store/storetest"
)

func contactNames(list []domain.Contact) []string {
	var out []string
	for _, c := range list {
		out = append(out, c.Name())
	}
	return out
}

// A1, A2, B2: contacts with company, owner, relation, language and groups are
// created, read, edited (groups replaced), listed, searched and found by
// e-mail for the Hiring Portal.
func TestContactCRUDAndSearch_A1_A2_B2(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		st := db.Store()
		a := newAgency(t, st, "acme")
		co := a.company(t, st, "Client", "Delft")
		co2 := a.company(t, st, "Second", "Ede")
		portal, news := a.group(t, st, "Portal"), a.group(t, st, "Newsletter")
		rel := domain.ContactRelation{Name: "Hiring manager"}
		if err := st.SaveContactRelation(a.ctx, &rel); err != nil {
			t.Fatal(err)
		}
		c := a.contact(t, st, co, "Carla", "Bos", portal.ID, news.ID, portal.ID)
		a.contact(t, st, co2, "Dirk", "Aalders")

		got, err := st.Contact(a.ctx, c.ID)
		if err != nil {
			t.Fatal(err)
		}
		if got.Name() != "Carla Bos" || got.CompanyName != "Client" || got.OwnerName != a.user.Name ||
			got.RelationID != 0 || got.RelationName != "" || !got.InGroup(portal.ID) || len(got.GroupIDs) != 2 {
			t.Fatalf("read back %+v", got)
		}
		got.RelationID, got.Language, got.CompanyID = rel.ID, "de", co2.ID
		got.GroupIDs = []domain.ID{news.ID}
		if err := st.UpdateContact(a.ctx, &got); err != nil {
			t.Fatal(err)
		}
		back, err := st.ContactByEmail(a.ctx, "  CARLA.Bos@client.test ")
		if err != nil {
			t.Fatal(err)
		}
		if back.ID != c.ID || back.RelationName != "Hiring manager" || back.Language != "de" || back.CompanyName != "Second" ||
			back.InGroup(portal.ID) || !back.InGroup(news.ID) {
			t.Fatalf("after update %+v", back)
		}
		if _, err := st.ContactByEmail(a.ctx, "nobody@client.test"); !errors.Is(err, domain.ErrNotFound) {
			t.Fatalf("unknown e-mail: %v", err)
		}
		if _, err := st.ContactByEmail(a.ctx, ""); !errors.Is(err, domain.ErrNotFound) {
			t.Fatalf("empty e-mail: %v", err)
		}

		for _, tc := range []struct {
			f    store.ContactFilter
			want []string
		}{
			{store.ContactFilter{}, []string{"Dirk Aalders", "Carla Bos"}},
			{store.ContactFilter{Query: "carla b"}, []string{"Carla Bos"}},
			{store.ContactFilter{Query: "dirk.aalders@"}, []string{"Dirk Aalders"}},
			{store.ContactFilter{CompanyID: co.ID}, nil},
			{store.ContactFilter{CompanyID: co2.ID}, []string{"Dirk Aalders", "Carla Bos"}},
			{store.ContactFilter{GroupID: news.ID}, []string{"Carla Bos"}},
			{store.ContactFilter{GroupID: portal.ID}, nil},
			{store.ContactFilter{Limit: 1, Offset: 1}, []string{"Carla Bos"}},
		} {
			list, _, err := st.Contacts(a.ctx, tc.f)
			if err != nil {
				t.Fatalf("%+v: %v", tc.f, err)
			}
			if got := contactNames(list); !slices.Equal(got, tc.want) {
				t.Errorf("%+v = %v, want %v", tc.f, got, tc.want)
			}
		}
		list, err := st.ContactsOfCompany(a.ctx, co2.ID)
		if err != nil || len(list) != 2 || !list[1].InGroup(news.ID) {
			t.Fatalf("contacts of company = %+v, %v", list, err)
		}
	})
}

// A3: groups and contact relations are listed and renamed.
func TestGroupsAndRelations_A3(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		st := db.Store()
		a := newAgency(t, st, "acme")
		g := a.group(t, st, "Portal")
		a.group(t, st, "Alumni")
		g.Name = "Hiring Portal"
		if err := st.SaveGroup(a.ctx, &g); err != nil {
			t.Fatal(err)
		}
		groups, err := st.Groups(a.ctx)
		if err != nil || len(groups) != 2 || groups[0].Name != "Alumni" || groups[1].Name != "Hiring Portal" {
			t.Fatalf("groups = %+v, %v", groups, err)
		}
		r := domain.ContactRelation{Name: "Manager"}
		if err := st.SaveContactRelation(a.ctx, &r); err != nil {
			t.Fatal(err)
		}
		r.Name = "Hiring manager"
		if err := st.SaveContactRelation(a.ctx, &r); err != nil {
			t.Fatal(err)
		}
		if got, err := st.ContactRelation(a.ctx, r.ID); err != nil || got.Name != "Hiring manager" || got.TenantID != a.tenant.ID {
			t.Fatalf("relation = %+v, %v", got, err)
		}
		if rels, err := st.ContactRelations(a.ctx); err != nil || len(rels) != 1 {
			t.Fatalf("relations = %+v, %v", rels, err)
		}
	})
}

// B5: another tenant gets not found for every company, department, group,
// relation and contact id, sees none in its lists, and cannot point at them.
func TestOrgsTenantIsolation_B5(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		st := db.Store()
		a := newAgency(t, st, "a")
		b := newAgency(t, st, "b")
		co := a.company(t, st, "Alpha Client", "Delft")
		g := a.group(t, st, "Portal")
		rel := domain.ContactRelation{Name: "Manager"}
		if err := st.SaveContactRelation(a.ctx, &rel); err != nil {
			t.Fatal(err)
		}
		dep := domain.Department{CompanyID: co.ID, Name: "Sales"}
		if err := st.SaveDepartment(a.ctx, &dep); err != nil {
			t.Fatal(err)
		}
		ct := a.contact(t, st, co, "Alice", "Alpha", g.ID)

		notFound := func(what string, err error) {
			t.Helper()
			if !errors.Is(err, domain.ErrNotFound) {
				t.Errorf("tenant b, %s: err=%v, want not found", what, err)
			}
		}
		_, err := st.Company(b.ctx, co.ID)
		notFound("Company", err)
		co.Name = "Mallory"
		notFound("UpdateCompany", st.UpdateCompany(b.ctx, &co))
		_, err = st.Department(b.ctx, co.ID, dep.ID)
		notFound("Department", err)
		dep.Name = "Mallory"
		notFound("SaveDepartment", st.SaveDepartment(b.ctx, &dep))
		notFound("DeleteDepartment", st.DeleteDepartment(b.ctx, co.ID, dep.ID))
		_, err = st.Group(b.ctx, g.ID)
		notFound("Group", err)
		g.Name = "Mallory"
		notFound("SaveGroup", st.SaveGroup(b.ctx, &g))
		_, err = st.ContactRelation(b.ctx, rel.ID)
		notFound("ContactRelation", err)
		rel.Name = "Mallory"
		notFound("SaveContactRelation", st.SaveContactRelation(b.ctx, &rel))
		_, err = st.Contact(b.ctx, ct.ID)
		notFound("Contact", err)
		_, err = st.ContactByEmail(b.ctx, ct.Email)
		notFound("ContactByEmail", err)
		ct.FirstName = "Mallory"
		notFound("UpdateContact", st.UpdateContact(b.ctx, &ct))

		if list, _, err := st.Companies(b.ctx, store.CompanyFilter{Query: "alpha"}); err != nil || len(list) != 0 {
			t.Errorf("tenant b lists %d companies of a (%v)", len(list), err)
		}
		if list, _, err := st.Contacts(b.ctx, store.ContactFilter{CompanyID: co.ID}); err != nil || len(list) != 0 {
			t.Errorf("tenant b lists %d contacts of a (%v)", len(list), err)
		}
		if list, err := st.ContactsOfCompany(b.ctx, co.ID); err != nil || len(list) != 0 {
			t.Errorf("tenant b lists %d contacts of a's company (%v)", len(list), err)
		}
		if list, err := st.Departments(b.ctx, co.ID); err != nil || len(list) != 0 {
			t.Errorf("tenant b lists %d departments of a (%v)", len(list), err)
		}
		if gs, _ := st.Groups(b.ctx); len(gs) != 0 {
			t.Errorf("tenant b lists a's groups: %+v", gs)
		}
		if rs, _ := st.ContactRelations(b.ctx); len(rs) != 0 {
			t.Errorf("tenant b lists a's relations: %+v", rs)
		}

		// Rows of tenant b cannot point at tenant a's company, group or relation.
		bco := b.company(t, st, "Bravo", "Ede")
		for name, c := range map[string]domain.Contact{
			"company":  {CompanyID: co.ID, OwnerID: b.user.ID, FirstName: "X", LastName: "Y", Language: "en"},
			"group":    {CompanyID: bco.ID, OwnerID: b.user.ID, FirstName: "X", LastName: "Y", Language: "en", GroupIDs: []domain.ID{g.ID}},
			"relation": {CompanyID: bco.ID, OwnerID: b.user.ID, RelationID: rel.ID, FirstName: "X", LastName: "Y", Language: "en"},
		} {
			if err := st.CreateContact(b.ctx, &c); err == nil {
				t.Errorf("cross-tenant %s accepted", name)
			}
		}
		if list, _, _ := st.Contacts(b.ctx, store.ContactFilter{}); len(list) != 0 {
			t.Errorf("a refused contact was half-saved: %+v", list)
		}
		if err := st.SaveDepartment(b.ctx, &domain.Department{CompanyID: co.ID, Name: "X"}); err == nil {
			t.Error("department under a's company accepted")
		}
	})
}
