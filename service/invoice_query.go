package service

import (
	"context"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/store"
)

// InvoiceDetail is an invoice as its page shows it: the invoice with its
// lines, which lines confirmed credit notes took back, and the credit
// notes (drafts included) that refer to it.
type InvoiceDetail struct {
	Invoice  domain.Invoice
	Credited map[domain.ID]bool
	Credits  []domain.Invoice
	Run      *domain.InvoiceRun
}

// InvoiceDetail returns an invoice for the back office.
func (s *Service) InvoiceDetail(ctx context.Context, id domain.ID) (_ InvoiceDetail, err error) {
	defer domain.Wrap(&err, "service.InvoiceDetail(%d)", id)
	st := s.store()
	inv, err := st.Invoice(ctx, id)
	if err != nil {
		return InvoiceDetail{}, err
	}
	d := InvoiceDetail{Invoice: inv}
	if d.Credited, err = st.CreditedLineIDs(ctx, id); err != nil {
		return InvoiceDetail{}, err
	}
	if inv.Kind == domain.InvoiceKindInvoice {
		if d.Credits, _, err = st.Invoices(ctx, store.InvoiceFilter{CreditsID: id, Limit: 200}); err != nil {
			return InvoiceDetail{}, err
		}
	}
	if inv.RunID != 0 {
		run, err := st.InvoiceRun(ctx, inv.RunID)
		if err != nil {
			return InvoiceDetail{}, err
		}
		d.Run = &run
	}
	return d, nil
}

// InvoiceFile is one of an invoice's stored documents.
type InvoiceFile struct {
	Name        string
	ContentType string
	Content     []byte
}

// InvoiceFile returns a confirmed invoice's XML ("xml") or PDF ("pdf") to
// who asks: any recruiter, a contact only for an invoice it sees
// (domain.ContactSeesInvoice), anyone else not found. The download is
// audited.
func (s *Service) InvoiceFile(ctx context.Context, who store.Actor, id domain.ID, format string) (_ InvoiceFile, err error) {
	defer domain.Wrap(&err, "service.InvoiceFile(%d, %s)", id, format)
	st := s.store()
	inv, err := s.invoiceFor(ctx, st, who, id)
	if err != nil {
		return InvoiceFile{}, err
	}
	attID := inv.PDFAttachmentID
	if format == "xml" {
		attID = inv.XMLAttachmentID
	} else if format != "pdf" {
		return InvoiceFile{}, domain.NotFound("invoice format")
	}
	if attID == 0 {
		return InvoiceFile{}, domain.NotFound("invoice document")
	}
	a, err := st.Attachment(ctx, attID)
	if err != nil {
		return InvoiceFile{}, err
	}
	content, err := st.AttachmentContent(ctx, attID)
	if err != nil {
		return InvoiceFile{}, err
	}
	if err := st.Audit(ctx, domain.AuditEntry{ActorKind: who.Kind, ActorID: who.ID, ActorName: who.Name,
		Action: "download", ObjectKind: "invoice", ObjectID: id, Detail: a.FileName}); err != nil {
		return InvoiceFile{}, err
	}
	return InvoiceFile{Name: a.FileName, ContentType: a.ContentType, Content: content}, nil
}

// invoiceFor loads an invoice checked against who asks (B5).
func (s *Service) invoiceFor(ctx context.Context, st *store.Store, who store.Actor, id domain.ID) (domain.Invoice, error) {
	inv, err := st.Invoice(ctx, id)
	if err != nil {
		return domain.Invoice{}, err
	}
	switch who.Kind {
	case domain.AudienceOffice:
		return inv, nil
	case domain.AudienceHiring:
		c, err := st.Contact(ctx, who.ID)
		if err != nil {
			return domain.Invoice{}, domain.NotFound("invoice")
		}
		b, err := st.ClientBilling(ctx, c.CompanyID)
		if err != nil || !domain.ContactSeesInvoice(inv, b, c) {
			return domain.Invoice{}, domain.NotFound("invoice")
		}
		return inv, nil
	}
	return domain.Invoice{}, domain.NotFound("invoice")
}

// ContactInvoices lists the confirmed invoices and credit notes of the
// contact's company, newest first, when the company's invoicing details
// name the contact; shown is false (and the list empty) otherwise, and the
// portal hides its invoices section.
func (s *Service) ContactInvoices(ctx context.Context, c domain.Contact, page int) (_ []domain.Invoice, more, shown bool, err error) {
	defer domain.Wrap(&err, "service.ContactInvoices(%d)", c.ID)
	st := s.store()
	b, err := st.ClientBilling(ctx, c.CompanyID)
	if domain.KindOf(err) == domain.KindNotFound {
		return nil, false, false, nil
	}
	if err != nil {
		return nil, false, false, err
	}
	if !domain.ContactSeesInvoices(b, c) {
		return nil, false, false, nil
	}
	list, more, err := st.Invoices(ctx, store.InvoiceFilter{CompanyID: c.CompanyID, Status: domain.InvoiceConfirmed,
		Kinds: []domain.InvoiceKind{domain.InvoiceKindInvoice, domain.InvoiceKindCredit}, Limit: 50, Offset: page * 50})
	return list, more, true, err
}

// ContactInvoice returns one invoice for a contact that sees it.
func (s *Service) ContactInvoice(ctx context.Context, who store.Actor, id domain.ID) (domain.Invoice, error) {
	return s.invoiceFor(ctx, s.store(), who, id)
}

// ContactSeesInvoices tells whether the Hiring Portal shows the contact its
// invoices section.
func (s *Service) ContactSeesInvoices(ctx context.Context, c domain.Contact) (bool, error) {
	b, err := s.store().ClientBilling(ctx, c.CompanyID)
	if domain.KindOf(err) == domain.KindNotFound {
		return false, nil
	}
	return err == nil && domain.ContactSeesInvoices(b, c), err
}
