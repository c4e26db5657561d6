package demo

import (
	"fmt"

	"github.com/matchpoint/matchpoint/domain"
)

// invoicing gives the demo agency what invoicing needs (issue 17), so that
// the approved timesheets of past months can be invoiced at once: the
// agency's own details and numbering, and for every client its legal name,
// invoice address, a VAT number of its country's format, a Chamber of
// Commerce number and Peppol id for Dutch clients, payment terms, and its
// first contact (the demo contact at the first client) named to receive
// and see its invoices. Clients in other EU countries are reverse charged,
// those outside the EU not subject to VAT, by the automatic treatment.
func (l *loader) invoicing() {
	tid := l.tenantID
	r := l.rng(110)
	set := domain.DefaultInvoiceSettings()
	l.newTable("invoice_settings", false, "tenant_id", "legal_name", "street", "postal_code", "city", "country", "vat_number",
		"coc_number", "peppol_id", "iban", "bic", "email", "phone", "number_prefix", "number_per_year", "standard_rate_bp",
		"reduced_rate_bp", "payment_days", "self_billing", "currency").
		add(tid, "Demo Staffing B.V.", "Herengracht 100", "1015 BS", "Amsterdam", "NL", "NL859123456B01", "34123456",
			"0106:34123456", "NL91ABNA0417164300", "ABNANL2A", "billing@demo.test", "+31 20 555 0100", "DS-", set.NumberPerYear,
			set.StandardRateBP, set.ReducedRateBP, set.PaymentDays, false, set.Currency)
	billing := l.newTable("client_billing", false, "tenant_id", "company_id", "legal_name", "vat_number", "coc_number", "peppol_id",
		"street", "postal_code", "city", "country", "email", "buyer_reference", "payment_days", "grouping", "vat_treatment",
		"exemption_reason", "language")
	named := l.newTable("client_billing_contacts", false, "tenant_id", "company_id", "contact_id")
	for i, co := range l.clients {
		country := co.loc.country
		n := 100_000_000 + r.IntN(900_000_000)
		vat, coc, peppol := "", "", ""
		switch country {
		case "NL":
			vat, coc = fmt.Sprintf("NL%09dB01", n), fmt.Sprintf("%08d", n%100_000_000)
			peppol = "0106:" + coc
		case "DE":
			vat = fmt.Sprintf("DE%09d", n)
		case "FR":
			vat = fmt.Sprintf("FR%02d%09d", n%100, n)
		default:
			vat = fmt.Sprintf("%s%09d", country, n)
		}
		days := []int{14, 30, 30, 30, 45, 60}[r.IntN(6)]
		grouping := domain.GroupPerClient
		if i%7 == 3 {
			grouping = domain.GroupPerPlacement
		}
		billing.add(tid, co.id, co.name, vat, coc, peppol, co.street, co.postal, co.city, country,
			"invoices@"+slug(co.name)+".example", "", days, string(grouping), string(domain.VATAuto), "", co.loc.lang)
		named.add(tid, co.id, co.contacts[0].id)
	}
}
