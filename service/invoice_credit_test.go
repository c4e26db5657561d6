package service_test

import (
	"strings"
	"testing"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/service"
	"github.com/matchpoint/matchpoint/store"
	"github.com/matchpoint/matchpoint/store/storetest"
)

// confirmedFebruary runs and confirms February and returns its invoice.
func (a *agency) confirmedFebruary() domain.Invoice {
	a.t.Helper()
	run, err := a.svc.DraftInvoiceRun(a.ctx, userActor(a.admin), february, nil)
	must(a.t, "draft", err)
	_, err = a.svc.ConfirmInvoiceRun(a.ctx, userActor(a.admin), run.ID)
	must(a.t, "confirm", err)
	list, _, err := a.st.Invoices(a.ctx, store.InvoiceFilter{RunID: run.ID})
	must(a.t, "invoices", err)
	inv, err := a.st.Invoice(a.ctx, list[0].ID)
	must(a.t, "invoice", err)
	return inv
}

// Issue 17: a credit note takes back one line of a confirmed invoice with
// the next number; the line cannot be credited twice, its days are free
// and the next run invoices them again.
func TestCreditNote_I17(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		a := newAgency(t, db, "acme", true)
		a.invoicing()
		admin := userActor(a.admin)
		inv := a.confirmedFebruary()
		wrong := inv.Lines[1] // week 7 at the old rate

		if _, err := a.svc.DraftCredit(a.ctx, admin, inv.ID, []domain.ID{wrong.ID}, " "); !strings.Contains(err.Error(), "reason") {
			t.Errorf("credit without a reason: %v", err)
		}
		credit, err := a.svc.DraftCredit(a.ctx, admin, inv.ID, []domain.ID{wrong.ID}, "Wrong rate for week 7")
		must(t, "draft credit", err)
		if credit.Status != domain.InvoiceDraft || credit.NetCents != wrong.NetCents || len(credit.Lines) != 1 || a.claimed() != 20 {
			t.Fatalf("draft credit %+v; claimed %d", credit, a.claimed())
		}
		credit, err = a.svc.ConfirmCredit(a.ctx, admin, credit.ID)
		must(t, "confirm credit", err)
		if credit.Number != "2026-000002" || credit.CreditsNumber != "2026-000001" || credit.VATCents != 32760 {
			t.Errorf("credit note %q credits %q, VAT %d", credit.Number, credit.CreditsNumber, credit.VATCents)
		}
		if got := a.claimed(); got != 17 {
			t.Errorf("%d days claimed after the credit, want 17", got)
		}
		xmlDoc, err := a.svc.InvoiceFile(a.ctx, admin, credit.ID, "xml")
		must(t, "credit xml", err)
		for _, want := range []string{"<CreditNote ", "<cbc:CreditNoteTypeCode>381</cbc:CreditNoteTypeCode>",
			"<cbc:ID>2026-000001</cbc:ID>", "<cbc:CreditedQuantity unitCode=\"HUR\">24.00</cbc:CreditedQuantity>"} {
			if !strings.Contains(string(xmlDoc.Content), want) {
				t.Errorf("credit note XML lacks %s", want)
			}
		}
		if _, err := a.svc.DraftCredit(a.ctx, admin, inv.ID, []domain.ID{wrong.ID}, "again"); !strings.Contains(err.Error(), service.KeyNothingToCredit) {
			t.Errorf("crediting a line twice: %v", err)
		}
		if _, err := a.svc.DraftCredit(a.ctx, admin, credit.ID, nil, "credit a credit"); domain.KeyOf(err) != service.KeyNotCreditable {
			t.Errorf("crediting a credit note: %v", err)
		}
		// The freed days are invoiced again by the next run.
		again := a.confirmedFebruary()
		if again.Number != "2026-000003" || len(again.Lines) != 1 || again.Lines[0].NetCents != wrong.NetCents {
			t.Errorf("the next run: %s with %+v", again.Number, again.Lines)
		}
		if len(a.invoiceMails(a.carla.Email)) != 3 {
			t.Errorf("Carla got %d documents, want 3", len(a.invoiceMails(a.carla.Email)))
		}
	})
}

// Issue 17, D6: an approval reversed after invoicing does not change the
// money silently: the timesheet goes back to the candidate and the invoice
// gets a credit proposal for that week's lines; confirmed, it frees the
// days, and the corrected week is invoiced by the next run.
func TestReverseApprovalProposesCredit_I17(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		a := newAgency(t, db, "acme", true)
		a.invoicing()
		admin := userActor(a.admin)
		inv := a.confirmedFebruary()
		w8, err := a.st.TimesheetForWeek(a.ctx, a.placement.ID, 2026, 8)
		must(t, "week 8", err)

		if _, err := a.svc.ReverseApproval(a.ctx, userActor(a.recruiter), w8.ID, "wrong hours"); domain.KindOf(err) != domain.KindForbidden {
			t.Errorf("a recruiter reversed an approval: %v", err)
		}
		proposals, err := a.svc.ReverseApproval(a.ctx, admin, w8.ID, "Tom worked 6 hours on Monday")
		must(t, "reverse", err)
		if len(proposals) != 1 || proposals[0].CreditsID != inv.ID || proposals[0].Status != domain.InvoiceDraft ||
			len(proposals[0].Lines) != 1 || proposals[0].Lines[0].CreditsLineID != inv.Lines[3].ID {
			t.Fatalf("proposals: %+v", proposals)
		}
		if ts, _ := a.st.Timesheet(a.ctx, w8.ID); ts.Status != domain.TimesheetRejected {
			t.Errorf("week 8 is %s after the reversal", ts.Status)
		}
		// Until the proposal is confirmed the days stay invoiced.
		if a.claimed() != 20 {
			t.Errorf("%d days claimed before the credit is confirmed", a.claimed())
		}
		_, err = a.svc.SaveTimesheet(a.ctx, a.candidate(), a.placement.ID, 2026, 8, []service.LineInput{
			line(a.hours, day(8, 0), 360), line(a.hours, day(8, 1), 480)})
		must(t, "correct", err)
		ts, err := a.svc.SubmitTimesheet(a.ctx, a.candidate(), a.placement.ID, 2026, 8)
		must(t, "resend", err)
		_, err = a.svc.DecideTimesheet(a.ctx, contactActor(a.carla), ts.ID, service.Decision{Approve: true})
		must(t, "approve again", err)
		if _, err := a.svc.DraftInvoiceRun(a.ctx, admin, february, nil); err == nil {
			t.Error("the corrected week was invoiced while its credit proposal waits")
		}
		credit, err := a.svc.ConfirmCredit(a.ctx, admin, proposals[0].ID)
		must(t, "confirm proposal", err)
		again := a.confirmedFebruary()
		if credit.TotalCents != inv.Lines[3].NetCents*121/100 || len(again.Lines) != 1 || again.Lines[0].Minutes != 840 {
			t.Errorf("credit %d; re-invoiced %+v", credit.TotalCents, again.Lines)
		}
		entries, _, err := a.st.AuditEntries(a.ctx, store.AuditFilter{Action: "invoice_credit_proposed"})
		must(t, "audit", err)
		if len(entries) != 1 {
			t.Errorf("audit of the proposal: %+v", entries)
		}
	})
}
