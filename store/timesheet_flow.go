package store

import (
	"context"
	"strings"
	"time"

	"github.com/matchpoint/matchpoint/domain"
)

// TimesheetForWeek returns the timesheet of a placement's ISO week.
func (s *Store) TimesheetForWeek(ctx context.Context, placementID domain.ID, year, week int) (_ domain.Timesheet, err error) {
	defer domain.Wrap(&err, "store.TimesheetForWeek(%d, %d-W%02d)", placementID, year, week)
	tid, err := tenant(ctx)
	if err != nil {
		return domain.Timesheet{}, err
	}
	return scanTimesheet(s.r.QueryRowContext(ctx, `SELECT `+timesheetColumns+timesheetFrom+`
		WHERE t.tenant_id = $1 AND t.placement_id = $2 AND t.iso_year = $3 AND t.iso_week = $4`, tid, placementID, year, week))
}

// EnsureTimesheet returns the timesheet of a placement's ISO week, creating
// it as a draft when there is none. Two callers racing for the same week get
// the same row: the unique (placement, year, week) decides, never a second
// timesheet.
func (s *Store) EnsureTimesheet(ctx context.Context, placementID domain.ID, year, week int) (_ domain.Timesheet, err error) {
	defer domain.Wrap(&err, "store.EnsureTimesheet(%d, %d-W%02d)", placementID, year, week)
	tid, err := tenant(ctx)
	if err != nil {
		return domain.Timesheet{}, err
	}
	now := s.now()
	_, err = s.w.ExecContext(ctx, `INSERT INTO timesheets (tenant_id, placement_id, iso_year, iso_week, status, created_at, updated_at)
		VALUES ($1, $2, $3, $4, $5, $6, $6) ON CONFLICT (tenant_id, placement_id, iso_year, iso_week) DO NOTHING`,
		tid, placementID, year, week, string(domain.TimesheetDraft), now)
	if err != nil {
		return domain.Timesheet{}, translate(err)
	}
	// Read through the writer so a transaction sees its own insert.
	return scanTimesheet(s.w.QueryRowContext(ctx, `SELECT `+timesheetColumns+timesheetFrom+`
		WHERE t.tenant_id = $1 AND t.placement_id = $2 AND t.iso_year = $3 AND t.iso_week = $4`, tid, placementID, year, week))
}

// TransitionTimesheet moves a timesheet to status to, but only while its
// status is one of from; it reports whether it did. This conditional UPDATE
// is what makes a double submit or two concurrent decisions safe: the
// database lets exactly one of them change the row. at is stored as sent_at
// for "sent" and as decided_at for "approved" and "rejected".
func (s *Store) TransitionTimesheet(ctx context.Context, id domain.ID, from []domain.TimesheetStatus, to domain.TimesheetStatus, at time.Time) (_ bool, err error) {
	defer domain.Wrap(&err, "store.TransitionTimesheet(%d, %s)", id, to)
	tid, err := tenant(ctx)
	if err != nil {
		return false, err
	}
	args := []any{string(to), at, tid, id}
	marks := make([]string, len(from))
	for i, f := range from {
		args = append(args, string(f))
		marks[i] = "$" + itoa(len(args))
	}
	set := "updated_at = $2"
	switch to {
	case domain.TimesheetSent:
		set += ", sent_at = $2, decided_at = NULL"
	case domain.TimesheetApproved, domain.TimesheetRejected:
		set += ", decided_at = $2"
	}
	res, err := s.w.ExecContext(ctx, `UPDATE timesheets SET status = $1, `+set+`
		WHERE tenant_id = $3 AND id = $4 AND status IN (`+strings.Join(marks, ", ")+`)`, args...)
	if err != nil {
		return false, translate(err)
	}
	n, err := res.RowsAffected()
	return n == 1, err
}

// TouchEditableTimesheet marks a timesheet changed, but only while it is a
// draft or rejected; it reports whether it was. Saving lines runs it first in
// the same transaction, so lines never change under a sent or approved
// timesheet even when a submit or a decision races the save.
func (s *Store) TouchEditableTimesheet(ctx context.Context, id domain.ID) (_ bool, err error) {
	defer domain.Wrap(&err, "store.TouchEditableTimesheet(%d)", id)
	tid, err := tenant(ctx)
	if err != nil {
		return false, err
	}
	res, err := s.w.ExecContext(ctx, `UPDATE timesheets SET updated_at = $1 WHERE tenant_id = $2 AND id = $3 AND status IN ($4, $5)`,
		s.now(), tid, id, string(domain.TimesheetDraft), string(domain.TimesheetRejected))
	if err != nil {
		return false, translate(err)
	}
	n, err := res.RowsAffected()
	return n == 1, err
}
