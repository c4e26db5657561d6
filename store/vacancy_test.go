package store_test

import (
	"errors"
	"testing"
	"time"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/store"
	"github.com/matchpoint/matchpoint/store/storetest"
)

// recruitment is an agency with what vacancies refer to: two companies, a
// contact and a department of the first, a source, and two procedures.
type recruitment struct {
	agency
	company, other   domain.ID
	contact, outside domain.ID
	department       domain.ID
	source           domain.Source
	proc, proc2      domain.Procedure
}

// rawID inserts a row the store of another area owns and returns its id.
func rawID(t *testing.T, db *store.DB, query string, args ...any) domain.ID {
	t.Helper()
	var id domain.ID
	if err := db.Raw().QueryRow(query, args...).Scan(&id); err != nil {
		t.Fatalf("fixture %q: %v", query, err)
	}
	return id
}

func newRecruitment(t *testing.T, db *store.DB, slug string) recruitment {
	t.Helper()
	st := db.Store()
	r := recruitment{agency: newAgency(t, st, slug)}
	tid, uid, now := r.tenant.ID, r.user.ID, time.Now().UTC()
	company := `INSERT INTO companies (tenant_id, owner_id, name, created_at, updated_at) VALUES ($1, $2, $3, $4, $4) RETURNING id`
	r.company = rawID(t, db, company, tid, uid, "Acme "+slug, now)
	r.other = rawID(t, db, company, tid, uid, "Globex "+slug, now)
	contact := `INSERT INTO contacts (tenant_id, company_id, owner_id, first_name, last_name, created_at, updated_at)
		VALUES ($1, $2, $3, $4, $5, $6, $6) RETURNING id`
	r.contact = rawID(t, db, contact, tid, r.company, uid, "Carla", "Contact", now)
	r.outside = rawID(t, db, contact, tid, r.other, uid, "Otto", "Outside", now)
	r.department = rawID(t, db, `INSERT INTO departments (tenant_id, company_id, name) VALUES ($1, $2, $3) RETURNING id`, tid, r.company, "IT")
	r.source = domain.Source{Name: "Website"}
	if err := st.SaveSource(r.ctx, &r.source); err != nil {
		t.Fatal(err)
	}
	r.proc = r.procedure(t, st, "Standard", "Intake", "Proposed", "Hired")
	r.proc2 = r.procedure(t, st, "Talentpool", "Pool")
	return r
}

func (r recruitment) procedure(t *testing.T, st *store.Store, name string, phases ...string) domain.Procedure {
	t.Helper()
	p := domain.Procedure{Name: name}
	if err := st.SaveProcedure(r.ctx, &p); err != nil {
		t.Fatal(err)
	}
	for _, n := range phases {
		ph := domain.Phase{ProcedureID: p.ID, Name: n, VisibleInPortal: n == "Proposed"}
		if err := st.SavePhase(r.ctx, &ph); err != nil {
			t.Fatal(err)
		}
		p.Phases = append(p.Phases, ph)
	}
	return p
}

func (r recruitment) vacancy(t *testing.T, st *store.Store, title string) domain.Vacancy {
	t.Helper()
	v := domain.Vacancy{CompanyID: r.company, ContactID: r.contact, OwnerID: r.user.ID, SourceID: r.source.ID,
		DepartmentID: r.department, ProcedureID: r.proc.ID, Title: title, Location: "Utrecht", HoursPerWeek: 32}
	if err := st.CreateVacancy(r.ctx, &v); err != nil {
		t.Fatalf("create vacancy: %v", err)
	}
	return v
}

func fieldKey(err error, field string) string {
	var ve *domain.ValidationError
	if errors.As(err, &ve) {
		return ve.Fields[field]
	}
	return ""
}

// A1, B5: a vacancy is created with company, contact, source, department and
// procedure, read back with their names, edited, searched by title and
// filtered; another tenant reads none of it.
func TestVacancyCRUDAndSearch_A1_B5(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		st := db.Store()
		r := newRecruitment(t, db, "acme")
		v := r.vacancy(t, st, "Senior Go developer")
		got, err := st.Vacancy(r.ctx, v.ID)
		if err != nil {
			t.Fatal(err)
		}
		if got.CompanyName != "Acme acme" || got.ContactName != "Carla Contact" || got.SourceName != "Website" ||
			got.DepartmentName != "IT" || got.ProcedureName != "Standard" || got.OwnerName != r.user.Name ||
			got.Status != domain.VacancyOpen || got.Origin != domain.OriginOffice || got.HoursPerWeek != 32 {
			t.Fatalf("read back %+v", got)
		}
		got.Status, got.SourceID, got.DepartmentID, got.Title = domain.VacancyClosed, 0, 0, "Senior Go developer (m/f)"
		if err := st.UpdateVacancy(r.ctx, &got); err != nil {
			t.Fatal(err)
		}
		back, _ := st.Vacancy(r.ctx, v.ID)
		if back.Status != domain.VacancyClosed || back.SourceName != "" || back.DepartmentID != 0 || back.Title != got.Title {
			t.Fatalf("update lost: %+v", back)
		}
		// A contact of another company is refused, and nothing is saved.
		back.ContactID = r.outside
		if err := st.UpdateVacancy(r.ctx, &back); fieldKey(err, "contact_id") != domain.KeyContactOtherCompany {
			t.Fatalf("contact of another company: %v", err)
		}
		if err := st.CreateVacancy(r.ctx, &domain.Vacancy{CompanyID: r.company, OwnerID: r.user.ID, ProcedureID: r.proc.ID}); fieldKey(err, "title") == "" {
			t.Fatalf("vacancy without title: %v", err)
		}
		r.vacancy(t, st, "Java developer")
		other := domain.Vacancy{CompanyID: r.other, ContactID: r.outside, OwnerID: r.user.ID, ProcedureID: r.proc.ID, Title: "Tester 100%"}
		if err := st.CreateVacancy(r.ctx, &other); err != nil {
			t.Fatal(err)
		}
		for _, tc := range []struct {
			name string
			f    store.VacancyFilter
			want int
		}{
			{"all", store.VacancyFilter{}, 3},
			{"title", store.VacancyFilter{Query: "DEVELOPER"}, 2},
			{"title part", store.VacancyFilter{Query: "go dev"}, 1},
			{"like escaped", store.VacancyFilter{Query: "100%"}, 1},
			{"wildcard is literal", store.VacancyFilter{Query: "_"}, 0},
			{"company", store.VacancyFilter{CompanyID: r.other}, 1},
			{"contact", store.VacancyFilter{ContactID: r.outside}, 1},
			{"open", store.VacancyFilter{Status: domain.VacancyOpen}, 2},
			{"closed", store.VacancyFilter{Status: domain.VacancyClosed, Query: "go"}, 1},
		} {
			list, _, err := st.Vacancies(r.ctx, tc.f)
			if err != nil || len(list) != tc.want {
				t.Errorf("%s: %d vacancies (err %v), want %d", tc.name, len(list), err, tc.want)
			}
		}
		page, more, err := st.Vacancies(r.ctx, store.VacancyFilter{Limit: 2})
		if err != nil || len(page) != 2 || !more || page[0].ID != other.ID {
			t.Fatalf("first page: %d, more %v, err %v", len(page), more, err)
		}
		if page, more, _ = st.Vacancies(r.ctx, store.VacancyFilter{Limit: 2, Offset: 2}); len(page) != 1 || more {
			t.Fatalf("second page: %d, more %v", len(page), more)
		}

		companies, err := st.VacancyCompanyChoices(r.ctx)
		if err != nil || len(companies) != 2 || companies[0].Name != "Acme acme" {
			t.Fatalf("company choices %+v (err %v)", companies, err)
		}
		contacts, _ := st.VacancyContactChoices(r.ctx, r.company)
		departments, _ := st.VacancyDepartmentChoices(r.ctx, r.company)
		if len(contacts) != 1 || contacts[0].Name != "Carla Contact" || len(departments) != 1 || departments[0].Name != "IT" {
			t.Fatalf("contact choices %+v, department choices %+v", contacts, departments)
		}

		b := newRecruitment(t, db, "b")
		if list, _ := st.VacancyContactChoices(b.ctx, r.company); len(list) != 0 {
			t.Fatalf("tenant b listed a's contacts: %+v", list)
		}
		if list, _ := st.VacancyDepartmentChoices(b.ctx, r.company); len(list) != 0 {
			t.Fatalf("tenant b listed a's departments: %+v", list)
		}
		if _, err := st.Vacancy(b.ctx, v.ID); !errors.Is(err, domain.ErrNotFound) {
			t.Fatalf("tenant b read a's vacancy: %v", err)
		}
		back.ContactID, back.CompanyID, back.ProcedureID, back.OwnerID = 0, b.company, b.proc.ID, b.user.ID
		if err := st.UpdateVacancy(b.ctx, &back); !errors.Is(err, domain.ErrNotFound) {
			t.Fatalf("tenant b updated a's vacancy: %v", err)
		}
		if list, _, err := st.Vacancies(b.ctx, store.VacancyFilter{Query: "developer"}); err != nil || len(list) != 0 {
			t.Fatalf("tenant b listed %d of a's vacancies (err %v)", len(list), err)
		}
		cross := domain.Vacancy{CompanyID: r.company, OwnerID: b.user.ID, ProcedureID: b.proc.ID, Title: "X"}
		if err := st.CreateVacancy(b.ctx, &cross); err == nil {
			t.Fatal("tenant b created a vacancy at a's company")
		}
	})
}
