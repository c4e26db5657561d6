package store

import (
	"context"

	"github.com/matchpoint/matchpoint/domain"
)

// The placement form offers companies, their contacts and their vacancies as
// choices. These lookups return only what a choice needs (id and name).

// PlacementCompanyChoices lists up to limit client companies by name, and
// always includes company include (the one already chosen) when set.
func (s *Store) PlacementCompanyChoices(ctx context.Context, include domain.ID, limit int) (_ []domain.Company, err error) {
	defer domain.Wrap(&err, "store.PlacementCompanyChoices")
	tid, err := tenant(ctx)
	if err != nil {
		return nil, err
	}
	rows, err := s.r.QueryContext(ctx, `SELECT id, name FROM companies WHERE tenant_id = $1 AND (kind = 'client' OR id = $2)
		ORDER BY lower(name), id LIMIT $3`, tid, include, limit)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []domain.Company
	found := include == 0
	for rows.Next() {
		c := domain.Company{TenantID: tid}
		if err := rows.Scan(&c.ID, &c.Name); err != nil {
			return nil, err
		}
		found = found || c.ID == include
		out = append(out, c)
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	if !found {
		c := domain.Company{ID: include, TenantID: tid}
		err := s.r.QueryRowContext(ctx, `SELECT name FROM companies WHERE tenant_id = $1 AND id = $2`, tid, include).Scan(&c.Name)
		if err != nil {
			return nil, translate(err)
		}
		out = append(out, c)
	}
	return out, nil
}

// PlacementContactChoices lists the contacts of a company by name.
func (s *Store) PlacementContactChoices(ctx context.Context, companyID domain.ID) (_ []domain.Contact, err error) {
	defer domain.Wrap(&err, "store.PlacementContactChoices(%d)", companyID)
	tid, err := tenant(ctx)
	if err != nil {
		return nil, err
	}
	rows, err := s.r.QueryContext(ctx, `SELECT id, company_id, first_name, last_name FROM contacts
		WHERE tenant_id = $1 AND company_id = $2 ORDER BY last_name, first_name, id`, tid, companyID)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []domain.Contact
	for rows.Next() {
		c := domain.Contact{TenantID: tid}
		if err := rows.Scan(&c.ID, &c.CompanyID, &c.FirstName, &c.LastName); err != nil {
			return nil, err
		}
		out = append(out, c)
	}
	return out, rows.Err()
}

// PlacementVacancyChoices lists the vacancies of a company, newest first.
func (s *Store) PlacementVacancyChoices(ctx context.Context, companyID domain.ID) (_ []domain.Vacancy, err error) {
	defer domain.Wrap(&err, "store.PlacementVacancyChoices(%d)", companyID)
	tid, err := tenant(ctx)
	if err != nil {
		return nil, err
	}
	rows, err := s.r.QueryContext(ctx, `SELECT id, company_id, title FROM vacancies
		WHERE tenant_id = $1 AND company_id = $2 ORDER BY id DESC LIMIT 200`, tid, companyID)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []domain.Vacancy
	for rows.Next() {
		v := domain.Vacancy{TenantID: tid}
		if err := rows.Scan(&v.ID, &v.CompanyID, &v.Title); err != nil {
			return nil, err
		}
		out = append(out, v)
	}
	return out, rows.Err()
}
