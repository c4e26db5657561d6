package store

import (
	"context"

	"github.com/matchpoint/matchpoint/domain"
)

// CreateTimesheet inserts a timesheet for a placement's ISO week. A second
// one for the same week is a conflict.
func (s *Store) CreateTimesheet(ctx context.Context, t *domain.Timesheet) (err error) {
	defer domain.Wrap(&err, "store.CreateTimesheet(%d)", t.PlacementID)
	tid, err := tenant(ctx)
	if err != nil {
		return err
	}
	if t.Status == "" {
		t.Status = domain.TimesheetDraft
	}
	t.TenantID = tid
	t.CreatedAt = s.now()
	t.UpdatedAt = t.CreatedAt
	return translate(s.w.QueryRowContext(ctx, `INSERT INTO timesheets (tenant_id, placement_id, iso_year, iso_week, status,
		sent_at, decided_at, created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id`,
		tid, t.PlacementID, t.Year, t.Week, string(t.Status), t.SentAt, t.DecidedAt, t.CreatedAt, t.UpdatedAt).Scan(&t.ID))
}

// SaveTimesheetLines replaces the lines of a timesheet in one transaction.
// Lines with no time are not stored.
func (s *Store) SaveTimesheetLines(ctx context.Context, timesheetID domain.ID, lines []domain.TimesheetLine) (err error) {
	defer domain.Wrap(&err, "store.SaveTimesheetLines(%d)", timesheetID)
	tid, err := tenant(ctx)
	if err != nil {
		return err
	}
	return s.InTx(ctx, func(tx *Store) error {
		err := expectOne(tx.w.ExecContext(ctx, `UPDATE timesheets SET updated_at = $1 WHERE tenant_id = $2 AND id = $3`,
			tx.now(), tid, timesheetID))
		if err != nil {
			return err
		}
		if _, err := tx.w.ExecContext(ctx, `DELETE FROM timesheet_lines WHERE tenant_id = $1 AND timesheet_id = $2`, tid, timesheetID); err != nil {
			return translate(err)
		}
		for i := range lines {
			l := &lines[i]
			if l.Minutes == 0 {
				continue
			}
			l.TenantID, l.TimesheetID = tid, timesheetID
			err := tx.w.QueryRowContext(ctx, `INSERT INTO timesheet_lines (tenant_id, timesheet_id, declaration_type_id, day, minutes)
				VALUES ($1, $2, $3, $4, $5) RETURNING id`, tid, timesheetID, l.DeclarationTypeID, l.Day, l.Minutes).Scan(&l.ID)
			if err != nil {
				return translate(err)
			}
		}
		return nil
	})
}

// AddTimesheetEvent appends a comment or an approval-log entry (D5).
func (s *Store) AddTimesheetEvent(ctx context.Context, e *domain.TimesheetEvent) (err error) {
	defer domain.Wrap(&err, "store.AddTimesheetEvent(%d)", e.TimesheetID)
	tid, err := tenant(ctx)
	if err != nil {
		return err
	}
	e.TenantID = tid
	if e.At.IsZero() {
		e.At = s.now()
	}
	return translate(s.w.QueryRowContext(ctx, `INSERT INTO timesheet_events (tenant_id, timesheet_id, actor_kind, actor_id,
		actor_name, action, comment, at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
		tid, e.TimesheetID, string(e.ActorKind), e.ActorID, e.ActorName, e.Action, e.Comment, e.At).Scan(&e.ID))
}
