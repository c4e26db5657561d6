package service_test

import (
	"strings"
	"testing"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/service"
	"github.com/matchpoint/matchpoint/store"
	"github.com/matchpoint/matchpoint/store/storetest"
)

// Issue 17: a month of approved timesheets becomes one draft invoice with a
// line per week and rate (the rate changed on a Thursday), totals as EN
// 16931 adds them; confirming numbers it, claims its days, stores its XML
// and PDF on the client, mails them to the named contact and the invoice
// address, and audits it. The same month has nothing left to invoice.
func TestInvoiceRun_I17(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		a := newAgency(t, db, "acme", true)
		a.invoicing()
		admin := userActor(a.admin)

		run, err := a.svc.DraftInvoiceRun(a.ctx, admin, february, nil)
		must(t, "draft", err)
		if run.Status != domain.InvoiceDraft || run.Invoices != 1 || len(run.Skipped) != 0 {
			t.Fatalf("run: %+v", run)
		}
		drafts, _, err := a.st.Invoices(a.ctx, store.InvoiceFilter{RunID: run.ID})
		must(t, "drafts", err)
		inv, err := a.st.Invoice(a.ctx, drafts[0].ID)
		must(t, "invoice", err)
		type want struct {
			week    int
			minutes int64
			price   int64
			net     int64
		}
		wants := []want{
			{6, 5 * 480, 65_000_000, 260000},
			{7, 3 * 480, 65_000_000, 156000}, // Monday to Wednesday at the old rate
			{7, 2 * 480, 70_000_000, 112000}, // Thursday and Friday at the new
			{8, 5 * 480, 70_000_000, 280000},
			{9, 5 * 480, 70_000_000, 280000},
		}
		if len(inv.Lines) != len(wants) {
			t.Fatalf("%d lines: %+v", len(inv.Lines), inv.Lines)
		}
		for i, w := range wants {
			l := inv.Lines[i]
			if l.Week != w.week || l.Minutes != w.minutes || l.PriceMicros != w.price || l.NetCents != w.net || l.Position != i+1 {
				t.Errorf("line %d: week %d, %d min at %d = %d", i, l.Week, l.Minutes, l.PriceMicros, l.NetCents)
			}
			if !strings.Contains(l.Description, "Tom Visser") || !strings.Contains(l.Description, "2026-W0") {
				t.Errorf("line %d description %q", i, l.Description)
			}
		}
		if inv.NetCents != 1088000 || inv.VATCents != 228480 || inv.TotalCents != 1316480 || inv.Number != "" {
			t.Errorf("draft totals %d + %d = %d, number %q", inv.NetCents, inv.VATCents, inv.TotalCents, inv.Number)
		}
		if a.claimed() != 0 {
			t.Fatal("a draft claimed days")
		}

		run, err = a.svc.ConfirmInvoiceRun(a.ctx, admin, run.ID)
		must(t, "confirm", err)
		inv, err = a.st.Invoice(a.ctx, inv.ID)
		must(t, "confirmed", err)
		if run.Status != domain.InvoiceConfirmed || inv.Status != domain.InvoiceConfirmed || inv.Number != "2026-000001" ||
			inv.IssueDate != domain.NewDate(2026, 3, 11) || inv.DueDate != domain.NewDate(2026, 4, 10) {
			t.Fatalf("confirmed: run %s, invoice %s %q %s due %s", run.Status, inv.Status, inv.Number, inv.IssueDate, inv.DueDate)
		}
		if got := a.claimed(); got != 20 {
			t.Errorf("%d days claimed, want 20", got)
		}
		xmlDoc, err := a.svc.InvoiceFile(a.ctx, admin, inv.ID, "xml")
		must(t, "xml", err)
		pdfDoc, err := a.svc.InvoiceFile(a.ctx, admin, inv.ID, "pdf")
		must(t, "pdf", err)
		if !strings.Contains(string(xmlDoc.Content), "<cbc:PayableAmount currencyID=\"EUR\">13164.80</cbc:PayableAmount>") ||
			xmlDoc.Name != "2026-000001.xml" || !strings.HasPrefix(string(pdfDoc.Content), "%PDF-") || pdfDoc.Name != "2026-000001.pdf" {
			t.Errorf("documents %s (%d bytes), %s (%d bytes)", xmlDoc.Name, len(xmlDoc.Content), pdfDoc.Name, len(pdfDoc.Content))
		}
		atts, err := a.st.Attachments(a.ctx, domain.SubjectCompany, a.company.ID)
		must(t, "attachments", err)
		if len(atts) != 2 {
			t.Errorf("%d attachments on the client", len(atts))
		}
		for _, addr := range []string{a.carla.Email, "ap@initech.test"} {
			mails := a.invoiceMails(addr)
			if len(mails) != 1 || !strings.Contains(mails[0].Subject, "2026-000001") {
				t.Fatalf("mails to %s: %+v", addr, mails)
			}
			files, err := db.MailAttachments(a.ctx, a.tenant.ID, mails[0].ID)
			must(t, "mail attachments", err)
			if len(files) != 2 || files[0].FileName != "2026-000001.pdf" || files[1].ContentType != "application/xml" {
				t.Errorf("mail to %s carries %d files", addr, len(files))
			}
		}
		if len(a.invoiceMails(a.dirk.Email)) != 0 {
			t.Error("a contact the client did not name got the invoice")
		}
		entries, _, err := a.st.AuditEntries(a.ctx, store.AuditFilter{Action: "invoice_confirm"})
		must(t, "audit", err)
		if len(entries) != 1 || entries[0].ObjectID != inv.ID || entries[0].ActorName != a.admin.Name {
			t.Errorf("audit: %+v", entries)
		}

		if _, err := a.svc.DraftInvoiceRun(a.ctx, admin, february, nil); domain.KeyOf(err) != "error.invalid" && !strings.Contains(err.Error(), service.KeyNothingToInvoice) {
			t.Errorf("second run of the month: %v", err)
		}
		if _, err := a.svc.ConfirmInvoiceRun(a.ctx, admin, run.ID); domain.KeyOf(err) != service.KeyRunDecided {
			t.Errorf("confirming twice: %v", err)
		}
	})
}

// Issue 17: a run needs the agency's own details first; a client without
// invoicing details is skipped with the reason, and a discarded run leaves
// its days to the next.
func TestInvoiceRunSkipsAndDiscards_I17(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		a := newAgency(t, db, "acme", true)
		admin := userActor(a.admin)
		if _, err := a.svc.DraftInvoiceRun(a.ctx, admin, february, nil); domain.KeyOf(err) != service.KeySettingsIncomplete {
			t.Fatalf("run without settings: %v", err)
		}
		must(t, "settings", a.svc.SaveInvoiceSettings(a.ctx, admin, invoiceSettings()))
		ts := a.sent(6)
		_, err := a.svc.DecideTimesheet(a.ctx, contactActor(a.carla), ts.ID, service.Decision{Approve: true})
		must(t, "approve", err)
		a.sent(7) // sent, not approved: never invoiced
		run, err := a.svc.DraftInvoiceRun(a.ctx, admin, february, nil)
		must(t, "draft", err)
		if run.Invoices != 0 || len(run.Skipped) != 5 || run.Skipped[0].Reason != "invoice.skip.no_client_details" {
			t.Fatalf("run without client details: %+v", run)
		}
		must(t, "discard", a.svc.DiscardInvoiceRun(a.ctx, admin, run.ID))
		if err := a.svc.DiscardInvoiceRun(a.ctx, admin, run.ID); domain.KeyOf(err) != service.KeyRunDecided {
			t.Errorf("discarding twice: %v", err)
		}
		b := domain.ClientBilling{CompanyID: a.company.ID, LegalName: "Initech B.V.", Street: "S 1", PostalCode: "1000 AA", City: "Utrecht",
			Country: "NL", CoCNumber: "87654321", PeppolID: "0106:87654321", Grouping: domain.GroupPerClient, VATTreatment: domain.VATAuto, Language: "en"}
		must(t, "billing", a.svc.SaveClientBilling(a.ctx, admin, b))
		run, err = a.svc.DraftInvoiceRun(a.ctx, admin, february, []domain.ID{a.company.ID})
		must(t, "draft again", err)
		if run.Invoices != 1 || run.NetCents != 5*8*6500 {
			t.Errorf("run after discard: %+v", run)
		}
	})
}
