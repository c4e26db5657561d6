package store

import (
	"context"

	"github.com/matchpoint/matchpoint/domain"
)

// subjectTables maps each subject kind to the table that holds its records.
// The names are constants, never input, so they are safe to splice into SQL.
var subjectTables = map[domain.SubjectKind]string{
	domain.SubjectCandidate: "candidates",
	domain.SubjectCompany:   "companies",
	domain.SubjectContact:   "contacts",
	domain.SubjectVacancy:   "vacancies",
	domain.SubjectMatch:     "matches",
	domain.SubjectPlacement: "placements",
	domain.SubjectTimesheet: "timesheets",
	domain.SubjectInvoice:   "invoices", // a self-billing invoice's documents (issue 17)
}

// checkSubject returns domain.ErrNotFound unless the record an attachment or
// note hangs on exists in the tenant: subjects have no foreign key of their
// own, so this check is what keeps a note off another tenant's record.
func (s *Store) checkSubject(ctx context.Context, tid domain.ID, kind domain.SubjectKind, id domain.ID) error {
	table, ok := subjectTables[kind]
	if !ok {
		return domain.ErrNotFound
	}
	var one int
	err := s.r.QueryRowContext(ctx, `SELECT 1 FROM `+table+` WHERE tenant_id = $1 AND id = $2`, tid, id).Scan(&one)
	return translate(err)
}
