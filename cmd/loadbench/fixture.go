package main

import (
	"context"
	"database/sql"
	"fmt"
	"time"
)

// fixture is what the harness looks up in the database before the run:
// which records the pages show. Everything else goes through HTTP.
type fixture struct {
	tenantID     int64
	candidateIDs []int64 // spread evenly over the agency's candidates
	email        string  // of a candidate in the middle of the table
	vacancyIDs   []int64 // the vacancies with the longest pipelines
	placementID  int64   // the demo candidate's placement that needs client approval
	placementAt  time.Time
	weeks        []week // that placement's weeks up to this one, oldest first
}

// week is an ISO week of the demo placement with its timesheet, if any.
type week struct {
	year, week  int
	timesheetID int64
	status      string
}

const sampleCandidates = 200

func loadFixture(ctx context.Context, cfg config) (*fixture, error) {
	db, err := openDB(ctx, cfg)
	if err != nil {
		return nil, err
	}
	defer db.Close()
	q := db.Raw()
	fx := &fixture{}
	if err := q.QueryRowContext(ctx, `SELECT id FROM tenants WHERE slug = 'demo'`).Scan(&fx.tenantID); err != nil {
		return nil, fmt.Errorf("demo tenant: %w", err)
	}
	var lo, hi int64
	if err := q.QueryRowContext(ctx, `SELECT MIN(id), MAX(id) FROM candidates WHERE tenant_id = $1`, fx.tenantID).Scan(&lo, &hi); err != nil {
		return nil, fmt.Errorf("candidate ids: %w", err)
	}
	for i := range sampleCandidates {
		at := lo + (hi-lo)*int64(i)/sampleCandidates
		var id int64
		var email string
		err := q.QueryRowContext(ctx, `SELECT id, email FROM candidates WHERE tenant_id = $1 AND id >= $2 AND anonymised_at IS NULL
			ORDER BY id LIMIT 1`, fx.tenantID, at).Scan(&id, &email)
		if err != nil {
			return nil, fmt.Errorf("sample candidate: %w", err)
		}
		fx.candidateIDs = append(fx.candidateIDs, id)
		if i == sampleCandidates/2 {
			fx.email = email
		}
	}
	rows, err := q.QueryContext(ctx, `SELECT vacancy_id FROM matches WHERE tenant_id = $1
		GROUP BY vacancy_id ORDER BY COUNT(*) DESC, vacancy_id LIMIT 20`, fx.tenantID)
	if err != nil {
		return nil, fmt.Errorf("vacancies: %w", err)
	}
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id); err != nil {
			rows.Close()
			return nil, err
		}
		fx.vacancyIDs = append(fx.vacancyIDs, id)
	}
	rows.Close()
	if err := fx.loadWeeks(ctx, q); err != nil {
		return nil, err
	}
	return fx, nil
}

// loadWeeks finds the demo candidate's placement with client approval and
// the state of each of its weeks: the writes send and reject those.
func (fx *fixture) loadWeeks(ctx context.Context, q *sql.DB) error {
	var start string
	err := q.QueryRowContext(ctx, `SELECT p.id, p.start_date FROM placements p
		JOIN candidates c ON c.tenant_id = p.tenant_id AND c.id = p.candidate_id
		WHERE p.tenant_id = $1 AND c.email = 'candidate@demo.test' AND p.timesheet_approval
		ORDER BY p.id LIMIT 1`, fx.tenantID).Scan(&fx.placementID, &start)
	if err != nil {
		return fmt.Errorf("demo placement: %w", err)
	}
	if len(start) < 10 {
		return fmt.Errorf("demo placement: start date %q", start)
	}
	if fx.placementAt, err = time.Parse(time.DateOnly, start[:10]); err != nil {
		return fmt.Errorf("demo placement: %w", err)
	}
	return fx.refreshWeeks(ctx, q)
}

// refreshWeeks reads the timesheets of the demo placement again.
func (fx *fixture) refreshWeeks(ctx context.Context, q *sql.DB) error {
	have := map[[2]int]week{}
	rows, err := q.QueryContext(ctx, `SELECT iso_year, iso_week, id, status FROM timesheets WHERE tenant_id = $1 AND placement_id = $2`,
		fx.tenantID, fx.placementID)
	if err != nil {
		return fmt.Errorf("demo timesheets: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var w week
		if err := rows.Scan(&w.year, &w.week, &w.timesheetID, &w.status); err != nil {
			return err
		}
		have[[2]int{w.year, w.week}] = w
	}
	if err := rows.Err(); err != nil {
		return err
	}
	fx.weeks = fx.weeks[:0]
	// Mondays from the placement's first (whole or partial) week up to last
	// week: this week may still be running.
	monday := fx.placementAt.AddDate(0, 0, -int((fx.placementAt.Weekday()+6)%7))
	last := time.Now().AddDate(0, 0, -7)
	for d := monday; !d.After(last); d = d.AddDate(0, 0, 7) {
		y, wk := d.ISOWeek()
		w, ok := have[[2]int{y, wk}]
		if !ok {
			w = week{year: y, week: wk}
		}
		fx.weeks = append(fx.weeks, w)
	}
	return nil
}
