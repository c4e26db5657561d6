package service_test

import (
	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/service"
	"github.com/matchpoint/matchpoint/store"
)

// invoiceSettings are a Dutch agency's invoicing settings.
func invoiceSettings() domain.InvoiceSettings {
	set := domain.DefaultInvoiceSettings()
	set.LegalName, set.Street, set.PostalCode, set.City, set.Country = "Acme Staffing B.V.", "Herengracht 100", "1015 BS", "Amsterdam", "NL"
	set.VATNumber, set.CoCNumber, set.PeppolID = "NL123456789B01", "12345678", "0106:12345678"
	set.IBAN, set.BIC, set.Email = "NL91ABNA0417164300", "ABNANL2A", "billing@acme.test"
	return set
}

// invoicing makes the fixture agency ready to invoice February 2026: its
// settings, the client's invoicing details naming Carla, a rate change
// mid-week (from Thursday 12 February the hours bill 70.00 instead of
// 65.00) and the weeks 6 to 9 of 2026 approved by Carla, 8 hours a day
// Monday to Friday.
func (a *agency) invoicing(weeks ...int) domain.ClientBilling {
	a.t.Helper()
	must(a.t, "settings", a.svc.SaveInvoiceSettings(a.ctx, userActor(a.admin), invoiceSettings()))
	b := domain.ClientBilling{CompanyID: a.company.ID, LegalName: "Initech B.V.", Street: "Stationsplein 1", PostalCode: "3511 ED",
		City: "Utrecht", Country: "NL", VATNumber: "NL987654321B01", CoCNumber: "87654321", Grouping: domain.GroupPerClient,
		VATTreatment: domain.VATAuto, Language: "nl", Email: "ap@initech.test", ContactIDs: []domain.ID{a.carla.ID}}
	must(a.t, "client billing", a.svc.SaveClientBilling(a.ctx, userActor(a.admin), b))
	r := domain.Rate{PlacementID: a.placement.ID, DeclarationTypeID: a.hours.ID, StartDate: domain.NewDate(2026, 2, 12), BillCents: 7000, PayCents: 4500}
	must(a.t, "rate change", a.st.SaveRate(a.ctx, &r))
	if len(weeks) == 0 {
		weeks = []int{6, 7, 8, 9}
	}
	for _, w := range weeks {
		ts := a.sent(w)
		_, err := a.svc.DecideTimesheet(a.ctx, contactActor(a.carla), ts.ID, service.Decision{Approve: true})
		must(a.t, "approve", err)
	}
	return b
}

var february = domain.Period{Start: domain.NewDate(2026, 2, 1), End: domain.NewDate(2026, 2, 28)}

// claimed counts the invoiced days of the agency.
func (a *agency) claimed() int {
	a.t.Helper()
	var n int
	must(a.t, "count", a.db.Raw().QueryRowContext(a.ctx, `SELECT COUNT(*) FROM invoiced_days WHERE tenant_id = $1`, a.tenant.ID).Scan(&n))
	return n
}

// confirmedNumbers lists the numbers of the agency's confirmed documents.
func (a *agency) confirmedNumbers() []string {
	a.t.Helper()
	list, _, err := a.st.Invoices(a.ctx, store.InvoiceFilter{Status: domain.InvoiceConfirmed, Limit: 1000})
	must(a.t, "invoices", err)
	var out []string
	for _, inv := range list {
		out = append(out, inv.Number)
	}
	return out
}

// invoiceMails are the mails to addr that carry an invoice or a credit note.
func (a *agency) invoiceMails(addr string) []domain.Mail {
	a.t.Helper()
	var out []domain.Mail
	for _, m := range a.mails(addr) {
		files, err := a.db.MailAttachments(a.ctx, a.tenant.ID, m.ID)
		must(a.t, "mail attachments", err)
		if len(files) > 0 {
			out = append(out, m)
		}
	}
	return out
}
