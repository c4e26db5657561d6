package domain

import (
	"errors"
	"testing"
	"time"
)

// E5, E7: proposed candidates show in the portal for the vacancy's contact
// while their phase is visible, and for good once approved.
func TestContactSeesMatch_E5_E7(t *testing.T) {
	approved := time.Date(2025, time.March, 1, 10, 0, 0, 0, time.UTC)
	visible := Phase{ID: 60, VisibleInPortal: true}
	hidden := Phase{ID: 61}
	match := Match{ID: 70, VacancyID: 40, PhaseID: visible.ID}
	matchIn := func(phaseID ID, approvedAt *time.Time) Match {
		m := match
		m.PhaseID = phaseID
		m.ApprovedAt = approvedAt
		return m
	}
	tests := []struct {
		name  string
		c     Contact
		v     Vacancy
		m     Match
		phase Phase
		want  bool
	}{
		{"E5 visible phase, vacancy's contact", contactAt(contactA, ownCompany), ownVacancy(), match, visible, true},
		{"E5 hidden phase", contactAt(contactA, ownCompany), ownVacancy(), matchIn(hidden.ID, nil), hidden, false},
		{"E5 phase given is not the match's phase", contactAt(contactA, ownCompany), ownVacancy(), matchIn(hidden.ID, nil), visible, false},
		{"E5 zero phase", contactAt(contactA, ownCompany), ownVacancy(), matchIn(0, nil), Phase{VisibleInPortal: true}, false},
		{"E7 approved, now in hidden phase", contactAt(contactA, ownCompany), ownVacancy(), matchIn(hidden.ID, &approved), hidden, true},
		{"E7 approved, phase not loaded", contactAt(contactA, ownCompany), ownVacancy(), matchIn(hidden.ID, &approved), Phase{}, true},
		{"colleague of the vacancy's contact", contactAt(contactB, ownCompany), ownVacancy(), match, visible, false},
		{"colleague, approved match", contactAt(contactB, ownCompany), ownVacancy(), matchIn(visible.ID, &approved), visible, false},
		{"vacancy without contact", contactAt(contactA, ownCompany), vacancyWith(func(v *Vacancy) { v.ContactID = 0 }), match, visible, false},
		{"contact without id", contactAt(0, ownCompany), vacancyWith(func(v *Vacancy) { v.ContactID = 0 }), match, visible, false},
		{"contact moved to another company", contactAt(contactA, otherCompany), ownVacancy(), match, visible, false},
		{"other tenant, same ids", Contact{ID: contactA, TenantID: 2, CompanyID: ownCompany}, ownVacancy(), match, visible, false},
		{"match of another vacancy", contactAt(contactA, ownCompany), ownVacancy(), Match{VacancyID: 41, PhaseID: visible.ID}, visible, false},
		{"general pool vacancy", contactAt(contactA, ownCompany), vacancyWith(func(v *Vacancy) { v.Pool = PoolGeneral }), match, visible, false},
		{"company pool vacancy", contactAt(contactA, ownCompany), vacancyWith(func(v *Vacancy) { v.Pool = PoolCompany }), matchIn(visible.ID, &approved), visible, false},
		// Issue 15: one rule with E3: no decision offered on a vacancy the
		// contact cannot open.
		{"vacancy without the portal source", contactAt(contactA, ownCompany), vacancyWith(func(v *Vacancy) { v.SourceID = portalSource + 1 }), match, visible, false},
		{"approved, vacancy lost the portal source", contactAt(contactA, ownCompany), vacancyWith(func(v *Vacancy) { v.SourceID = 0 }), matchIn(visible.ID, &approved), visible, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := ContactSeesMatch(tt.c, tt.v, tt.m, tt.phase, portalSettings()); got != tt.want {
				t.Errorf("ContactSeesMatch = %v, want %v", got, tt.want)
			}
		})
	}
}

func generalPool() Vacancy {
	return Vacancy{ID: 90, TenantID: 1, CompanyID: 99, ContactID: 98, Pool: PoolGeneral, Status: VacancyOpen}
}

func companyPool() Vacancy {
	return Vacancy{ID: 91, TenantID: 1, CompanyID: ownCompany, Pool: PoolCompany, Status: VacancyOpen}
}

// E8: the general pool is for every contact, a company pool for that
// company's contacts only.
func TestContactSeesPool_E8(t *testing.T) {
	tests := []struct {
		name string
		c    Contact
		pool Vacancy
		want bool
	}{
		{"general pool, any company", contactAt(contactA, otherCompany), generalPool(), true},
		{"general pool, own company", contactAt(contactA, ownCompany), generalPool(), true},
		{"general pool, other tenant", Contact{ID: contactA, TenantID: 2, CompanyID: ownCompany}, generalPool(), false},
		{"general pool, no contact", Contact{TenantID: 1}, generalPool(), false},
		{"company pool, own company", contactAt(contactA, ownCompany), companyPool(), true},
		{"company pool, other company", contactAt(contactA, otherCompany), companyPool(), false},
		{"company pool, other tenant", Contact{ID: contactA, TenantID: 2, CompanyID: ownCompany}, companyPool(), false},
		{"company pool, contact without company", contactAt(contactA, 0), Vacancy{TenantID: 1, Pool: PoolCompany}, false},
		{"ordinary vacancy is no pool", contactAt(contactA, ownCompany), ownVacancy(), false},
		{"unknown pool kind", contactAt(contactA, ownCompany), vacancyWith(func(v *Vacancy) { v.Pool = "regional" }), false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := ContactSeesPool(tt.c, tt.pool); got != tt.want {
				t.Errorf("ContactSeesPool = %v, want %v", got, tt.want)
			}
		})
	}
}

// E9: 'match with my vacancies' from a pool candidate.
func TestCanMatchFromPool_E9(t *testing.T) {
	noPhase := portalSettings()
	noPhase.PoolMatchPhaseID = 0
	tests := []struct {
		name   string
		c      Contact
		pool   Vacancy
		target Vacancy
		s      Settings
		kind   Kind
		key    string // "" = allowed
	}{
		{"general pool to own vacancy", contactAt(contactA, ownCompany), generalPool(), ownVacancy(), portalSettings(), 0, ""},
		{"company pool to own vacancy", contactAt(contactA, ownCompany), companyPool(), ownVacancy(), portalSettings(), 0, ""},
		{"pool of another company", contactAt(contactA, otherCompany), companyPool(), vacancyWith(func(v *Vacancy) { v.CompanyID = otherCompany }), portalSettings(), KindForbidden, KeyPoolNotVisible},
		{"pool is an ordinary vacancy", contactAt(contactA, ownCompany), ownVacancy(), ownVacancy(), portalSettings(), KindForbidden, KeyPoolNotVisible},
		{"target is a colleague's vacancy", contactAt(contactB, ownCompany), generalPool(), ownVacancy(), portalSettings(), KindForbidden, KeyNotOwnVacancy},
		{"target without portal source", contactAt(contactA, ownCompany), generalPool(), vacancyWith(func(v *Vacancy) { v.SourceID = 0 }), portalSettings(), KindForbidden, KeyNotOwnVacancy},
		{"target is a pool", contactAt(contactA, ownCompany), generalPool(), vacancyWith(func(v *Vacancy) { v.Pool = PoolCompany }), portalSettings(), KindForbidden, KeyNotOwnVacancy},
		{"target closed", contactAt(contactA, ownCompany), generalPool(), vacancyWith(func(v *Vacancy) { v.Status = VacancyClosed }), portalSettings(), KindInvalid, KeyVacancyClosed},
		{"no pool-match phase configured", contactAt(contactA, ownCompany), generalPool(), ownVacancy(), noPhase, KindInvalid, KeyPoolPhaseNotSet},
		{"pool check comes first", contactAt(contactB, otherCompany), companyPool(), vacancyWith(func(v *Vacancy) { v.Status = VacancyClosed }), noPhase, KindForbidden, KeyPoolNotVisible},
		{"closed beats missing phase", contactAt(contactA, ownCompany), generalPool(), vacancyWith(func(v *Vacancy) { v.Status = VacancyClosed }), noPhase, KindInvalid, KeyVacancyClosed},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := CanMatchFromPool(tt.c, tt.pool, tt.target, tt.s)
			if tt.key == "" {
				if err != nil {
					t.Fatalf("CanMatchFromPool = %v, want nil", err)
				}
				return
			}
			var e *Error
			if !errors.As(err, &e) {
				t.Fatalf("CanMatchFromPool = %v, want *Error %q", err, tt.key)
			}
			if e.Kind != tt.kind || e.Key != tt.key {
				t.Errorf("CanMatchFromPool = kind %d key %q, want kind %d key %q", e.Kind, e.Key, tt.kind, tt.key)
			}
			if KindOf(err) != tt.kind || KeyOf(err) != tt.key {
				t.Errorf("KindOf/KeyOf = %d/%q, want %d/%q", KindOf(err), KeyOf(err), tt.kind, tt.key)
			}
		})
	}
}
