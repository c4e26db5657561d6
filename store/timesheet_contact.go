package store

import (
	"context"

	"github.com/matchpoint/matchpoint/domain"
)

// ContactTimesheetFilter selects a contact's timesheets in the Hiring Portal.
type ContactTimesheetFilter struct {
	ContactID domain.ID
	Today     domain.Date
	Status    domain.TimesheetStatus // "" = sent, approved and rejected
	Limit     int
	Offset    int
}

// ContactTimesheets lists, latest week first, the timesheets the contact
// may see by D4 on Today, in SQL so that the list pages in the database:
// the contact is on the placement, the timesheet has left draft, the
// placement runs, requires the client's approval, and has a current rate
// that is not 'no invoicing'. The service confirms each row with
// domain.ContactSeesTimesheet. It fetches one more than Limit to tell
// whether a next page exists.
func (s *Store) ContactTimesheets(ctx context.Context, f ContactTimesheetFilter) (_ []domain.Timesheet, more bool, err error) {
	defer domain.Wrap(&err, "store.ContactTimesheets(%d)", f.ContactID)
	tid, err := tenant(ctx)
	if err != nil {
		return nil, false, err
	}
	if f.Limit <= 0 || f.Limit > 200 {
		f.Limit = 50
	}
	statusCond := `t.status IN ('sent', 'approved', 'rejected')`
	args := []any{tid, f.ContactID, f.Today, f.Limit + 1, f.Offset}
	if f.Status != "" {
		statusCond = `t.status = $6`
		args = append(args, string(f.Status))
	}
	rows, err := s.r.QueryContext(ctx, `SELECT `+timesheetColumns+timesheetFrom+`
		JOIN placement_contacts pc ON pc.tenant_id = t.tenant_id AND pc.placement_id = t.placement_id AND pc.contact_id = $2
		WHERE t.tenant_id = $1 AND `+statusCond+` AND p.timesheet_approval
		  AND p.start_date <= $3 AND (p.end_date IS NULL OR p.end_date >= $3)
		  AND EXISTS (SELECT 1 FROM rates r WHERE r.tenant_id = p.tenant_id AND r.placement_id = p.id AND NOT r.no_invoicing
		      AND r.start_date <= $3 AND (r.end_date IS NULL OR r.end_date >= $3))
		ORDER BY t.iso_year DESC, t.iso_week DESC, t.id DESC LIMIT $4 OFFSET $5`, args...)
	if err != nil {
		return nil, false, err
	}
	defer rows.Close()
	var out []domain.Timesheet
	for rows.Next() {
		t, err := scanTimesheet(rows)
		if err != nil {
			return nil, false, err
		}
		out = append(out, t)
	}
	if len(out) > f.Limit {
		return out[:f.Limit], true, rows.Err()
	}
	return out, false, rows.Err()
}
