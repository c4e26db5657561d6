package api

import (
	"net/http"
	"time"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/store"
	"github.com/matchpoint/matchpoint/web/kit"
)

// Contact is a person at a company.
type Contact struct {
	ID           domain.ID   `json:"id" readonly:"true"`
	CompanyID    domain.ID   `json:"company_id"`
	OwnerID      domain.ID   `json:"owner_id"`
	RelationID   domain.ID   `json:"relation_id" doc:"0 for none"`
	FirstName    string      `json:"first_name"`
	LastName     string      `json:"last_name"`
	Email        string      `json:"email"`
	Phone        string      `json:"phone"`
	JobTitle     string      `json:"job_title"`
	Language     string      `json:"language" doc:"nl, en, de or fr"`
	GroupIDs     []domain.ID `json:"group_ids"`
	CompanyName  string      `json:"company_name" readonly:"true"`
	OwnerName    string      `json:"owner_name" readonly:"true"`
	RelationName string      `json:"relation_name" readonly:"true"`
	CreatedAt    time.Time   `json:"created_at" readonly:"true"`
	UpdatedAt    time.Time   `json:"updated_at" readonly:"true"`
}

func contactOut(c domain.Contact) Contact {
	groups := c.GroupIDs
	if groups == nil {
		groups = []domain.ID{}
	}
	return Contact{ID: c.ID, CompanyID: c.CompanyID, OwnerID: c.OwnerID, RelationID: c.RelationID, FirstName: c.FirstName,
		LastName: c.LastName, Email: c.Email, Phone: c.Phone, JobTitle: c.JobTitle, Language: c.Language, GroupIDs: groups,
		CompanyName: c.CompanyName, OwnerName: c.OwnerName, RelationName: c.RelationName, CreatedAt: c.CreatedAt, UpdatedAt: c.UpdatedAt}
}

func (in Contact) apply(c *domain.Contact) error {
	c.CompanyID, c.OwnerID, c.RelationID, c.FirstName, c.LastName = in.CompanyID, in.OwnerID, in.RelationID, in.FirstName, in.LastName
	c.Email, c.Phone, c.JobTitle, c.Language, c.GroupIDs = in.Email, in.Phone, in.JobTitle, in.Language, in.GroupIDs
	var v domain.Validator
	return check(&v, c.Validate())
}

func (a *App) contactList(w http.ResponseWriter, r *http.Request) error {
	q := newQuery(r)
	f := store.ContactFilter{Query: q.String("q"), CompanyID: q.ID("company_id"), GroupID: q.ID("group_id")}
	f.Limit, f.Offset = q.Page()
	if err := q.Err(); err != nil {
		return err
	}
	cs, more, err := a.Store.Contacts(r.Context(), f)
	if err != nil {
		return err
	}
	writeJSON(w, http.StatusOK, list(cs, more, f.Offset, contactOut))
	return nil
}

func (a *App) contactGet(w http.ResponseWriter, r *http.Request) error {
	id, err := kit.PathID(r, "id")
	if err != nil {
		return err
	}
	return a.contactAnswer(w, r, http.StatusOK, id)
}

func (a *App) contactAnswer(w http.ResponseWriter, r *http.Request, status int, id domain.ID) error {
	c, err := a.Store.Contact(r.Context(), id)
	if err != nil {
		return err
	}
	writeJSON(w, status, contactOut(c))
	return nil
}

func (a *App) contactCreate(w http.ResponseWriter, r *http.Request) error {
	in := Contact{Language: "en"}
	if err := decode(w, r, &in); err != nil {
		return err
	}
	var c domain.Contact
	if err := in.apply(&c); err != nil {
		return err
	}
	if err := a.Svc.CreateContact(r.Context(), actor(r), &c); err != nil {
		return err
	}
	return a.contactAnswer(w, r, http.StatusCreated, c.ID)
}

func (a *App) contactUpdate(w http.ResponseWriter, r *http.Request) error {
	c, err := kit.PathRecord(r, "id", a.Store.Contact)
	if err != nil {
		return err
	}
	in := contactOut(c)
	if err := decode(w, r, &in); err != nil {
		return err
	}
	if err := in.apply(&c); err != nil {
		return err
	}
	if err := a.Svc.UpdateContact(r.Context(), actor(r), &c); err != nil {
		return err
	}
	return a.contactAnswer(w, r, http.StatusOK, c.ID)
}
