package service_test

import (
	"fmt"
	"os"
	"strconv"
	"testing"
	"time"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/store"
	"github.com/matchpoint/matchpoint/store/storetest"
)

// scaleAgency adds n running placements to a, each with a candidate, a
// company per ten placements, an 'Hours' rate, Carla as contact on one in
// ten, and sent timesheets for weeks 3 to 10, so the benchmarks below see an
// agency of some size rather than one placement. The rows are written with
// plain SQL in one transaction: through the store it would take minutes.
func scaleAgency(b *testing.B, a *agency, n int) {
	b.Helper()
	raw := a.db.Raw()
	ctx := a.ctx
	tx, err := raw.BeginTx(ctx, nil)
	must(b, "begin", err)
	defer tx.Rollback() //nolint:errcheck // no-op after commit
	ts := a.db.Now()
	var company int64
	for i := range n {
		var cid, pid int64
		if i%10 == 0 && i > 0 {
			must(b, "company", tx.QueryRowContext(ctx, `INSERT INTO companies (tenant_id, owner_id, name, created_at, updated_at)
				VALUES ($1, $2, $3, $4, $4) RETURNING id`, a.tenant.ID, a.recruiter.ID, fmt.Sprintf("Company %d", i), ts).Scan(&company))
		} else if i == 0 {
			company = a.company.ID
		}
		must(b, "candidate", tx.QueryRowContext(ctx, `INSERT INTO candidates (tenant_id, owner_id, status_id, first_name, last_name, email,
			created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $7) RETURNING id`, a.tenant.ID, a.recruiter.ID, a.status.ID,
			"Cand", "No"+strconv.Itoa(i), fmt.Sprintf("c%d@scale.test", i), ts).Scan(&cid))
		must(b, "placement", tx.QueryRowContext(ctx, `INSERT INTO placements (tenant_id, candidate_id, company_id, title, start_date,
			timesheet_approval, created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $7) RETURNING id`, a.tenant.ID, cid,
			company, "Picker", a.placement.StartDate, true, ts).Scan(&pid))
		_, err := tx.ExecContext(ctx, `INSERT INTO rates (tenant_id, placement_id, declaration_type_id, start_date, bill_cents)
			VALUES ($1, $2, $3, $4, 5000)`, a.tenant.ID, pid, a.hours.ID, a.placement.StartDate)
		must(b, "rate", err)
		if i%10 == 0 {
			_, err = tx.ExecContext(ctx, `INSERT INTO placement_contacts (tenant_id, placement_id, contact_id) VALUES ($1, $2, $3)`,
				a.tenant.ID, pid, a.carla.ID)
			must(b, "contact", err)
		}
		for week := 3; week <= 10; week++ {
			_, err = tx.ExecContext(ctx, `INSERT INTO timesheets (tenant_id, placement_id, iso_year, iso_week, status, sent_at,
				created_at, updated_at) VALUES ($1, $2, 2026, $3, 'sent', $4, $4, $4)`, a.tenant.ID, pid, week, ts)
			must(b, "timesheet", err)
		}
	}
	must(b, "commit", tx.Commit())
	// A bulk load leaves PostgreSQL without statistics until autovacuum
	// comes by; without them it plans the contact's list as if every table
	// held one row (29 s instead of 3 ms on 2,000 placements).
	_, err = raw.ExecContext(ctx, "ANALYZE")
	must(b, "analyze", err)
}

func scaleSize() int {
	if n, err := strconv.Atoi(os.Getenv("MATCHPOINT_BENCH_PLACEMENTS")); err == nil && n > 0 {
		return n
	}
	return 2000
}

// BenchmarkTimesheetsAtScale measures, in an agency with
// MATCHPOINT_BENCH_PLACEMENTS running placements (2,000 unless set) and
// eight sent weeks each: a submit with its mails, the first page of a
// contact's list (Carla is on one placement in ten), and the agency's list
// of sent timesheets. It also logs how long one reminder run over every
// placement takes.
func BenchmarkTimesheetsAtScale(b *testing.B) {
	for _, db := range storetest.DBs(b) {
		a := newAgency(b, db, "scale", true)
		n := scaleSize()
		start := time.Now()
		scaleAgency(b, a, n)
		b.Logf("%s: %d placements, %d timesheets loaded in %s", db.Dialect, n, 8*n, time.Since(start).Round(time.Millisecond))
		ts := a.sent(11)
		b.Run(string(db.Dialect)+"/submit", func(b *testing.B) {
			back := []domain.TimesheetStatus{domain.TimesheetSent}
			b.ReportAllocs()
			b.ResetTimer()
			for range b.N {
				b.StopTimer()
				if _, err := a.st.TransitionTimesheet(a.ctx, ts.ID, back, domain.TimesheetDraft, a.db.Now()); err != nil {
					b.Fatal(err)
				}
				b.StartTimer()
				if _, err := a.svc.SubmitTimesheet(a.ctx, a.candidate(), a.placement.ID, 2026, 11); err != nil {
					b.Fatal(err)
				}
			}
		})
		b.Run(string(db.Dialect)+"/contact_list", func(b *testing.B) {
			b.ReportAllocs()
			for range b.N {
				list, _, err := a.svc.ContactTimesheets(a.ctx, contactActor(a.carla), domain.TimesheetSent, 50, 0)
				if err != nil || len(list) != 50 {
					b.Fatalf("%d timesheets, %v", len(list), err)
				}
			}
		})
		b.Run(string(db.Dialect)+"/agency_list", func(b *testing.B) {
			b.ReportAllocs()
			for range b.N {
				list, _, err := a.st.Timesheets(a.ctx, store.TimesheetFilter{Status: domain.TimesheetSent, Year: 2026, Week: 10, Limit: 50})
				if err != nil || len(list) != 50 {
					b.Fatalf("%d timesheets, %v", len(list), err)
				}
			}
		})
		start = time.Now()
		sent, err := a.svc.SendTimesheetReminders(a.ctx, 2026, 11)
		must(b, "reminders", err)
		b.Logf("%s: reminder run over %d placements sent %d in %s", db.Dialect, n+1, sent, time.Since(start).Round(time.Millisecond))
	}
}
