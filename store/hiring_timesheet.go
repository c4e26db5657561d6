package store

import (
	"context"

	"github.com/matchpoint/matchpoint/domain"
)

// SentTimesheetsByPlacement counts the sent timesheets per placement of
// companyID on which the contact is one of the placement's contacts and the
// client's approval is asked for: the candidates for the Hiring Portal's
// 'timesheets to approve' (D4), which the service checks against
// domain.ContactSeesTimesheet placement by placement.
func (s *Store) SentTimesheetsByPlacement(ctx context.Context, contactID, companyID domain.ID) (_ map[domain.ID]int, err error) {
	defer domain.Wrap(&err, "store.SentTimesheetsByPlacement(%d)", contactID)
	tid, err := tenant(ctx)
	if err != nil {
		return nil, err
	}
	rows, err := s.r.QueryContext(ctx, `SELECT t.placement_id, COUNT(*) FROM placement_contacts pc
		JOIN placements p ON p.tenant_id = pc.tenant_id AND p.id = pc.placement_id
		JOIN timesheets t ON t.tenant_id = pc.tenant_id AND t.placement_id = pc.placement_id
		WHERE pc.tenant_id = $1 AND pc.contact_id = $2 AND p.company_id = $3 AND p.timesheet_approval AND t.status = $4
		GROUP BY t.placement_id`, tid, contactID, companyID, domain.TimesheetSent)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := map[domain.ID]int{}
	for rows.Next() {
		var id domain.ID
		var n int
		if err := rows.Scan(&id, &n); err != nil {
			return nil, err
		}
		out[id] = n
	}
	return out, rows.Err()
}
