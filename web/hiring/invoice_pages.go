package hiring

import (
	"net/http"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/service"
	"github.com/matchpoint/matchpoint/upload"
	"github.com/matchpoint/matchpoint/web/kit"
)

type invoiceListView struct {
	kit.Page
	Invoices []invoiceItem
	More     bool
	Next     int
}

type invoiceItem struct {
	domain.Invoice
	Total string
}

// invoiceList lists the company's invoices and credit notes; a contact the
// company's details do not name gets not found, as for a page that is not
// there for it.
func (a *App) invoiceList(w http.ResponseWriter, r *http.Request) error {
	c, err := a.contact(r)
	if err != nil {
		return err
	}
	page := kit.PageIndex(r)
	list, more, shown, err := a.Svc.ContactInvoices(r.Context(), c, page)
	if err != nil {
		return err
	}
	if !shown {
		return domain.NotFound("invoices")
	}
	v := invoiceListView{Page: a.Page(r, "hiring.invoices.title"), More: more, Next: page + 2}
	lang := v.Lang()
	for _, inv := range list {
		v.Invoices = append(v.Invoices, invoiceItem{Invoice: inv, Total: service.Money(lang, inv.Currency, inv.TotalCents)})
	}
	return a.Render(w, http.StatusOK, "invoices", v)
}

type invoicePageView struct {
	kit.Page
	Inv   domain.Invoice
	Lines []invoicePageLine
	Net   string
	VAT   string
	Total string
}

type invoicePageLine struct {
	Description, Hours, Amount string
}

// invoiceView shows one invoice or credit note with its documents.
func (a *App) invoiceView(w http.ResponseWriter, r *http.Request) error {
	id, err := kit.PathID(r, "id")
	if err != nil {
		return err
	}
	inv, err := a.Svc.ContactInvoice(r.Context(), a.actor(r), id)
	if err != nil {
		return err
	}
	v := invoicePageView{Page: a.Page(r, "hiring.invoices.invoice"), Inv: inv}
	lang := v.Lang()
	for _, l := range inv.Lines {
		v.Lines = append(v.Lines, invoicePageLine{Description: l.Description, Hours: service.Hours(lang, l.Minutes),
			Amount: service.Money(lang, inv.Currency, l.NetCents)})
	}
	v.Net, v.VAT, v.Total = service.Money(lang, inv.Currency, inv.NetCents), service.Money(lang, inv.Currency, inv.VATCents),
		service.Money(lang, inv.Currency, inv.TotalCents)
	return a.Render(w, http.StatusOK, "invoice", v)
}

func (a *App) invoicePDF(w http.ResponseWriter, r *http.Request) error {
	return a.invoiceFile(w, r, "pdf")
}
func (a *App) invoiceXML(w http.ResponseWriter, r *http.Request) error {
	return a.invoiceFile(w, r, "xml")
}

func (a *App) invoiceFile(w http.ResponseWriter, r *http.Request, format string) error {
	id, err := kit.PathID(r, "id")
	if err != nil {
		return err
	}
	f, err := a.Svc.InvoiceFile(r.Context(), a.actor(r), id, format)
	if err != nil {
		return err
	}
	h := w.Header()
	h.Set("Content-Type", f.ContentType)
	h.Set("Content-Disposition", upload.Disposition(f.Name))
	h.Set("X-Content-Type-Options", "nosniff")
	_, err = w.Write(f.Content)
	return err
}
