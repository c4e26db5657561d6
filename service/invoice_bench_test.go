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

// invoiceScale adds to a n placements at n/10 clients (each with its
// invoicing details), each with an 'Hours' and an 'Overtime' rate and the
// weeks of February 2026 approved: 8 hours Monday to Friday and 2 hours of
// overtime on Fridays. Plain SQL in one transaction, as scaleAgency does.
func invoiceScale(b *testing.B, a *agency, n int) (days int) {
	b.Helper()
	must(b, "settings", a.svc.SaveInvoiceSettings(a.ctx, userActor(a.admin), invoiceSettings()))
	tx, err := a.db.Raw().BeginTx(a.ctx, nil)
	must(b, "begin", err)
	defer tx.Rollback() //nolint:errcheck // no-op after commit
	ctx, tid, ts := a.ctx, a.tenant.ID, a.db.Now()
	exec := func(what, q string, args ...any) {
		b.Helper()
		_, err := tx.ExecContext(ctx, q, args...)
		must(b, what, err)
	}
	var company int64
	for i := range n {
		if i%10 == 0 {
			must(b, "company", tx.QueryRowContext(ctx, `INSERT INTO companies (tenant_id, owner_id, name, created_at, updated_at)
				VALUES ($1, $2, $3, $4, $4) RETURNING id`, tid, a.recruiter.ID, fmt.Sprintf("Client %04d", i/10), ts).Scan(&company))
			exec("billing", `INSERT INTO client_billing (tenant_id, company_id, legal_name, coc_number, peppol_id, street, postal_code,
				city, country, grouping, vat_treatment, language) VALUES ($1, $2, $3, $4, $5, 'Weg 1', '1000 AA', 'Utrecht', 'NL',
				'client', 'auto', 'nl')`, tid, company, fmt.Sprintf("Client %04d B.V.", i/10), fmt.Sprintf("%08d", 20000000+i),
				fmt.Sprintf("0106:%08d", 20000000+i))
		}
		var cid, pid int64
		must(b, "candidate", tx.QueryRowContext(ctx, `INSERT INTO candidates (tenant_id, owner_id, status_id, first_name, last_name,
			created_at, updated_at) VALUES ($1, $2, $3, 'Worker', $4, $5, $5) RETURNING id`, tid, a.recruiter.ID, a.status.ID,
			fmt.Sprintf("No %04d", i), ts).Scan(&cid))
		must(b, "placement", tx.QueryRowContext(ctx, `INSERT INTO placements (tenant_id, candidate_id, company_id, title, start_date,
			created_at, updated_at) VALUES ($1, $2, $3, 'Picker', '2026-01-05', $4, $4) RETURNING id`, tid, cid, company, ts).Scan(&pid))
		exec("rate", `INSERT INTO rates (tenant_id, placement_id, declaration_type_id, start_date, bill_cents, pay_cents)
			VALUES ($1, $2, $3, '2026-01-05', $4, $5), ($1, $2, $6, '2026-01-05', $4, $5)`, tid, pid, a.hours.ID, 4500+int64(i%40)*50,
			3100+int64(i%40)*30, a.overtime.ID)
		for week := 6; week <= 9; week++ {
			var tsID int64
			must(b, "timesheet", tx.QueryRowContext(ctx, `INSERT INTO timesheets (tenant_id, placement_id, iso_year, iso_week, status,
				sent_at, decided_at, created_at, updated_at) VALUES ($1, $2, 2026, $3, 'approved', $4, $4, $4, $4) RETURNING id`,
				tid, pid, week, ts).Scan(&tsID))
			mon := domain.MondayOfISOWeek(2026, week)
			exec("lines", `INSERT INTO timesheet_lines (tenant_id, timesheet_id, declaration_type_id, day, minutes) VALUES
				($1, $2, $3, $4, 480), ($1, $2, $3, $5, 480), ($1, $2, $3, $6, 480), ($1, $2, $3, $7, 480), ($1, $2, $3, $8, 480),
				($1, $2, $9, $8, 120)`, tid, tsID, a.hours.ID, mon, mon.AddDays(1), mon.AddDays(2), mon.AddDays(3), mon.AddDays(4), a.overtime.ID)
			days += 6
		}
	}
	must(b, "commit", tx.Commit())
	if a.db.Dialect == store.Postgres {
		_, err := a.db.Raw().ExecContext(ctx, "ANALYZE timesheets, timesheet_lines, placements, rates, client_billing")
		must(b, "analyze", err)
	}
	return days
}

// Issue 17: an invoice run on 1,000 placements with a month of approved
// timesheets (MATCHPOINT_INVOICE_PLACEMENTS for another size): the draft
// (select, price, group, store) and the confirmation (numbers, claims, UBL
// and PDF stored, mails) in one transaction each. Run with -benchtime 1x:
// every iteration builds its own agency.
func BenchmarkInvoiceRun_I17(b *testing.B) {
	n := 1000
	if s := getenvInt("MATCHPOINT_INVOICE_PLACEMENTS"); s > 0 {
		n = s
	}
	for _, db := range storetest.DBs(b) {
		b.Run(string(db.Dialect), func(b *testing.B) {
			var draft, confirm time.Duration
			var invoices, lines int
			for i := range b.N {
				b.StopTimer()
				a := newAgency(b, db, fmt.Sprintf("bench%d", i), true)
				db.SetClock(time.Now) // the fixture pins it; here wall time counts
				days := invoiceScale(b, a, n)
				admin := userActor(a.admin)
				b.StartTimer()
				start := time.Now()
				run, err := a.svc.DraftInvoiceRun(a.ctx, admin, february, nil)
				must(b, "draft", err)
				draft += time.Since(start)
				start = time.Now()
				_, err = a.svc.ConfirmInvoiceRun(a.ctx, admin, run.ID)
				must(b, "confirm", err)
				confirm += time.Since(start)
				b.StopTimer()
				invoices = run.Invoices
				if got := a.claimed(); got != days {
					b.Fatalf("%d of %d days invoiced", got, days)
				}
				lines = days
			}
			b.ReportMetric(draft.Seconds()/float64(b.N), "draft-s")
			b.ReportMetric(confirm.Seconds()/float64(b.N), "confirm-s")
			b.ReportMetric(float64(invoices), "invoices")
			b.ReportMetric(float64(lines), "days")
		})
	}
}

// getenvInt reads a positive number from the environment, 0 when unset.
func getenvInt(name string) int {
	n, err := strconv.Atoi(os.Getenv(name))
	if err != nil || n < 0 {
		return 0
	}
	return n
}
