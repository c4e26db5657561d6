package service

import (
	"bytes"
	"context"
	"fmt"
	"strings"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/i18n"
	"github.com/matchpoint/matchpoint/mail"
	"github.com/matchpoint/matchpoint/pdf"
	"github.com/matchpoint/matchpoint/store"
	"github.com/matchpoint/matchpoint/ubl"
)

// InvoiceDocuments renders a confirmed invoice as UBL XML and as a PDF in
// its language.
func (s *Service) InvoiceDocuments(inv domain.Invoice) (xml, pdfDoc []byte, err error) {
	defer domain.Wrap(&err, "service.InvoiceDocuments(%s)", inv.Number)
	if xml, err = ubl.Write(inv); err != nil {
		return nil, nil, err
	}
	l, err := s.localizer(inv.Language)
	if err != nil {
		return nil, nil, err
	}
	var buf bytes.Buffer
	if err := pdf.WriteInvoice(&buf, invoicePrint(l, inv)); err != nil {
		return nil, nil, err
	}
	return xml, buf.Bytes(), nil
}

// PDFName is the file name of an invoice's PDF.
func PDFName(inv domain.Invoice) string {
	return strings.TrimSuffix(ubl.FileName(inv), ".xml") + ".pdf"
}

// storeDocuments renders a confirmed invoice's documents and keeps them as
// attachments: of the client company for invoices and credit notes, of the
// invoice itself for a self-billing invoice (so that a freelancer's erasure
// leaves them, F2). The attachment type is the one coded "invoice", made
// when the agency has none; no portal sees it through its documents section.
func (s *Service) storeDocuments(ctx context.Context, tx *store.Store, inv *domain.Invoice) error {
	xmlDoc, pdfDoc, err := s.InvoiceDocuments(*inv)
	if err != nil {
		return err
	}
	typ, err := tx.AttachmentTypeByCode(ctx, domain.TypeCodeInvoice)
	if domain.KindOf(err) == domain.KindNotFound {
		typ = domain.AttachmentType{Name: "Invoice", Code: domain.TypeCodeInvoice}
		err = tx.SaveAttachmentType(ctx, &typ)
	}
	if err != nil {
		return err
	}
	kind, subject := domain.SubjectCompany, inv.CompanyID
	if inv.Kind == domain.InvoiceKindSelfBilling {
		kind, subject = domain.SubjectInvoice, inv.ID
	}
	x := domain.Attachment{SubjectKind: kind, SubjectID: subject, TypeID: typ.ID, FileName: ubl.FileName(*inv),
		ContentType: "application/xml", UploadedBy: "Matchpoint"}
	if err := tx.CreateAttachment(ctx, &x, xmlDoc); err != nil {
		return err
	}
	p := domain.Attachment{SubjectKind: kind, SubjectID: subject, TypeID: typ.ID, FileName: PDFName(*inv),
		ContentType: "application/pdf", UploadedBy: "Matchpoint"}
	if err := tx.CreateAttachment(ctx, &p, pdfDoc); err != nil {
		return err
	}
	inv.XMLAttachmentID, inv.PDFAttachmentID = x.ID, p.ID
	return tx.SetInvoiceDocuments(ctx, inv.ID, x.ID, p.ID)
}

// mailInvoice sends a confirmed invoice or credit note, with its XML and
// PDF, to each contact the client's invoicing details name (in the
// contact's language, with a link to it in the Hiring Portal) and to the
// client's invoice address.
func (s *Service) mailInvoice(ctx context.Context, tx *store.Store, inv domain.Invoice) error {
	b, err := tx.ClientBilling(ctx, inv.CompanyID)
	if err != nil {
		return err
	}
	t, err := tx.CurrentTenant(ctx)
	if err != nil {
		return err
	}
	send := func(to, name, lang, link string) error {
		l, err := s.localizer(lang)
		if err != nil {
			return err
		}
		data := mail.InvoiceData{Name: name, Agency: t.Name, Company: inv.Buyer.Name, Document: l.T("invoice.kind." + string(inv.Kind)),
			Number: inv.Number, Date: inv.IssueDate.String(), Total: Money(lang, inv.Currency, inv.TotalCents), Link: link}
		if inv.Kind != domain.InvoiceKindCredit {
			data.DueDate = inv.DueDate.String()
		}
		m, err := mail.Enqueue(ctx, tx, mail.Message{To: to, Language: lang, Key: "invoice_issued", Data: data})
		if err != nil {
			return err
		}
		return tx.AttachToMail(ctx, m.ID, inv.PDFAttachmentID, inv.XMLAttachmentID)
	}
	sent := map[string]bool{}
	for _, id := range b.ContactIDs {
		c, err := tx.Contact(ctx, id)
		if err != nil {
			return err
		}
		if c.Email == "" || sent[strings.ToLower(c.Email)] {
			continue
		}
		sent[strings.ToLower(c.Email)] = true
		if err := send(c.Email, c.Name(), c.Language, s.link(t, fmt.Sprintf("/hiring/invoices/%d", inv.ID))); err != nil {
			return err
		}
	}
	if b.Email != "" && !sent[strings.ToLower(b.Email)] {
		return send(b.Email, "", inv.Language, "")
	}
	return nil
}

// mailSelfBilled sends the freelancer a copy of the self-billed invoice
// the agency issued in its name, with the XML and PDF, in its language, so
// that it can check and accept it as the agreement provides; never to the
// client. The mail names the candidate, so its erasure scrubs the mail.
func (s *Service) mailSelfBilled(ctx context.Context, tx *store.Store, inv domain.Invoice) error {
	c, err := tx.Candidate(ctx, inv.CandidateID)
	if err != nil {
		return err
	}
	if c.Email == "" {
		return nil
	}
	t, err := tx.CurrentTenant(ctx)
	if err != nil {
		return err
	}
	l, err := s.localizer(c.Language)
	if err != nil {
		return err
	}
	data := mail.InvoiceData{Name: c.Name(), Agency: t.Name, Company: inv.Seller.Name, Document: l.T("invoice.kind." + string(inv.Kind)),
		Number: inv.Number, Date: inv.IssueDate.String(), Total: Money(l.Lang, inv.Currency, inv.TotalCents)}
	m, err := mail.Enqueue(ctx, tx, mail.Message{To: c.Email, Language: c.Language, Key: "invoice_issued", Data: data, CandidateID: c.ID})
	if err != nil {
		return err
	}
	return tx.AttachToMail(ctx, m.ID, inv.PDFAttachmentID, inv.XMLAttachmentID)
}

// Money formats cents in a language's way: "€ 1.234,56" in Dutch, German
// and French, "€1,234.56" in English.
func Money(lang, currency string, cents int64) string {
	s := domain.FormatCents(cents)
	sign := ""
	if strings.HasPrefix(s, "-") {
		sign, s = "-", s[1:]
	}
	whole, frac, _ := strings.Cut(s, ".")
	var groups []string
	for len(whole) > 3 {
		groups = append([]string{whole[len(whole)-3:]}, groups...)
		whole = whole[:len(whole)-3]
	}
	groups = append([]string{whole}, groups...)
	symbol := currency
	if currency == "EUR" {
		symbol = "€"
	}
	if lang == "en" {
		return sign + symbol + strings.Join(groups, ",") + "." + frac
	}
	sep := "."
	if lang == "fr" {
		sep = "\u202f" // narrow no-break space
	}
	return sign + symbol + " " + strings.Join(groups, sep) + "," + frac
}

// localDecimal writes a decimal with a comma in languages that use one.
func localDecimal(lang, s string) string {
	if lang == "en" {
		return s
	}
	return strings.Replace(s, ".", ",", 1)
}

// Hours formats minutes as hours in a language's way: "7.75" or "7,75".
func Hours(lang string, minutes int64) string {
	return localDecimal(lang, domain.FormatQuantity(minutes))
}

// Percent formats basis points as a percentage: "21%" or "9,5%".
func Percent(lang string, bp int) string {
	p := strings.TrimSuffix(strings.TrimRight(domain.FormatCents(int64(bp)), "0"), ".")
	return localDecimal(lang, p) + "%"
}

// invoicePrint lays out an invoice's texts for the PDF in l's language.
func invoicePrint(l *i18n.Localizer, inv domain.Invoice) pdf.Invoice {
	lang := l.Lang
	money := func(c int64) string { return Money(lang, inv.Currency, c) }
	doc := pdf.Invoice{
		Title:    l.T("invoice.kind_title."+string(inv.Kind)) + " " + inv.Number,
		Seller:   partyLines(l, inv.Seller, true),
		Buyer:    partyLines(l, inv.Buyer, false),
		Heads:    [5]string{l.T("invoice.pdf.description"), l.T("invoice.pdf.hours"), l.T("invoice.pdf.price"), l.T("invoice.pdf.vat"), l.T("invoice.pdf.amount")},
		VATHeads: [3]string{l.T("invoice.pdf.vat"), l.T("invoice.pdf.base"), l.T("invoice.pdf.tax")},
		Footer:   strings.Join(nonEmpty(inv.Seller.Name, inv.Seller.CoCNumber, inv.Seller.VATNumber, inv.Seller.IBAN), " · "),
	}
	doc.Fields = append(doc.Fields, pdf.Field{Label: l.T("invoice.pdf.date"), Value: inv.IssueDate.String()})
	if inv.Kind == domain.InvoiceKindCredit {
		doc.Fields = append(doc.Fields, pdf.Field{Label: l.T("invoice.pdf.credits"), Value: inv.CreditsNumber + " (" + inv.CreditsIssueDate.String() + ")"})
		if inv.Note != "" {
			doc.Fields = append(doc.Fields, pdf.Field{Label: l.T("invoice.pdf.reason"), Value: inv.Note})
		}
	} else {
		doc.Fields = append(doc.Fields, pdf.Field{Label: l.T("invoice.pdf.due"), Value: inv.DueDate.String()})
	}
	doc.Fields = append(doc.Fields, pdf.Field{Label: l.T("invoice.pdf.period"), Value: inv.PeriodStart.String() + " – " + inv.PeriodEnd.String()})
	if inv.OrderReference != "" {
		doc.Fields = append(doc.Fields, pdf.Field{Label: l.T("invoice.pdf.po"), Value: inv.OrderReference})
	}
	if inv.BuyerReference != "" {
		doc.Fields = append(doc.Fields, pdf.Field{Label: l.T("invoice.pdf.reference"), Value: inv.BuyerReference})
	}
	if inv.Kind == domain.InvoiceKindSelfBilling && inv.Note != "" {
		doc.Notes = append(doc.Notes, inv.Note) // the mention the VAT Directive requires (art. 226(10a))
	}
	for _, ln := range inv.Lines {
		price := money(ln.PriceMicros / domain.MicrosPerCent)
		if ln.PriceMicros%domain.MicrosPerCent != 0 {
			price = localDecimal(lang, domain.FormatMicros(ln.PriceMicros))
		}
		doc.Lines = append(doc.Lines, pdf.InvoiceRow{Description: ln.Description, Quantity: Hours(lang, ln.Minutes), Price: price,
			VAT: vatLabel(l, ln.VAT), Amount: money(ln.NetCents)})
	}
	t := domain.InvoiceTotals(inv.Lines)
	notes := map[string]bool{}
	for _, v := range t.VAT {
		doc.VAT = append(doc.VAT, pdf.InvoiceVAT{Label: vatLabel(l, v.VATLine), Base: money(v.BaseCents), Tax: money(v.TaxCents)})
		if v.ExemptionReason != "" && !notes[v.ExemptionReason] {
			notes[v.ExemptionReason] = true
			doc.Notes = append(doc.Notes, l.T("invoice.pdf.vat_note."+strings.ToLower(string(v.Category)), map[string]any{"Reason": v.ExemptionReason}))
		}
	}
	doc.Totals = []pdf.Field{
		{Label: l.T("invoice.pdf.net"), Value: money(t.NetCents)},
		{Label: l.T("invoice.pdf.vat_total"), Value: money(t.VATCents)},
		{Label: l.T("invoice.pdf.total"), Value: money(t.TotalCents)},
	}
	if inv.Kind != domain.InvoiceKindCredit && inv.Seller.IBAN != "" {
		doc.Notes = append(doc.Notes, l.T("invoice.pdf.pay", map[string]any{"Total": money(t.TotalCents), "Due": inv.DueDate.String(),
			"IBAN": inv.Seller.IBAN, "Number": inv.Number}))
	}
	return doc
}

func vatLabel(l *i18n.Localizer, v domain.VATLine) string {
	if v.Category == domain.VATStandard {
		return Percent(l.Lang, v.RateBP)
	}
	return l.T("invoice.vat." + strings.ToLower(string(v.Category)))
}

func partyLines(l *i18n.Localizer, p domain.Party, seller bool) []string {
	lines := nonEmpty(p.Name, p.Street, strings.TrimSpace(p.PostalCode+" "+p.City), p.Country)
	if p.VATNumber != "" {
		lines = append(lines, l.T("invoice.pdf.vat_number")+": "+p.VATNumber)
	}
	if p.CoCNumber != "" {
		lines = append(lines, l.T("invoice.pdf.coc_number")+": "+p.CoCNumber)
	}
	if seller && p.IBAN != "" {
		lines = append(lines, "IBAN: "+p.IBAN)
	}
	if seller && p.Email != "" {
		lines = append(lines, p.Email)
	}
	return lines
}

func nonEmpty(ss ...string) []string {
	var out []string
	for _, s := range ss {
		if strings.TrimSpace(s) != "" {
			out = append(out, s)
		}
	}
	return out
}
