// Package ubl writes invoices and credit notes as UBL 2.1 documents in the
// shape of Peppol BIS Billing 3.0, the European standard EN 16931's UBL
// syntax (issue 17). It takes a confirmed domain.Invoice, whose amounts the
// domain already added up, and only writes them down: elements in the
// order the UBL schema wants, amounts with two decimals, prices exactly.
package ubl

import (
	"bytes"
	"encoding/xml"
	"fmt"

	"github.com/matchpoint/matchpoint/domain"
)

const (
	nsInvoice    = "urn:oasis:names:specification:ubl:schema:xsd:Invoice-2"
	nsCreditNote = "urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2"
	nsCAC        = "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2"
	nsCBC        = "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2"

	customization            = "urn:cen.eu:en16931:2017#compliant#urn:fdc:peppol.eu:2017:poacc:billing:3.0"
	customizationSelfBilling = "urn:cen.eu:en16931:2017#compliant#urn:fdc:peppol.eu:2017:poacc:selfbilling:3.0"
	profile                  = "urn:fdc:peppol.eu:2017:poacc:billing:01:1.0"
	profileSelfBilling       = "urn:fdc:peppol.eu:2017:poacc:selfbilling:01:1.0"
)

// Write renders inv as UBL: an Invoice (type 380, or 389 for self-billing)
// or a CreditNote (381). The invoice must be confirmed: a draft has no
// number, and the standard requires one.
func Write(inv domain.Invoice) ([]byte, error) {
	if inv.Number == "" || inv.IssueDate.IsZero() {
		return nil, fmt.Errorf("ubl: invoice %d has no number or issue date", inv.ID)
	}
	if len(inv.Lines) == 0 {
		return nil, fmt.Errorf("ubl: invoice %s has no lines", inv.Number)
	}
	doc := build(inv)
	var buf bytes.Buffer
	buf.WriteString(xml.Header)
	enc := xml.NewEncoder(&buf)
	enc.Indent("", "  ")
	if err := enc.Encode(doc); err != nil {
		return nil, fmt.Errorf("ubl: encode %s: %w", inv.Number, err)
	}
	buf.WriteByte('\n')
	return buf.Bytes(), nil
}

// FileName is the name an invoice's XML is stored and sent under.
func FileName(inv domain.Invoice) string { return safeName(inv.Number) + ".xml" }

// safeName keeps letters, digits, dashes and dots of a number.
func safeName(s string) string {
	b := []byte(s)
	out := b[:0]
	for _, c := range b {
		if c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '.' || c == '_' {
			out = append(out, c)
		}
	}
	if len(out) == 0 {
		return "invoice"
	}
	return string(out)
}

func build(inv domain.Invoice) document {
	credit := inv.Kind == domain.InvoiceKindCredit
	d := document{
		XMLName: xml.Name{Local: "Invoice"}, NS: nsInvoice, CAC: nsCAC, CBC: nsCBC,
		CustomizationID: customization, ProfileID: profile,
		ID: inv.Number, IssueDate: inv.IssueDate.String(),
		Note:           inv.Note,
		Currency:       inv.Currency,
		BuyerReference: inv.BuyerReference,
		InvoicePeriod:  &period{StartDate: inv.PeriodStart.String(), EndDate: inv.PeriodEnd.String()},
	}
	if inv.Kind == domain.InvoiceKindSelfBilling {
		d.CustomizationID, d.ProfileID = customizationSelfBilling, profileSelfBilling
	}
	if inv.OrderReference != "" {
		d.OrderReference = &idRef{ID: inv.OrderReference}
	}
	notSubject := false
	for _, l := range inv.Lines {
		if l.VAT.Category == domain.VATNotSubject {
			notSubject = true
		}
	}
	d.Supplier = partyWrap{Party: party(inv.Seller, notSubject)}
	d.Customer = partyWrap{Party: party(inv.Buyer, notSubject)}
	d.PaymentMeans = &paymentMeans{Code: "30", PaymentID: inv.Number}
	if inv.Seller.IBAN != "" {
		d.PaymentMeans.Account = &account{ID: inv.Seller.IBAN, Name: inv.Seller.Name}
		if inv.Seller.BIC != "" {
			d.PaymentMeans.Account.Branch = &idRef{ID: inv.Seller.BIC}
		}
	}
	totals := domain.InvoiceTotals(inv.Lines)
	d.TaxTotal = taxTotal{TaxAmount: amount(inv.Currency, totals.VATCents)}
	for _, sub := range totals.VAT {
		d.TaxTotal.Subtotals = append(d.TaxTotal.Subtotals, taxSubtotal{
			TaxableAmount: amount(inv.Currency, sub.BaseCents),
			TaxAmount:     amount(inv.Currency, sub.TaxCents),
			Category:      category(sub.VATLine, true),
		})
	}
	d.Monetary = monetary{
		LineExtension: amount(inv.Currency, totals.NetCents),
		TaxExclusive:  amount(inv.Currency, totals.NetCents),
		TaxInclusive:  amount(inv.Currency, totals.TotalCents),
		Payable:       amount(inv.Currency, totals.TotalCents),
	}
	if credit {
		d.XMLName.Local, d.NS, d.CreditTypeCode = "CreditNote", nsCreditNote, "381"
		d.BillingReference = &billingRef{InvoiceDocumentReference: docRef{ID: inv.CreditsNumber, IssueDate: inv.CreditsIssueDate.String()}}
		for _, l := range inv.Lines {
			d.CreditLines = append(d.CreditLines, creditLine(line(inv.Currency, l)))
		}
		return d
	}
	d.InvoiceTypeCode = inv.Kind.TypeCode()
	d.DueDate = inv.DueDate.String()
	d.PaymentTerms = &note{Note: fmt.Sprintf("Payment within %d days of %s", inv.PaymentDays, inv.IssueDate)}
	for _, l := range inv.Lines {
		d.InvoiceLines = append(d.InvoiceLines, line(inv.Currency, l))
	}
	return d
}

// party writes a seller or buyer. Without VAT (category O) no VAT
// identifier may appear (BR-O-02).
func party(p domain.Party, notSubject bool) xmlParty {
	out := xmlParty{
		Name:    p.Name,
		Address: address{Street: p.Street, City: p.City, PostalZone: p.PostalCode, Country: country{Code: p.Country}},
		Legal:   legalEntity{RegistrationName: p.Name},
	}
	if scheme, id, ok := domain.EndpointOf(p.PeppolID, p.VATNumber, p.Country); ok {
		out.Endpoint = &endpoint{Scheme: scheme, Value: id}
	}
	if p.VATNumber != "" && !notSubject {
		out.TaxScheme = &partyTaxScheme{CompanyID: p.VATNumber, TaxScheme: idRef{ID: "VAT"}}
	}
	if p.CoCNumber != "" {
		out.Legal.CompanyID = &schemed{Value: p.CoCNumber}
		if p.Country == "NL" {
			out.Legal.CompanyID.Scheme = "0106" // KvK (NL-R-003, NL-R-005)
		}
	}
	if p.Email != "" || p.Phone != "" || p.Contact != "" {
		out.Contact = &contact{Name: p.Contact, Telephone: p.Phone, Email: p.Email}
	}
	return out
}

func line(currency string, l domain.InvoiceLine) invoiceLine {
	b := invoiceLine{
		ID:            fmt.Sprint(l.Position),
		Quantity:      quantity(l.Minutes),
		LineExtension: amount(currency, l.NetCents),
		Item:          item{Name: itemName(l.Description), Description: l.Description, Tax: category(l.VAT, false)},
		Price:         price{Amount: money{Currency: currency, Value: domain.FormatMicros(l.PriceMicros)}},
	}
	if !domain.ExactHours(l.Minutes) {
		// Minutes that hours with two decimals cannot say exactly are
		// invoiced in minutes at the hourly price per 60 of them.
		b.Price.Base = &quantityXML{Unit: "MIN", Value: "60"}
	}
	return b
}

// itemName is the description's first 100 characters: a short name the
// receiving system lists, the full text stays in the description.
func itemName(s string) string {
	r := []rune(s)
	if len(r) > 100 {
		return string(r[:100])
	}
	return s
}

func quantity(minutes int64) quantityXML {
	if domain.ExactHours(minutes) {
		return quantityXML{Unit: "HUR", Value: domain.FormatQuantity(minutes)}
	}
	return quantityXML{Unit: "MIN", Value: fmt.Sprint(minutes)}
}

func amount(currency string, cents int64) money {
	return money{Currency: currency, Value: domain.FormatCents(cents)}
}

// category writes a VAT category; the breakdown carries the exemption
// reason, the lines only the category and rate. Category O has no rate
// (BR-O-05).
func category(v domain.VATLine, breakdown bool) taxCategory {
	c := taxCategory{ID: string(v.Category), TaxScheme: idRef{ID: "VAT"}}
	if v.Category != domain.VATNotSubject {
		p := domain.FormatCents(int64(v.RateBP))
		c.Percent = &p
	}
	if breakdown {
		c.ExemptionCode, c.ExemptionReason = v.ExemptionCode, v.ExemptionReason
	}
	return c
}
