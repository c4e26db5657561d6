package office

import (
	"net/http"
	"strconv"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/web/kit"
)

type settingsAttachmentTypesView struct {
	kit.Page
	Types []domain.AttachmentType
	New   domain.AttachmentType
}

// Name is the form field of a type's row: name_3.
func (settingsAttachmentTypesView) Name(prefix string, id domain.ID) string {
	return prefix + "_" + strconv.FormatInt(id, 10)
}

// settingsAttachmentTypes lists, adds and renames attachment types and sets
// which portal sees each (A3, C4, E10).
func (a *App) settingsAttachmentTypes(w http.ResponseWriter, r *http.Request) error {
	return a.renderAttachmentTypes(w, r, http.StatusOK, nil, domain.AttachmentType{}, nil)
}

// renderAttachmentTypes shows the list; edited (when not nil) replaces its row
// so that refused input stays on screen.
func (a *App) renderAttachmentTypes(w http.ResponseWriter, r *http.Request, status int, edited *domain.AttachmentType, added domain.AttachmentType, errs domain.FieldErrors) error {
	v := settingsAttachmentTypesView{Page: a.Page(r, "settings.attachment_types"), New: added}
	if errs != nil {
		v.Errors = errs
	}
	var err error
	if v.Types, err = a.Store.AttachmentTypes(r.Context()); err != nil {
		return err
	}
	for i := range v.Types {
		if edited != nil && v.Types[i].ID == edited.ID {
			v.Types[i] = *edited
		}
	}
	return a.Render(w, status, "settings_attachment_types", v)
}

func readAttachmentType(f *kit.Form, t *domain.AttachmentType, suffix string) {
	t.Name = f.String("name" + suffix)
	t.VisibleProfessional = f.Bool("visible_professional" + suffix)
	t.VisibleHiring = f.Bool("visible_hiring" + suffix)
}

func (a *App) settingsAttachmentTypeAdd(w http.ResponseWriter, r *http.Request) error {
	f, err := kit.NewForm(r)
	if err != nil {
		return err
	}
	var t domain.AttachmentType
	readAttachmentType(f, &t, "")
	if err := f.Check(t.Validate()); err != nil {
		return a.renderAttachmentTypes(w, r, http.StatusUnprocessableEntity, nil, t, f.Errors)
	}
	if err := a.Svc.SaveAttachmentType(r.Context(), actor(r), &t); err != nil {
		return err
	}
	return kit.Redirect(w, r, "/office/settings/attachment-types?flash=flash.saved")
}

func (a *App) settingsAttachmentTypeSave(w http.ResponseWriter, r *http.Request) error {
	id, err := kit.PathID(r, "id")
	if err != nil {
		return err
	}
	t, err := a.Store.AttachmentType(r.Context(), id)
	if err != nil {
		return err
	}
	f, err := kit.NewForm(r)
	if err != nil {
		return err
	}
	suffix := "_" + strconv.FormatInt(id, 10)
	readAttachmentType(f, &t, suffix)
	if err := f.Check(renameFields(t.Validate(), map[string]string{"name": "name" + suffix})); err != nil {
		return a.renderAttachmentTypes(w, r, http.StatusUnprocessableEntity, &t, domain.AttachmentType{}, f.Errors)
	}
	if err := a.Svc.SaveAttachmentType(r.Context(), actor(r), &t); err != nil {
		return err
	}
	return kit.Redirect(w, r, "/office/settings/attachment-types?flash=flash.saved")
}
