package domain

import "testing"

const (
	portalSource ID = 4
	ownCompany   ID = 30
	otherCompany ID = 31
	contactA     ID = 21
	contactB     ID = 22
)

func portalSettings() Settings {
	return Settings{PortalSourceID: portalSource, VacancyRelationID: 8, PoolMatchPhaseID: 50}
}

func contactAt(id, company ID) Contact {
	return Contact{ID: id, TenantID: 1, CompanyID: company}
}

// ownVacancy is an open portal vacancy of ownCompany whose contact is contactA.
func ownVacancy() Vacancy {
	return Vacancy{ID: 40, TenantID: 1, CompanyID: ownCompany, ContactID: contactA, SourceID: portalSource, Status: VacancyOpen}
}

func vacancyWith(f func(*Vacancy)) Vacancy {
	v := ownVacancy()
	f(&v)
	return v
}

// E3: which vacancies a contact sees and which it edits.
func TestContactSeesAndEditsVacancy_E3(t *testing.T) {
	noSource := portalSettings()
	noSource.PortalSourceID = 0
	tests := []struct {
		name      string
		c         Contact
		v         Vacancy
		s         Settings
		sees, eds bool
	}{
		{"own vacancy with portal source", contactAt(contactA, ownCompany), ownVacancy(), portalSettings(), true, true},
		{"colleague's vacancy: seen, not edited", contactAt(contactB, ownCompany), ownVacancy(), portalSettings(), true, false},
		{"vacancy without contact: seen, not edited", contactAt(contactA, ownCompany), vacancyWith(func(v *Vacancy) { v.ContactID = 0 }), portalSettings(), true, false},
		{"closed vacancy still seen and edited", contactAt(contactA, ownCompany), vacancyWith(func(v *Vacancy) { v.Status = VacancyClosed }), portalSettings(), true, true},
		{"other source", contactAt(contactA, ownCompany), vacancyWith(func(v *Vacancy) { v.SourceID = portalSource + 1 }), portalSettings(), false, false},
		{"vacancy without source", contactAt(contactA, ownCompany), vacancyWith(func(v *Vacancy) { v.SourceID = 0 }), portalSettings(), false, false},
		{"no portal source configured", contactAt(contactA, ownCompany), vacancyWith(func(v *Vacancy) { v.SourceID = 0 }), noSource, false, false},
		{"no portal source configured, vacancy has one", contactAt(contactA, ownCompany), ownVacancy(), noSource, false, false},
		{"other company", contactAt(contactA, otherCompany), ownVacancy(), portalSettings(), false, false},
		{"contact without company", contactAt(contactA, 0), vacancyWith(func(v *Vacancy) { v.CompanyID = 0 }), portalSettings(), false, false},
		{"other tenant, same ids", Contact{ID: contactA, TenantID: 2, CompanyID: ownCompany}, ownVacancy(), portalSettings(), false, false},
		{"general pool vacancy", contactAt(contactA, ownCompany), vacancyWith(func(v *Vacancy) { v.Pool = PoolGeneral }), portalSettings(), false, false},
		{"company pool vacancy", contactAt(contactA, ownCompany), vacancyWith(func(v *Vacancy) { v.Pool = PoolCompany }), portalSettings(), false, false},
		{"contact without id never edits", contactAt(0, ownCompany), vacancyWith(func(v *Vacancy) { v.ContactID = 0 }), portalSettings(), true, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := ContactSeesVacancy(tt.c, tt.v, tt.s); got != tt.sees {
				t.Errorf("ContactSeesVacancy = %v, want %v", got, tt.sees)
			}
			if got := ContactEditsVacancy(tt.c, tt.v, tt.s); got != tt.eds {
				t.Errorf("ContactEditsVacancy = %v, want %v", got, tt.eds)
			}
		})
	}
}

// E4: only a contact with the configured contact relation creates vacancies.
func TestContactCreatesVacancies_E4(t *testing.T) {
	tests := []struct {
		name       string
		relation   ID
		configured ID
		want       bool
	}{
		{"configured relation", 8, 8, true},
		{"other relation", 9, 8, false},
		{"contact without relation", 0, 8, false},
		{"nothing configured, contact has a relation", 8, 0, false},
		{"nothing configured, contact has none", 0, 0, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := contactAt(contactA, ownCompany)
			c.RelationID = tt.relation
			s := portalSettings()
			s.VacancyRelationID = tt.configured
			if got := ContactCreatesVacancies(c, s); got != tt.want {
				t.Errorf("ContactCreatesVacancies = %v, want %v", got, tt.want)
			}
		})
	}
}
