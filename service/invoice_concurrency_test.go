package service_test

import (
	"context"
	"fmt"
	"sort"
	"sync"
	"testing"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/store"
	"github.com/matchpoint/matchpoint/store/storetest"
)

// Issue 17: 50 draft runs confirmed at the same time, on both engines. The
// runs overlap (the later 25 each cover two clients the first 25 cover one
// by one), so many lose a day to another: those fail whole. Whatever the
// order, the confirmed documents are numbered 1 … n without a gap or a
// number twice, and no timesheet day is on two confirmed invoices.
func TestInvoiceConcurrentConfirm_I17(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		a := newAgency(t, db, "acme", true)
		a.invoicing(6)
		admin := userActor(a.admin)
		ctx := a.ctx
		// 25 clients, each with a placement of its own and an approved week.
		companies := []domain.ID{a.company.ID}
		for i := 1; i < 25; i++ {
			co := domain.Company{OwnerID: a.recruiter.ID, Kind: domain.CompanyClient, Name: fmt.Sprintf("Client %02d", i)}
			must(t, "company", a.st.CreateCompany(ctx, &co))
			b := domain.ClientBilling{CompanyID: co.ID, LegalName: co.Name + " B.V.", Street: "Weg 1", PostalCode: "1000 AA", City: "Utrecht",
				Country: "NL", CoCNumber: fmt.Sprintf("%08d", 10000000+i), PeppolID: fmt.Sprintf("0106:%08d", 10000000+i),
				Grouping: domain.GroupPerClient, VATTreatment: domain.VATAuto, Language: "en"}
			must(t, "billing", a.svc.SaveClientBilling(ctx, admin, b))
			p := domain.Placement{CandidateID: a.cand.ID, CompanyID: co.ID, Title: "Driver", StartDate: domain.NewDate(2026, 1, 5)}
			must(t, "placement", a.st.CreatePlacement(ctx, &p))
			r := domain.Rate{PlacementID: p.ID, DeclarationTypeID: a.hours.ID, StartDate: p.StartDate, BillCents: 5000 + int64(i)}
			must(t, "rate", a.st.SaveRate(ctx, &r))
			ts := domain.Timesheet{PlacementID: p.ID, Year: 2026, Week: 6, Status: domain.TimesheetApproved}
			must(t, "timesheet", a.st.CreateTimesheet(ctx, &ts))
			var lines []domain.TimesheetLine
			for d := range 5 {
				lines = append(lines, domain.TimesheetLine{DeclarationTypeID: a.hours.ID, Day: day(6, d), Minutes: 450 + d})
			}
			must(t, "lines", a.st.SaveTimesheetLines(ctx, ts.ID, lines))
			companies = append(companies, co.ID)
		}
		var runs []domain.ID
		for i := range 50 {
			ids := []domain.ID{companies[i%25]}
			if i >= 25 {
				ids = append(ids, companies[(i+1)%25])
			}
			run, err := a.svc.DraftInvoiceRun(ctx, admin, february, ids)
			must(t, "draft", err)
			runs = append(runs, run.ID)
		}

		var wg sync.WaitGroup
		errs := make([]error, len(runs))
		start := make(chan struct{})
		for i, id := range runs {
			wg.Add(1)
			go func() {
				defer wg.Done()
				<-start
				_, errs[i] = a.svc.ConfirmInvoiceRun(context.WithoutCancel(ctx), admin, id)
			}()
		}
		close(start)
		wg.Wait()
		confirmed := 0
		for i, err := range errs {
			switch {
			case err == nil:
				confirmed++
			case domain.KeyOf(err) == store.KeyAlreadyInvoiced:
			default:
				t.Errorf("run %d: %v", i, err)
			}
		}
		numbers := a.confirmedNumbers()
		sort.Strings(numbers)
		for i, n := range numbers {
			if want := fmt.Sprintf("2026-%06d", i+1); n != want {
				t.Fatalf("numbers %v: #%d is %s, want %s (a gap or a number twice)", numbers, i+1, n, want)
			}
		}
		if confirmed < 1 || len(numbers) < confirmed {
			t.Fatalf("%d runs confirmed, %d numbers", confirmed, len(numbers))
		}
		var days, distinct, total int
		must(t, "days", db.Raw().QueryRowContext(ctx, `SELECT COUNT(*), COUNT(DISTINCT d.timesheet_id || '/' || d.day) FROM invoice_line_days d
			JOIN invoice_lines l ON l.tenant_id = d.tenant_id AND l.id = d.invoice_line_id
			JOIN invoices i ON i.tenant_id = l.tenant_id AND i.id = l.invoice_id
			WHERE i.tenant_id = $1 AND i.status = 'confirmed'`, a.tenant.ID).Scan(&days, &distinct))
		must(t, "all days", db.Raw().QueryRowContext(ctx, `SELECT COUNT(*) FROM timesheet_lines l JOIN timesheets t ON t.tenant_id = l.tenant_id
			AND t.id = l.timesheet_id WHERE l.tenant_id = $1 AND t.status = 'approved' AND l.day >= '2026-02-01'`, a.tenant.ID).Scan(&total))
		if days != distinct || days != a.claimed() {
			t.Errorf("confirmed invoices hold %d days, %d distinct, %d claimed: a day on two invoices", days, distinct, a.claimed())
		}
		if days > total {
			t.Errorf("%d days invoiced of %d approved", days, total)
		}
		t.Logf("%s: %d of 50 runs confirmed, %d documents, %d of %d days invoiced", db.Dialect, confirmed, len(numbers), days, total)
	})
}
