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

// Issue 17: 40 draft runs with self-billed invoices confirmed at the same
// time, on both engines. Two freelancers each work for five clients (one
// approved week each); the first ten runs take one client each, the other
// thirty two clients each, so runs overlap and many lose a day and fail
// whole. Whatever the order, each freelancer's 389 numbers are 1 … n of its
// own series without a gap or a number twice, n is the number of its
// clients self-billed, and no day is on two confirmed self-billed invoices.
func TestSelfBilledConcurrentConfirm_I17(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		a := newAgency(t, db, "acme", true)
		a.invoicing(6)
		a.selfBilling()
		admin := userActor(a.admin)
		ctx := a.ctx
		var freelancers []domain.ID
		for i, country := range []string{"NL", "BE"} {
			c := domain.Candidate{OwnerID: a.recruiter.ID, StatusID: a.status.ID, FirstName: fmt.Sprintf("Free%d", i), LastName: "Lancer", Language: "en"}
			must(t, "candidate", a.st.CreateCandidate(ctx, &c))
			f := dutchFreelancer(c.ID)
			if country == "BE" {
				f.Country, f.VATNumber, f.IBAN, f.PostalCode = "BE", "BE0123456749", "BE68539007547034", "2000"
			}
			must(t, "freelancer", a.svc.SaveFreelancerBilling(ctx, admin, f))
			freelancers = append(freelancers, c.ID)
		}
		var companies []domain.ID
		for i := range 10 {
			co := domain.Company{OwnerID: a.recruiter.ID, Kind: domain.CompanyClient, Name: fmt.Sprintf("Client %02d", i)}
			must(t, "company", a.st.CreateCompany(ctx, &co))
			b := domain.ClientBilling{CompanyID: co.ID, LegalName: co.Name + " B.V.", Street: "Weg 1", PostalCode: "1000 AA", City: "Utrecht",
				Country: "NL", CoCNumber: fmt.Sprintf("%08d", 20000000+i), Grouping: domain.GroupPerClient, VATTreatment: domain.VATAuto, Language: "en"}
			must(t, "billing", a.svc.SaveClientBilling(ctx, admin, b))
			p := domain.Placement{CandidateID: freelancers[i%2], CompanyID: co.ID, Title: "Driver", StartDate: domain.NewDate(2026, 1, 5)}
			must(t, "placement", a.st.CreatePlacement(ctx, &p))
			r := domain.Rate{PlacementID: p.ID, DeclarationTypeID: a.hours.ID, StartDate: p.StartDate, BillCents: 6000 + int64(i), PayCents: 4000 + int64(i)}
			must(t, "rate", a.st.SaveRate(ctx, &r))
			ts := domain.Timesheet{PlacementID: p.ID, Year: 2026, Week: 6, Status: domain.TimesheetApproved}
			must(t, "timesheet", a.st.CreateTimesheet(ctx, &ts))
			var lines []domain.TimesheetLine
			for d := range 5 {
				lines = append(lines, domain.TimesheetLine{DeclarationTypeID: a.hours.ID, Day: day(6, d), Minutes: 420 + d})
			}
			must(t, "lines", a.st.SaveTimesheetLines(ctx, ts.ID, lines))
			companies = append(companies, co.ID)
		}
		var runs []domain.ID
		for i := range 40 {
			ids := []domain.ID{companies[i%10]}
			if i >= 10 {
				ids = append(ids, companies[(i+3)%10])
			}
			run, err := a.svc.DraftInvoiceRun(ctx, admin, february, ids)
			must(t, "draft", err)
			if run.Invoices != 2*len(ids) {
				t.Fatalf("run %d has %d invoices, want a client's and a self-billed one per client", i, run.Invoices)
			}
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
		list, _, err := a.st.Invoices(ctx, store.InvoiceFilter{Status: domain.InvoiceConfirmed, Kinds: []domain.InvoiceKind{domain.InvoiceKindSelfBilling}, Limit: 1000})
		must(t, "invoices", err)
		numbers := map[domain.ID][]string{}
		for _, inv := range list {
			numbers[inv.CandidateID] = append(numbers[inv.CandidateID], inv.Number)
		}
		total := 0
		for _, c := range freelancers {
			ns := numbers[c]
			sort.Strings(ns)
			for i, n := range ns {
				if want := fmt.Sprintf("SB%d-2026-%06d", c, i+1); n != want {
					t.Fatalf("freelancer %d's numbers %v: #%d is %s, want %s (a gap or a number twice)", c, ns, i+1, n, want)
				}
			}
			total += len(ns)
		}
		if confirmed < 1 || total < confirmed {
			t.Fatalf("%d runs confirmed, %d self-billed invoices", confirmed, total)
		}
		// Every client was self-billed once at most, and all of them were
		// if every client's days are on a confirmed client invoice.
		var days, distinct, clientDays int
		must(t, "days", db.Raw().QueryRowContext(ctx, `SELECT COUNT(*), COUNT(DISTINCT d.timesheet_id || '/' || d.day) FROM invoice_line_days d
			JOIN invoice_lines l ON l.tenant_id = d.tenant_id AND l.id = d.invoice_line_id
			JOIN invoices i ON i.tenant_id = l.tenant_id AND i.id = l.invoice_id
			WHERE i.tenant_id = $1 AND i.status = 'confirmed' AND i.kind = 'self_billing'`, a.tenant.ID).Scan(&days, &distinct))
		var claimed int
		must(t, "claimed", db.Raw().QueryRowContext(ctx, `SELECT COUNT(*) FROM self_billed_days WHERE tenant_id = $1`, a.tenant.ID).Scan(&claimed))
		must(t, "client days", db.Raw().QueryRowContext(ctx, `SELECT COUNT(*) FROM invoiced_days d JOIN timesheets t ON t.tenant_id = d.tenant_id
			AND t.id = d.timesheet_id JOIN placements p ON p.tenant_id = t.tenant_id AND p.id = t.placement_id
			WHERE d.tenant_id = $1 AND p.candidate_id IN ($2, $3)`, a.tenant.ID, freelancers[0], freelancers[1]).Scan(&clientDays))
		if days != distinct || days != claimed {
			t.Errorf("confirmed self-billed invoices hold %d days, %d distinct, %d claimed: a day paid twice", days, distinct, claimed)
		}
		if days != clientDays || total != days/5 {
			t.Errorf("%d days self-billed on %d invoices, %d billed to the clients: confirmations took one side without the other", days, total, clientDays)
		}
		t.Logf("%s: %d of 40 runs confirmed, %d self-billed invoices, %v", db.Dialect, confirmed, total, numbers)
	})
}
