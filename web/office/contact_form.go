package office

import (
	"context"
	"net/http"
	"strconv"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/store"
	"github.com/matchpoint/matchpoint/web/kit"
)

type contactFormView struct {
	kit.Page
	C         domain.Contact
	Companies []kit.Option
	Owners    []kit.Option
	Relations []kit.Option
	Languages []kit.Option
	Groups    []domain.Group
}

func contactURL(id domain.ID) string { return "/office/contacts/" + strconv.FormatInt(id, 10) }

func (a *App) contactForm(w http.ResponseWriter, r *http.Request, status int, c domain.Contact, errs domain.FieldErrors) error {
	title := "contact.new"
	if c.ID != 0 {
		title = "contact.edit"
	}
	v := contactFormView{Page: a.Page(r, title), C: c, Languages: languageOptions()}
	if errs != nil {
		v.Errors = errs
	}
	ctx := r.Context()
	var err error
	if v.Owners, err = a.ownerOptions(ctx); err != nil {
		return err
	}
	if v.Companies, err = a.companyOptions(r, c.CompanyID); err != nil {
		return err
	}
	if v.Groups, err = a.Store.Groups(ctx); err != nil {
		return err
	}
	relations, err := a.Store.ContactRelations(ctx)
	if err != nil {
		return err
	}
	for _, rel := range relations {
		v.Relations = append(v.Relations, kit.Option{Value: idString(rel.ID), Label: rel.Name})
	}
	return a.Render(w, status, "contact_form", v)
}

func (a *App) contactNew(w http.ResponseWriter, r *http.Request) error {
	c := domain.Contact{OwnerID: user(r.Context()).ID, Language: a.Localizer(r).Lang}
	if id := queryID(r, "company"); id != 0 {
		if _, err := a.Store.Company(r.Context(), id); err != nil {
			return err
		}
		c.CompanyID = id
	}
	return a.contactForm(w, r, http.StatusOK, c, nil)
}

func (a *App) contactEdit(w http.ResponseWriter, r *http.Request) error {
	id, err := kit.PathID(r, "id")
	if err != nil {
		return err
	}
	c, err := a.Store.Contact(r.Context(), id)
	if err != nil {
		return err
	}
	return a.contactForm(w, r, http.StatusOK, c, nil)
}

// readContact copies the submitted fields onto c.
func readContact(f *kit.Form, c *domain.Contact) {
	c.FirstName = f.String("first_name")
	c.LastName = f.String("last_name")
	c.Email = f.String("email")
	c.Phone = f.String("phone")
	c.JobTitle = f.String("job_title")
	c.Language = f.String("language")
	c.CompanyID = f.ID("company_id")
	c.OwnerID = f.ID("owner_id")
	c.RelationID = f.ID("relation_id")
	c.GroupIDs = f.IDs("group_ids")
}

// saveContact reads the form onto c and stores it with save, or shows the
// form again with what was wrong next to its field.
func (a *App) saveContact(w http.ResponseWriter, r *http.Request, c domain.Contact, save func(context.Context, store.Actor, *domain.Contact) error) error {
	f, err := kit.NewForm(r)
	if err != nil {
		return err
	}
	readContact(f, &c)
	// Every bad field at once: the form's own and the domain's rules.
	if err = f.Check(c.Validate()); err == nil {
		err = save(r.Context(), actor(r), &c)
	}
	if err := f.Check(err); err != nil {
		if kit.Invalid(err) {
			return a.contactForm(w, r, http.StatusUnprocessableEntity, c, f.Errors)
		}
		return err
	}
	return kit.Redirect(w, r, contactURL(c.ID)+"?flash=flash.saved")
}

func (a *App) contactCreate(w http.ResponseWriter, r *http.Request) error {
	return a.saveContact(w, r, domain.Contact{}, a.Svc.CreateContact)
}

func (a *App) contactUpdate(w http.ResponseWriter, r *http.Request) error {
	c, err := kit.PathRecord(r, "id", a.Store.Contact)
	if err != nil {
		return err
	}
	return a.saveContact(w, r, c, a.Svc.UpdateContact)
}
