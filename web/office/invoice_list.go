package office

import (
	"net/http"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/store"
	"github.com/matchpoint/matchpoint/web/kit"
)

type invoiceListView struct {
	kit.Page
	Runs      []domain.InvoiceRun
	Proposals []domain.Invoice // draft credit notes
	Invoices  []domain.Invoice
	Q         string
	Pager
}

// invoiceList is the invoicing page: the latest runs, the credit notes
// waiting for confirmation, and the confirmed invoices and credit notes.
func (a *App) invoiceList(w http.ResponseWriter, r *http.Request) error {
	ctx := r.Context()
	page := kit.PageIndex(r)
	v := invoiceListView{Page: a.Page(r, "invoice.list.title"), Q: r.URL.Query().Get("q"), Pager: Pager{Page: page + 1}}
	var err error
	if v.Runs, _, err = a.Store.InvoiceRuns(ctx, 10, 0); err != nil {
		return err
	}
	if v.Proposals, _, err = a.Store.Invoices(ctx, store.InvoiceFilter{Status: domain.InvoiceDraft,
		Kinds: []domain.InvoiceKind{domain.InvoiceKindCredit}, Limit: 50}); err != nil {
		return err
	}
	v.Invoices, v.More, err = a.Store.Invoices(ctx, store.InvoiceFilter{Status: domain.InvoiceConfirmed, Query: v.Q,
		Limit: pageSize, Offset: page * pageSize})
	if err != nil {
		return err
	}
	return a.Render(w, http.StatusOK, "invoices", v)
}
