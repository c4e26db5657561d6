package store

import (
	"context"

	"github.com/matchpoint/matchpoint/domain"
)

// ReminderTarget is a placement whose candidate may be reminded of a week's
// timesheet, with what the mail needs.
type ReminderTarget struct {
	Placement   domain.Placement
	Email       string
	Language    string
	TimesheetID domain.ID // 0 = no timesheet started
}

// ReminderTargets lists, by placement id after afterID, the placements
// running on today whose candidate's status grants timesheets (B1), who has
// an address and has not restricted or objected to processing (F2), whose
// timesheet of the ISO week was not sent (none, or a draft), and who was not
// reminded of that week yet. The caller still applies D1 to each.
func (s *Store) ReminderTargets(ctx context.Context, year, week int, today domain.Date, afterID domain.ID, limit int) (_ []ReminderTarget, err error) {
	defer domain.Wrap(&err, "store.ReminderTargets(%d-W%02d)", year, week)
	tid, err := tenant(ctx)
	if err != nil {
		return nil, err
	}
	rows, err := s.r.QueryContext(ctx, `SELECT `+placementColumns+`, ca.email, ca.language, COALESCE(t.id, 0)`+placementFrom+`
		JOIN candidate_statuses cs ON cs.tenant_id = ca.tenant_id AND cs.id = ca.status_id
		LEFT JOIN timesheets t ON t.tenant_id = p.tenant_id AND t.placement_id = p.id AND t.iso_year = $2 AND t.iso_week = $3
		WHERE p.tenant_id = $1 AND p.id > $5 AND p.start_date <= $4 AND (p.end_date IS NULL OR p.end_date >= $4)
		  AND cs.timesheets AND ca.email <> '' AND NOT ca.restricted AND NOT ca.objected AND ca.anonymised_at IS NULL
		  AND (t.id IS NULL OR t.status = $6)
		  AND NOT EXISTS (SELECT 1 FROM timesheet_reminders r WHERE r.tenant_id = p.tenant_id AND r.placement_id = p.id
		      AND r.iso_year = $2 AND r.iso_week = $3)
		ORDER BY p.id LIMIT $7`, tid, year, week, today, afterID, string(domain.TimesheetDraft), limit)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []ReminderTarget
	for rows.Next() {
		var r ReminderTarget
		var first, last string
		p := &r.Placement
		err := rows.Scan(&p.ID, &p.TenantID, &p.CandidateID, &p.CompanyID, scanID{&p.VacancyID}, &p.Title, &p.StartDate, &p.EndDate,
			&p.TimesheetApproval, &p.CreatedAt, &p.UpdatedAt, &first, &last, &p.CompanyName, &r.Email, &r.Language, &r.TimesheetID)
		if err != nil {
			return nil, translate(err)
		}
		p.CandidateName = domain.Candidate{FirstName: first, LastName: last}.Name()
		out = append(out, r)
	}
	return out, rows.Err()
}

// RecordReminder notes that the candidate of a placement was reminded of a
// week; it reports false when that was noted before, so a reminder goes out
// at most once per week even with several processes running the job.
func (s *Store) RecordReminder(ctx context.Context, placementID domain.ID, year, week int) (_ bool, err error) {
	defer domain.Wrap(&err, "store.RecordReminder(%d, %d-W%02d)", placementID, year, week)
	tid, err := tenant(ctx)
	if err != nil {
		return false, err
	}
	res, err := s.w.ExecContext(ctx, `INSERT INTO timesheet_reminders (tenant_id, placement_id, iso_year, iso_week, sent_at)
		VALUES ($1, $2, $3, $4, $5) ON CONFLICT (tenant_id, placement_id, iso_year, iso_week) DO NOTHING`,
		tid, placementID, year, week, s.now())
	if err != nil {
		return false, translate(err)
	}
	n, err := res.RowsAffected()
	return n == 1, err
}

// RemindersSent counts the reminders noted for a week.
func (s *Store) RemindersSent(ctx context.Context, year, week int) (_ int, err error) {
	defer domain.Wrap(&err, "store.RemindersSent(%d-W%02d)", year, week)
	tid, err := tenant(ctx)
	if err != nil {
		return 0, err
	}
	var n int
	err = s.r.QueryRowContext(ctx, `SELECT COUNT(*) FROM timesheet_reminders WHERE tenant_id = $1 AND iso_year = $2 AND iso_week = $3`,
		tid, year, week).Scan(&n)
	return n, translate(err)
}

// ReminderRunFinished reports whether the reminder run of a week finished.
func (s *Store) ReminderRunFinished(ctx context.Context, year, week int) (_ bool, err error) {
	defer domain.Wrap(&err, "store.ReminderRunFinished(%d-W%02d)", year, week)
	tid, err := tenant(ctx)
	if err != nil {
		return false, err
	}
	var n int
	err = s.r.QueryRowContext(ctx, `SELECT COUNT(*) FROM timesheet_reminder_runs WHERE tenant_id = $1 AND iso_year = $2 AND iso_week = $3`,
		tid, year, week).Scan(&n)
	return n > 0, translate(err)
}

// FinishReminderRun notes that the reminder run of a week finished.
func (s *Store) FinishReminderRun(ctx context.Context, year, week int) (err error) {
	defer domain.Wrap(&err, "store.FinishReminderRun(%d-W%02d)", year, week)
	tid, err := tenant(ctx)
	if err != nil {
		return err
	}
	_, err = s.w.ExecContext(ctx, `INSERT INTO timesheet_reminder_runs (tenant_id, iso_year, iso_week, finished_at)
		VALUES ($1, $2, $3, $4) ON CONFLICT (tenant_id, iso_year, iso_week) DO NOTHING`, tid, year, week, s.now())
	return translate(err)
}
