package service_test

import (
	"bytes"
	"testing"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/store"
	"github.com/matchpoint/matchpoint/store/storetest"
)

// Issue 17, F2: the fiscal retention keeps invoices and the timesheets
// behind them through the candidate's erasure: the invoice, its lines and
// its stored documents are unchanged, its timesheets and their claims stay,
// so nothing is invoiced twice afterwards.
func TestErasureKeepsInvoices_I17(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		a := newAgency(t, db, "acme", true)
		a.invoicing()
		admin := userActor(a.admin)
		inv := a.confirmedFebruary()
		before, err := a.svc.InvoiceFile(a.ctx, admin, inv.ID, "xml")
		must(t, "xml", err)
		must(t, "erase", a.svc.EraseCandidate(a.ctx, a.cand.ID, 0, admin))
		if c, _ := a.st.Candidate(a.ctx, a.cand.ID); c.AnonymisedAt == nil {
			t.Fatal("the candidate was not erased")
		}
		after, err := a.st.Invoice(a.ctx, inv.ID)
		must(t, "invoice after erasure", err)
		if len(after.Lines) != len(inv.Lines) || after.Lines[0].Description != inv.Lines[0].Description || after.TotalCents != inv.TotalCents {
			t.Errorf("the invoice changed: %+v", after.Lines)
		}
		doc, err := a.svc.InvoiceFile(a.ctx, admin, inv.ID, "xml")
		must(t, "xml after erasure", err)
		if !bytes.Equal(doc.Content, before.Content) {
			t.Error("the stored XML changed")
		}
		for w := 6; w <= 9; w++ {
			if ts, err := a.st.TimesheetForWeek(a.ctx, a.placement.ID, 2026, w); err != nil || ts.Status != domain.TimesheetApproved {
				t.Errorf("week %d after erasure: %v %v", w, ts.Status, err)
			}
		}
		if a.claimed() != 20 {
			t.Errorf("%d days claimed after erasure", a.claimed())
		}
		if _, err := a.svc.DraftInvoiceRun(a.ctx, admin, february, nil); err == nil {
			t.Error("the erased candidate's hours were invoiced again")
		}
	})
}
