package office

import (
	"net/http"
	"strconv"
	"strings"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/service"
	"github.com/matchpoint/matchpoint/upload"
	"github.com/matchpoint/matchpoint/web/kit"
)

type invoiceView struct {
	kit.Page
	service.InvoiceDetail
	Lines  []invoiceLineRow
	VAT    []invoiceVATRow
	Reason string
}

type invoiceLineRow struct {
	domain.InvoiceLine
	Price, VATText, Hours string
}

type invoiceVATRow struct {
	domain.VATSubtotal
	Label string
}

// vatText names a VAT line in the reader's language: the rate, or the category.
func vatText(l interface{ T(string, ...any) string }, lang string, v domain.VATLine) string {
	if v.Category == domain.VATStandard {
		return service.Percent(lang, v.RateBP)
	}
	return l.T("invoice.vat." + strings.ToLower(string(v.Category)))
}

func invoiceURL(id domain.ID) string { return "/office/invoices/" + strconv.FormatInt(id, 10) }

// invoiceView shows an invoice or credit note with its lines, its VAT
// breakdown, its documents, its credit notes and, to admins, the form that
// credits lines of it.
func (a *App) invoiceView(w http.ResponseWriter, r *http.Request) error {
	return a.renderInvoice(w, r, http.StatusOK, "", nil)
}

func (a *App) renderInvoice(w http.ResponseWriter, r *http.Request, status int, reason string, errs domain.FieldErrors) error {
	id, err := kit.PathID(r, "id")
	if err != nil {
		return err
	}
	d, err := a.Svc.InvoiceDetail(r.Context(), id)
	if err != nil {
		return err
	}
	v := invoiceView{Page: a.Page(r, "invoice.page_title"), InvoiceDetail: d, Reason: reason}
	l := a.Localizer(r)
	for _, ln := range d.Invoice.Lines {
		v.Lines = append(v.Lines, invoiceLineRow{InvoiceLine: ln, Hours: domain.FormatQuantity(ln.Minutes), Price: "€ " + domain.FormatMicros(ln.PriceMicros), VATText: vatText(l, l.Lang, ln.VAT)})
	}
	for _, sub := range d.Invoice.VAT {
		v.VAT = append(v.VAT, invoiceVATRow{VATSubtotal: sub, Label: vatText(l, l.Lang, sub.VATLine)})
	}
	if errs != nil {
		v.Errors = errs
	}
	return a.Render(w, status, "invoice", v)
}

func (a *App) invoicePDF(w http.ResponseWriter, r *http.Request) error {
	return a.invoiceFile(w, r, "pdf")
}
func (a *App) invoiceXML(w http.ResponseWriter, r *http.Request) error {
	return a.invoiceFile(w, r, "xml")
}

// invoiceFile sends one of a confirmed invoice's stored documents.
func (a *App) invoiceFile(w http.ResponseWriter, r *http.Request, format string) error {
	id, err := kit.PathID(r, "id")
	if err != nil {
		return err
	}
	f, err := a.Svc.InvoiceFile(r.Context(), actor(r), id, format)
	if err != nil {
		return err
	}
	return writeInvoiceFile(w, f)
}

// writeInvoiceFile sends a document as a download.
func writeInvoiceFile(w http.ResponseWriter, f service.InvoiceFile) error {
	h := w.Header()
	h.Set("Content-Type", f.ContentType)
	h.Set("Content-Disposition", upload.Disposition(f.Name))
	h.Set("X-Content-Type-Options", "nosniff")
	_, err := w.Write(f.Content)
	return err
}

// invoiceCredit drafts a credit note for the ticked lines (all open lines
// when none is ticked) with the reason, and opens it for confirmation.
func (a *App) invoiceCredit(w http.ResponseWriter, r *http.Request) error {
	id, err := kit.PathID(r, "id")
	if err != nil {
		return err
	}
	f, err := kit.NewForm(r)
	if err != nil {
		return err
	}
	reason := f.Text("reason")
	lines := f.IDs("line")
	credit, err := a.Svc.DraftCredit(r.Context(), actor(r), id, lines, reason)
	switch {
	case kit.Invalid(err):
		_ = f.Check(err)
		return a.renderInvoice(w, r, http.StatusUnprocessableEntity, reason, f.Errors)
	case domain.KindOf(err) == domain.KindConflict:
		return kit.Redirect(w, r, invoiceURL(id)+"?flash="+domain.KeyOf(err))
	case err != nil:
		return err
	}
	return kit.Redirect(w, r, invoiceURL(credit.ID)+"?flash=invoice.flash.credit_drafted")
}

// invoiceCreditConfirm confirms a draft credit note.
func (a *App) invoiceCreditConfirm(w http.ResponseWriter, r *http.Request) error {
	id, err := kit.PathID(r, "id")
	if err != nil {
		return err
	}
	if _, err := kit.NewForm(r); err != nil {
		return err
	}
	_, err = a.Svc.ConfirmCredit(r.Context(), actor(r), id)
	if domain.KindOf(err) == domain.KindConflict {
		return kit.Redirect(w, r, invoiceURL(id)+"?flash="+domain.KeyOf(err))
	}
	if err != nil {
		return err
	}
	return kit.Redirect(w, r, invoiceURL(id)+"?flash=invoice.flash.confirmed")
}

// invoiceCreditDiscard discards a draft credit note.
func (a *App) invoiceCreditDiscard(w http.ResponseWriter, r *http.Request) error {
	id, err := kit.PathID(r, "id")
	if err != nil {
		return err
	}
	if _, err := kit.NewForm(r); err != nil {
		return err
	}
	err = a.Svc.DiscardCredit(r.Context(), actor(r), id)
	if domain.KindOf(err) == domain.KindConflict {
		return kit.Redirect(w, r, invoiceURL(id)+"?flash="+domain.KeyOf(err))
	}
	if err != nil {
		return err
	}
	return kit.Redirect(w, r, invoiceURL(id)+"?flash=invoice.flash.discarded")
}
