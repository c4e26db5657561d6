package store

import (
	"context"
	"strings"

	"github.com/matchpoint/matchpoint/domain"
)

const timesheetColumns = `t.id, t.tenant_id, t.placement_id, t.iso_year, t.iso_week, t.status, t.sent_at, t.decided_at,
	t.created_at, t.updated_at, ca.id, ca.first_name, ca.last_name, co.name, p.title,
	(SELECT COALESCE(SUM(l.minutes), 0) FROM timesheet_lines l WHERE l.tenant_id = t.tenant_id AND l.timesheet_id = t.id)`

const timesheetFrom = ` FROM timesheets t
	JOIN placements p ON p.tenant_id = t.tenant_id AND p.id = t.placement_id
	JOIN candidates ca ON ca.tenant_id = p.tenant_id AND ca.id = p.candidate_id
	JOIN companies co ON co.tenant_id = p.tenant_id AND co.id = p.company_id`

func scanTimesheet(row interface{ Scan(...any) error }) (domain.Timesheet, error) {
	var t domain.Timesheet
	var first, last string
	err := row.Scan(&t.ID, &t.TenantID, &t.PlacementID, &t.Year, &t.Week, &t.Status, &t.SentAt, &t.DecidedAt,
		&t.CreatedAt, &t.UpdatedAt, &t.CandidateID, &first, &last, &t.CompanyName, &t.PlacementTitle, &t.TotalMinutes)
	t.CandidateName = domain.Candidate{FirstName: first, LastName: last}.Name()
	return t, translate(err)
}

// Timesheet returns one timesheet of the tenant with the names of its
// placement and its total time.
func (s *Store) Timesheet(ctx context.Context, id domain.ID) (t domain.Timesheet, err error) {
	defer domain.Wrap(&err, "store.Timesheet(%d)", id)
	defer func() { noteTimesheets(ctx, []domain.Timesheet{t}) }() // F4
	tid, err := tenant(ctx)
	if err != nil {
		return domain.Timesheet{}, err
	}
	return scanTimesheet(s.r.QueryRowContext(ctx, `SELECT `+timesheetColumns+timesheetFrom+` WHERE t.tenant_id = $1 AND t.id = $2`, tid, id))
}

// TimesheetFilter selects timesheets for a list.
type TimesheetFilter struct {
	Status      domain.TimesheetStatus
	Year        int // ISO year; 0 = any
	Week        int // ISO week; 0 = any
	CompanyID   domain.ID
	CandidateID domain.ID
	// Candidate is part of the candidate's name.
	Candidate   string
	PlacementID domain.ID
	Limit       int
	Offset      int
}

// Timesheets lists timesheets, latest week first. It fetches one more than
// Limit to tell whether a next page exists.
func (s *Store) Timesheets(ctx context.Context, f TimesheetFilter) (list []domain.Timesheet, more bool, err error) {
	defer domain.Wrap(&err, "store.Timesheets")
	defer func() { noteTimesheets(ctx, list) }() // F4
	tid, err := tenant(ctx)
	if err != nil {
		return nil, false, err
	}
	if f.Limit <= 0 || f.Limit > 200 {
		f.Limit = 50
	}
	where := []string{"t.tenant_id = $1"}
	args := []any{tid}
	arg := func(v any) string {
		args = append(args, v)
		return "$" + itoa(len(args))
	}
	if f.Status != "" {
		where = append(where, "t.status = "+arg(string(f.Status)))
	}
	if f.Year != 0 {
		where = append(where, "t.iso_year = "+arg(f.Year))
	}
	if f.Week != 0 {
		where = append(where, "t.iso_week = "+arg(f.Week))
	}
	if f.CompanyID != 0 {
		where = append(where, "p.company_id = "+arg(f.CompanyID))
	}
	if f.CandidateID != 0 {
		where = append(where, "p.candidate_id = "+arg(f.CandidateID))
	}
	if f.PlacementID != 0 {
		where = append(where, "t.placement_id = "+arg(f.PlacementID))
	}
	if q := strings.TrimSpace(f.Candidate); q != "" {
		where = append(where, `lower(ca.first_name || ' ' || ca.last_name) LIKE `+arg(likePattern(q))+` ESCAPE '\'`)
	}
	query := `SELECT ` + timesheetColumns + timesheetFrom + ` WHERE ` + strings.Join(where, " AND ") +
		` ORDER BY t.iso_year DESC, t.iso_week DESC, t.id DESC LIMIT ` + arg(f.Limit+1) + ` OFFSET ` + arg(f.Offset)
	rows, err := s.r.QueryContext(ctx, query, args...)
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

// TimesheetLines lists a timesheet's lines by declaration type and day.
func (s *Store) TimesheetLines(ctx context.Context, timesheetID domain.ID) (_ []domain.TimesheetLine, err error) {
	defer domain.Wrap(&err, "store.TimesheetLines(%d)", timesheetID)
	tid, err := tenant(ctx)
	if err != nil {
		return nil, err
	}
	rows, err := s.r.QueryContext(ctx, `SELECT l.id, l.tenant_id, l.timesheet_id, l.declaration_type_id, l.day, l.minutes, d.name
		FROM timesheet_lines l JOIN declaration_types d ON d.tenant_id = l.tenant_id AND d.id = l.declaration_type_id
		WHERE l.tenant_id = $1 AND l.timesheet_id = $2 ORDER BY lower(d.name), d.id, l.day`, tid, timesheetID)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []domain.TimesheetLine
	for rows.Next() {
		var l domain.TimesheetLine
		if err := rows.Scan(&l.ID, &l.TenantID, &l.TimesheetID, &l.DeclarationTypeID, &l.Day, &l.Minutes, &l.DeclarationTypeName); err != nil {
			return nil, err
		}
		out = append(out, l)
	}
	return out, rows.Err()
}

// TimesheetEvents lists a timesheet's comments and approval log, oldest first.
func (s *Store) TimesheetEvents(ctx context.Context, timesheetID domain.ID) (_ []domain.TimesheetEvent, err error) {
	defer domain.Wrap(&err, "store.TimesheetEvents(%d)", timesheetID)
	tid, err := tenant(ctx)
	if err != nil {
		return nil, err
	}
	rows, err := s.r.QueryContext(ctx, `SELECT id, tenant_id, timesheet_id, actor_kind, actor_id, actor_name, action, comment, at
		FROM timesheet_events WHERE tenant_id = $1 AND timesheet_id = $2 ORDER BY at, id`, tid, timesheetID)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []domain.TimesheetEvent
	for rows.Next() {
		var e domain.TimesheetEvent
		if err := rows.Scan(&e.ID, &e.TenantID, &e.TimesheetID, &e.ActorKind, &e.ActorID, &e.ActorName, &e.Action, &e.Comment, &e.At); err != nil {
			return nil, err
		}
		out = append(out, e)
	}
	return out, rows.Err()
}
