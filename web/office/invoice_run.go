package office

import (
	"net/http"
	"slices"
	"strconv"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/store"
	"github.com/matchpoint/matchpoint/web/kit"
)

type invoiceRunFormView struct {
	kit.Page
	Period  string
	Clients []clientChoice
}

type clientChoice struct {
	ID      domain.ID
	Name    string
	Checked bool
}

// invoiceRunNew is the form that starts a run: a month or a week, and the
// clients (none chosen = all).
func (a *App) invoiceRunNew(w http.ResponseWriter, r *http.Request) error {
	last := domain.MonthOf(a.Svc.Today().AddDays(-a.Svc.Today().Time().Day()))
	return a.renderInvoiceRunForm(w, r, http.StatusOK, last.Label(), nil, nil)
}

func (a *App) renderInvoiceRunForm(w http.ResponseWriter, r *http.Request, status int, period string, ids []domain.ID, errs domain.FieldErrors) error {
	v := invoiceRunFormView{Page: a.Page(r, "invoice.run.new"), Period: period}
	companies, _, err := a.Store.Companies(r.Context(), store.CompanyFilter{Kind: domain.CompanyClient, Limit: 200})
	if err != nil {
		return err
	}
	for _, c := range companies {
		v.Clients = append(v.Clients, clientChoice{ID: c.ID, Name: c.Name, Checked: slices.Contains(ids, c.ID)})
	}
	if errs != nil {
		v.Errors = errs
	}
	return a.Render(w, status, "invoice_run_new", v)
}

// invoiceRunCreate drafts the run and shows it for review.
func (a *App) invoiceRunCreate(w http.ResponseWriter, r *http.Request) error {
	f, err := kit.NewForm(r)
	if err != nil {
		return err
	}
	label := f.String("period")
	ids := f.IDs("company_id")
	period, perr := domain.ParsePeriod(label)
	if err := f.Check(perr); err != nil {
		return a.renderInvoiceRunForm(w, r, http.StatusUnprocessableEntity, label, ids, f.Errors)
	}
	run, err := a.Svc.DraftInvoiceRun(r.Context(), actor(r), period, ids)
	switch {
	case kit.Invalid(err):
		_ = f.Check(err)
		return a.renderInvoiceRunForm(w, r, http.StatusUnprocessableEntity, label, ids, f.Errors)
	case domain.KindOf(err) == domain.KindInvalid:
		f.Errors["period"] = domain.KeyOf(err)
		return a.renderInvoiceRunForm(w, r, http.StatusUnprocessableEntity, label, ids, f.Errors)
	case err != nil:
		return err
	}
	return kit.Redirect(w, r, "/office/invoice-runs/"+strconv.FormatInt(run.ID, 10))
}

type invoiceRunView struct {
	kit.Page
	Run      domain.InvoiceRun
	Invoices []domain.Invoice
	Skipped  []skippedRow
}

type skippedRow struct {
	domain.SkippedDay
	Placement string
}

// invoiceRunView shows a run: its invoices (drafts with their totals, for
// review) and the days it could not invoice, with why.
func (a *App) invoiceRunView(w http.ResponseWriter, r *http.Request) error {
	id, err := kit.PathID(r, "id")
	if err != nil {
		return err
	}
	ctx := r.Context()
	v := invoiceRunView{Page: a.Page(r, "invoice.run.title")}
	if v.Run, err = a.Store.InvoiceRun(ctx, id); err != nil {
		return err
	}
	list, _, err := a.Store.Invoices(ctx, store.InvoiceFilter{RunID: id, Limit: 1000})
	if err != nil {
		return err
	}
	for i := len(list) - 1; i >= 0; i-- {
		v.Invoices = append(v.Invoices, list[i])
	}
	var ids []domain.ID
	for _, s := range v.Run.Skipped {
		ids = append(ids, s.PlacementID)
	}
	placements, err := a.Store.InvoicePlacements(ctx, ids)
	if err != nil {
		return err
	}
	for _, s := range v.Run.Skipped {
		p := placements[s.PlacementID]
		v.Skipped = append(v.Skipped, skippedRow{SkippedDay: s, Placement: p.CandidateName + ", " + p.Title + " (" + p.CompanyName + ")"})
	}
	return a.Render(w, http.StatusOK, "invoice_run", v)
}

// invoiceRunConfirm confirms a run; a confirmation that lost a day to
// another run, or found a timesheet changed, comes back with the reason.
func (a *App) invoiceRunConfirm(w http.ResponseWriter, r *http.Request) error {
	id, err := kit.PathID(r, "id")
	if err != nil {
		return err
	}
	if _, err := kit.NewForm(r); err != nil { // a button: no field to read, but hostile input is refused
		return err
	}
	back := "/office/invoice-runs/" + strconv.FormatInt(id, 10)
	if _, err := a.Store.InvoiceRun(r.Context(), id); err != nil {
		return err
	}
	_, err = a.Svc.ConfirmInvoiceRun(r.Context(), actor(r), id)
	if domain.KindOf(err) == domain.KindConflict {
		return kit.Redirect(w, r, back+"?flash="+domain.KeyOf(err))
	}
	if err != nil {
		return err
	}
	return kit.Redirect(w, r, back+"?flash=invoice.flash.confirmed")
}

// invoiceRunDiscard discards a draft run.
func (a *App) invoiceRunDiscard(w http.ResponseWriter, r *http.Request) error {
	id, err := kit.PathID(r, "id")
	if err != nil {
		return err
	}
	if _, err := kit.NewForm(r); err != nil {
		return err
	}
	back := "/office/invoice-runs/" + strconv.FormatInt(id, 10)
	err = a.Svc.DiscardInvoiceRun(r.Context(), actor(r), id)
	if domain.KindOf(err) == domain.KindConflict {
		return kit.Redirect(w, r, back+"?flash="+domain.KeyOf(err))
	}
	if err != nil {
		return err
	}
	return kit.Redirect(w, r, back+"?flash=invoice.flash.discarded")
}
