package store

import (
	"context"

	"github.com/matchpoint/matchpoint/domain"
)

// maxChoices bounds a select; a tenant with more companies picks by id.
const maxChoices = 1000

// VacancyCompanyChoices lists the companies a vacancy can be for, by name.
func (s *Store) VacancyCompanyChoices(ctx context.Context) (_ []Choice, err error) {
	defer domain.Wrap(&err, "store.VacancyCompanyChoices")
	tid, err := tenant(ctx)
	if err != nil {
		return nil, err
	}
	return s.choices(ctx, `SELECT id, name FROM companies WHERE tenant_id = $1 ORDER BY name, id LIMIT `+itoa(maxChoices), tid)
}

// VacancyContactChoices lists the contacts of a company, by name.
func (s *Store) VacancyContactChoices(ctx context.Context, companyID domain.ID) (_ []Choice, err error) {
	defer domain.Wrap(&err, "store.VacancyContactChoices(%d)", companyID)
	tid, err := tenant(ctx)
	if err != nil {
		return nil, err
	}
	return s.choices(ctx, `SELECT id, first_name || ' ' || last_name FROM contacts WHERE tenant_id = $1 AND company_id = $2
		ORDER BY last_name, first_name, id LIMIT `+itoa(maxChoices), tid, companyID)
}

// VacancyDepartmentChoices lists the departments of a company, by name.
func (s *Store) VacancyDepartmentChoices(ctx context.Context, companyID domain.ID) (_ []Choice, err error) {
	defer domain.Wrap(&err, "store.VacancyDepartmentChoices(%d)", companyID)
	tid, err := tenant(ctx)
	if err != nil {
		return nil, err
	}
	return s.choices(ctx, `SELECT id, name FROM departments WHERE tenant_id = $1 AND company_id = $2
		ORDER BY name, id LIMIT `+itoa(maxChoices), tid, companyID)
}
