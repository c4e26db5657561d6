package store

import (
	"context"

	"github.com/matchpoint/matchpoint/domain"
)

// PortalVacancyFilter selects the vacancies a contact sees in the Hiring
// Portal (E3): those of its company with the portal source, never a talent
// pool. A zero CompanyID or SourceID selects nothing, so a missing setting
// fails closed.
type PortalVacancyFilter struct {
	CompanyID domain.ID
	SourceID  domain.ID
	ContactID domain.ID            // 0 = any contact; else only the vacancies it is contact of
	Status    domain.VacancyStatus // "" = any
	Limit     int
	Offset    int
}

// where returns the filter's condition over vacancies v with its arguments,
// the tenant first.
func (f PortalVacancyFilter) where(tid domain.ID) (string, []any) {
	cond := `v.tenant_id = $1 AND v.company_id = $2 AND v.source_id = $3 AND v.pool = ''`
	args := []any{tid, f.CompanyID, f.SourceID}
	if f.ContactID != 0 {
		args = append(args, f.ContactID)
		cond += ` AND v.contact_id = $` + itoa(len(args))
	}
	if f.Status != "" {
		args = append(args, f.Status)
		cond += ` AND v.status = $` + itoa(len(args))
	}
	return cond, args
}

// PortalVacancies lists the vacancies of f, newest first; more reports
// whether a next page exists.
func (s *Store) PortalVacancies(ctx context.Context, f PortalVacancyFilter) (_ []domain.Vacancy, more bool, err error) {
	defer domain.Wrap(&err, "store.PortalVacancies(%d)", f.CompanyID)
	tid, err := tenant(ctx)
	if err != nil {
		return nil, false, err
	}
	if f.CompanyID == 0 || f.SourceID == 0 {
		return nil, false, nil
	}
	if f.Limit <= 0 || f.Limit > 200 {
		f.Limit = 50
	}
	if f.Offset < 0 {
		f.Offset = 0
	}
	cond, args := f.where(tid)
	args = append(args, f.Limit+1, f.Offset)
	// The page's ids are picked on the portal index alone; only its rows
	// are joined to the names they refer to.
	rows, err := s.r.QueryContext(ctx, `SELECT `+vacancyColumns+vacancyFrom+` WHERE v.tenant_id = $1 AND v.id IN (
		SELECT v.id FROM vacancies v WHERE `+cond+` ORDER BY v.id DESC LIMIT $`+itoa(len(args)-1)+` OFFSET $`+itoa(len(args))+`)
		ORDER BY v.id DESC`, args...)
	if err != nil {
		return nil, false, err
	}
	defer rows.Close()
	var out []domain.Vacancy
	for rows.Next() {
		v, err := scanVacancy(rows)
		if err != nil {
			return nil, false, err
		}
		out = append(out, v)
	}
	if len(out) > f.Limit {
		return out[:f.Limit], true, rows.Err()
	}
	return out, false, rows.Err()
}

// CountPortalVacancies counts the vacancies of f.
func (s *Store) CountPortalVacancies(ctx context.Context, f PortalVacancyFilter) (n int, err error) {
	defer domain.Wrap(&err, "store.CountPortalVacancies(%d)", f.CompanyID)
	tid, err := tenant(ctx)
	if err != nil {
		return 0, err
	}
	if f.CompanyID == 0 || f.SourceID == 0 {
		return 0, nil
	}
	cond, args := f.where(tid)
	err = s.r.QueryRowContext(ctx, `SELECT COUNT(*) FROM vacancies v WHERE `+cond, args...).Scan(&n)
	return n, translate(err)
}
