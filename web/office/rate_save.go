package office

import (
	"net/http"
	"strconv"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/web/kit"
)

// Rates are added on their placement's page and edited on a page of their
// own; amounts are entered in euros with two decimals and kept in cents.

type rateFormView struct {
	kit.Page
	P                domain.Placement
	R                domain.Rate
	DeclarationTypes []kit.Option
}

// readRate copies the submitted fields onto r.
func readRate(f *kit.Form, r *domain.Rate) {
	r.DeclarationTypeID = f.ID("declaration_type_id")
	r.StartDate = f.Date("start_date")
	r.EndDate = f.Date("end_date")
	r.NoInvoicing = f.Bool("no_invoicing")
	r.BillCents = f.Cents("bill")
	r.PayCents = f.Cents("pay")
}

func (a *App) rateCreate(w http.ResponseWriter, r *http.Request) error {
	v, err := a.loadPlacementView(r)
	if err != nil {
		return err
	}
	f, err := kit.NewForm(r)
	if err != nil {
		return err
	}
	readRate(f, &v.NewRate)
	if err = f.Check(v.NewRate.Validate()); err == nil {
		err = a.Svc.SaveRate(r.Context(), actor(r), &v.NewRate)
	}
	if err != nil {
		if !fieldError(f, err, "declaration_type_id") {
			return err
		}
		v.Errors = f.Errors
		return a.Render(w, http.StatusUnprocessableEntity, "placement", v)
	}
	return kit.Redirect(w, r, placementURL(v.P.ID)+"?flash=flash.saved")
}

// loadRate reads the placement and the rate of the path.
func (a *App) loadRate(r *http.Request) (rateFormView, error) {
	pid, err := kit.PathID(r, "id")
	if err != nil {
		return rateFormView{}, err
	}
	rid, err := kit.PathID(r, "rid")
	if err != nil {
		return rateFormView{}, err
	}
	v := rateFormView{Page: a.Page(r, "rate.edit")}
	if v.P, err = a.Store.Placement(r.Context(), pid); err != nil {
		return v, err
	}
	if v.R, err = a.Store.Rate(r.Context(), pid, rid); err != nil {
		return v, err
	}
	v.DeclarationTypes, err = a.declarationTypeOptions(r)
	return v, err
}

func (a *App) rateEdit(w http.ResponseWriter, r *http.Request) error {
	v, err := a.loadRate(r)
	if err != nil {
		return err
	}
	return a.Render(w, http.StatusOK, "rate_form", v)
}

func (a *App) rateUpdate(w http.ResponseWriter, r *http.Request) error {
	v, err := a.loadRate(r)
	if err != nil {
		return err
	}
	f, err := kit.NewForm(r)
	if err != nil {
		return err
	}
	readRate(f, &v.R)
	if err = f.Check(v.R.Validate()); err == nil {
		err = a.Svc.SaveRate(r.Context(), actor(r), &v.R)
	}
	if err != nil {
		if !fieldError(f, err, "declaration_type_id") {
			return err
		}
		v.Errors = f.Errors
		return a.Render(w, http.StatusUnprocessableEntity, "rate_form", v)
	}
	return kit.Redirect(w, r, placementURL(v.P.ID)+"?flash=flash.saved")
}

func (a *App) rateDelete(w http.ResponseWriter, r *http.Request) error {
	pid, err := kit.PathID(r, "id")
	if err != nil {
		return err
	}
	rid, err := kit.PathID(r, "rid")
	if err != nil {
		return err
	}
	if err := a.Svc.DeleteRate(r.Context(), actor(r), pid, rid); err != nil {
		return err
	}
	return kit.Redirect(w, r, placementURL(pid)+"?flash=flash.deleted")
}

// declarationTypeOptions lists the declaration types as choices.
func (a *App) declarationTypeOptions(r *http.Request) ([]kit.Option, error) {
	types, err := a.Store.DeclarationTypes(r.Context())
	if err != nil {
		return nil, err
	}
	opts := make([]kit.Option, 0, len(types))
	for _, d := range types {
		opts = append(opts, kit.Option{Value: strconv.FormatInt(d.ID, 10), Label: d.Name})
	}
	return opts, nil
}
