package office

import (
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

// saveContact validates and stores c with save, or shows the form again.
// The store refuses references of another tenant; they are reported on the
// field they came from.
func (a *App) saveContact(w http.ResponseWriter, r *http.Request, c domain.Contact, action string, save func(*store.Store, *domain.Contact) error) error {
	f, err := kit.NewForm(r)
	if err != nil {
		return err
	}
	readContact(f, &c)
	if err := f.Check(c.Validate()); err != nil {
		return a.contactForm(w, r, http.StatusUnprocessableEntity, c, f.Errors)
	}
	err = a.audited(r, string(domain.SubjectContact), action, "record", func(tx *store.Store) (domain.ID, error) {
		err := save(tx, &c)
		return c.ID, err
	})
	if err != nil {
		if kit.Status(err) == http.StatusUnprocessableEntity {
			f.Errors[a.badContactReference(r, c)] = domain.KeyOf(err)
			return a.contactForm(w, r, http.StatusUnprocessableEntity, c, f.Errors)
		}
		return err
	}
	return kit.Redirect(w, r, contactURL(c.ID)+"?flash=flash.saved")
}

// badContactReference names the field whose choice does not exist.
func (a *App) badContactReference(r *http.Request, c domain.Contact) string {
	ctx := r.Context()
	if _, err := a.Store.Company(ctx, c.CompanyID); err != nil {
		return "company_id"
	}
	if c.RelationID != 0 {
		if _, err := a.Store.ContactRelation(ctx, c.RelationID); err != nil {
			return "relation_id"
		}
	}
	for _, g := range c.GroupIDs {
		if _, err := a.Store.Group(ctx, g); err != nil {
			return "group_ids"
		}
	}
	return "owner_id"
}

func (a *App) contactCreate(w http.ResponseWriter, r *http.Request) error {
	return a.saveContact(w, r, domain.Contact{}, "create", func(tx *store.Store, c *domain.Contact) error {
		return tx.CreateContact(r.Context(), c)
	})
}

func (a *App) contactUpdate(w http.ResponseWriter, r *http.Request) error {
	id, err := kit.PathID(r, "id")
	if err != nil {
		return err
	}
	c, err := a.Store.Contact(r.Context(), id)
	if err != nil {
		return err
	}
	return a.saveContact(w, r, c, "update", func(tx *store.Store, c *domain.Contact) error {
		return tx.UpdateContact(r.Context(), c)
	})
}
