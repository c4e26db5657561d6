package office

import (
	"context"
	"net/http"
	"strconv"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/store"
	"github.com/matchpoint/matchpoint/web/kit"
)

type companyFormView struct {
	kit.Page
	C      domain.Company
	Owners []kit.Option
	Kinds  []kit.Option
}

func companyURL(id domain.ID) string { return "/office/companies/" + strconv.FormatInt(id, 10) }

func companyKindOptions() []kit.Option {
	kinds := []domain.CompanyKind{domain.CompanyClient, domain.CompanyMainOffice, domain.CompanyPool}
	opts := make([]kit.Option, len(kinds))
	for i, k := range kinds {
		opts[i] = kit.Option{Value: string(k), Label: "company.kind." + string(k)}
	}
	return opts
}

func (a *App) companyForm(w http.ResponseWriter, r *http.Request, status int, c domain.Company, errs domain.FieldErrors) error {
	title := "company.new"
	if c.ID != 0 {
		title = "company.edit"
	}
	v := companyFormView{Page: a.Page(r, title), C: c, Kinds: companyKindOptions()}
	if errs != nil {
		v.Errors = errs
	}
	var err error
	if v.Owners, err = a.ownerOptions(r.Context()); err != nil {
		return err
	}
	return a.Render(w, status, "company_form", v)
}

func (a *App) companyNew(w http.ResponseWriter, r *http.Request) error {
	c := domain.Company{OwnerID: user(r.Context()).ID, Kind: domain.CompanyClient}
	return a.companyForm(w, r, http.StatusOK, c, nil)
}

func (a *App) companyEdit(w http.ResponseWriter, r *http.Request) error {
	id, err := kit.PathID(r, "id")
	if err != nil {
		return err
	}
	c, err := a.Store.Company(r.Context(), id)
	if err != nil {
		return err
	}
	return a.companyForm(w, r, http.StatusOK, c, nil)
}

// readCompany copies the submitted fields onto c.
func readCompany(f *kit.Form, c *domain.Company) {
	c.Name = f.String("name")
	c.Kind = domain.CompanyKind(f.String("kind"))
	c.Email = f.String("email")
	c.Phone = f.String("phone")
	c.Website = f.String("website")
	c.Street = f.String("street")
	c.PostalCode = f.String("postal_code")
	c.City = f.String("city")
	c.Country = f.String("country")
	c.OwnerID = f.ID("owner_id")
}

// saveCompany reads the form onto c and stores it with save, or shows the
// form again with what was wrong next to its field.
func (a *App) saveCompany(w http.ResponseWriter, r *http.Request, c domain.Company, save func(context.Context, store.Actor, *domain.Company) error) error {
	f, err := kit.NewForm(r)
	if err != nil {
		return err
	}
	readCompany(f, &c)
	// Every bad field at once: the form's own and the domain's rules.
	if err = f.Check(c.Validate()); err == nil {
		err = save(r.Context(), actor(r), &c)
	}
	if err := f.Check(err); err != nil {
		if kit.Invalid(err) {
			return a.companyForm(w, r, http.StatusUnprocessableEntity, c, f.Errors)
		}
		return err
	}
	return kit.Redirect(w, r, companyURL(c.ID)+"?flash=flash.saved")
}

func (a *App) companyCreate(w http.ResponseWriter, r *http.Request) error {
	return a.saveCompany(w, r, domain.Company{}, a.Svc.CreateCompany)
}

func (a *App) companyUpdate(w http.ResponseWriter, r *http.Request) error {
	c, err := kit.PathRecord(r, "id", a.Store.Company)
	if err != nil {
		return err
	}
	return a.saveCompany(w, r, c, a.Svc.UpdateCompany)
}
