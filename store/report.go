package store

import (
	"context"

	"github.com/matchpoint/matchpoint/domain"
)

// PhaseCount is how many matches stand in one phase.
type PhaseCount struct {
	ProcedureName string
	PhaseID       domain.ID
	PhaseName     string
	Position      int
	Count         int
}

// Pipeline counts the matches per phase on open vacancies that are not
// talent pools, in procedure and phase order; vacancyID narrows it to one
// vacancy (then also when closed). Phases without matches count 0 (G5).
func (s *Store) Pipeline(ctx context.Context, vacancyID domain.ID) (_ []PhaseCount, err error) {
	defer domain.Wrap(&err, "store.Pipeline(%d)", vacancyID)
	tid, err := tenant(ctx)
	if err != nil {
		return nil, err
	}
	vacancies := `SELECT id, procedure_id FROM vacancies WHERE tenant_id = $1 AND status = 'open' AND pool = ''`
	args := []any{tid}
	if vacancyID != 0 {
		vacancies = `SELECT id, procedure_id FROM vacancies WHERE tenant_id = $1 AND id = $2`
		args = append(args, vacancyID)
	}
	rows, err := s.r.QueryContext(ctx, `SELECT pr.name, ph.id, ph.name, ph.position, COUNT(m.id)
		FROM phases ph
		JOIN procedures pr ON pr.tenant_id = ph.tenant_id AND pr.id = ph.procedure_id
		LEFT JOIN matches m ON m.tenant_id = ph.tenant_id AND m.phase_id = ph.id
			AND m.vacancy_id IN (SELECT id FROM (`+vacancies+`) v)
		WHERE ph.tenant_id = $1 AND ph.procedure_id IN (SELECT procedure_id FROM (`+vacancies+`) v2)
		GROUP BY pr.name, pr.id, ph.id, ph.name, ph.position
		ORDER BY pr.name, pr.id, ph.position, ph.id`, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []PhaseCount
	for rows.Next() {
		var p PhaseCount
		if err := rows.Scan(&p.ProcedureName, &p.PhaseID, &p.PhaseName, &p.Position, &p.Count); err != nil {
			return nil, err
		}
		out = append(out, p)
	}
	return out, rows.Err()
}

// WeekMinutes is the time written in one ISO week.
type WeekMinutes struct {
	Year, Week int
	Minutes    int
}

// HoursPerWeek sums the minutes of sent and approved timesheets per ISO week
// from the week of since on, oldest first (G5).
func (s *Store) HoursPerWeek(ctx context.Context, since domain.Date) (_ []WeekMinutes, err error) {
	defer domain.Wrap(&err, "store.HoursPerWeek")
	tid, err := tenant(ctx)
	if err != nil {
		return nil, err
	}
	y, w := since.ISOWeek()
	rows, err := s.r.QueryContext(ctx, `SELECT t.iso_year, t.iso_week, COALESCE(SUM(l.minutes), 0)
		FROM timesheets t
		JOIN timesheet_lines l ON l.tenant_id = t.tenant_id AND l.timesheet_id = t.id
		WHERE t.tenant_id = $1 AND t.status IN ('sent', 'approved')
			AND (t.iso_year > $2 OR (t.iso_year = $2 AND t.iso_week >= $3))
		GROUP BY t.iso_year, t.iso_week
		ORDER BY t.iso_year, t.iso_week`, tid, y, w)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []WeekMinutes
	for rows.Next() {
		var wm WeekMinutes
		if err := rows.Scan(&wm.Year, &wm.Week, &wm.Minutes); err != nil {
			return nil, err
		}
		out = append(out, wm)
	}
	return out, rows.Err()
}
