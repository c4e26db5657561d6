package api

import (
	"net/http"
	"time"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/store"
	"github.com/matchpoint/matchpoint/web/kit"
)

// Company is a client, the agency's own main office, or a pool company.
type Company struct {
	ID         domain.ID `json:"id" readonly:"true"`
	OwnerID    domain.ID `json:"owner_id"`
	Kind       string    `json:"kind" enum:"client,main_office,pool"`
	Name       string    `json:"name"`
	Email      string    `json:"email"`
	Phone      string    `json:"phone"`
	Website    string    `json:"website"`
	Street     string    `json:"street"`
	PostalCode string    `json:"postal_code"`
	City       string    `json:"city"`
	Country    string    `json:"country"`
	OwnerName  string    `json:"owner_name" readonly:"true"`
	CreatedAt  time.Time `json:"created_at" readonly:"true"`
	UpdatedAt  time.Time `json:"updated_at" readonly:"true"`
}

func companyOut(c domain.Company) Company {
	return Company{ID: c.ID, OwnerID: c.OwnerID, Kind: string(c.Kind), Name: c.Name, Email: c.Email, Phone: c.Phone,
		Website: c.Website, Street: c.Street, PostalCode: c.PostalCode, City: c.City, Country: c.Country,
		OwnerName: c.OwnerName, CreatedAt: c.CreatedAt, UpdatedAt: c.UpdatedAt}
}

func (in Company) apply(c *domain.Company) error {
	c.OwnerID, c.Kind, c.Name, c.Email, c.Phone, c.Website = in.OwnerID, domain.CompanyKind(in.Kind), in.Name, in.Email, in.Phone, in.Website
	c.Street, c.PostalCode, c.City, c.Country = in.Street, in.PostalCode, in.City, in.Country
	var v domain.Validator
	return check(&v, c.Validate())
}

func (a *App) companyList(w http.ResponseWriter, r *http.Request) error {
	q := newQuery(r)
	f := store.CompanyFilter{Query: q.String("q"), Kind: domain.CompanyKind(q.String("kind"))}
	f.Limit, f.Offset = q.Page()
	if err := q.Err(); err != nil {
		return err
	}
	cs, more, err := a.Store.Companies(r.Context(), f)
	if err != nil {
		return err
	}
	writeJSON(w, http.StatusOK, list(cs, more, f.Offset, companyOut))
	return nil
}

func (a *App) companyGet(w http.ResponseWriter, r *http.Request) error {
	id, err := kit.PathID(r, "id")
	if err != nil {
		return err
	}
	return a.companyAnswer(w, r, http.StatusOK, id)
}

func (a *App) companyAnswer(w http.ResponseWriter, r *http.Request, status int, id domain.ID) error {
	c, err := a.Store.Company(r.Context(), id)
	if err != nil {
		return err
	}
	writeJSON(w, status, companyOut(c))
	return nil
}

func (a *App) companyCreate(w http.ResponseWriter, r *http.Request) error {
	in := Company{Kind: string(domain.CompanyClient)}
	if err := decode(w, r, &in); err != nil {
		return err
	}
	var c domain.Company
	if err := in.apply(&c); err != nil {
		return err
	}
	if err := a.Svc.CreateCompany(r.Context(), actor(r), &c); err != nil {
		return err
	}
	return a.companyAnswer(w, r, http.StatusCreated, c.ID)
}

func (a *App) companyUpdate(w http.ResponseWriter, r *http.Request) error {
	c, err := kit.PathRecord(r, "id", a.Store.Company)
	if err != nil {
		return err
	}
	in := companyOut(c)
	if err := decode(w, r, &in); err != nil {
		return err
	}
	if err := in.apply(&c); err != nil {
		return err
	}
	if err := a.Svc.UpdateCompany(r.Context(), actor(r), &c); err != nil {
		return err
	}
	return a.companyAnswer(w, r, http.StatusOK, c.ID)
}
