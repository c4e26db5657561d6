package office

import (
	"net/http"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/web/kit"
)

// Every recruiter sees the declaration types; admins add and edit them.

type declarationTypeListView struct {
	kit.Page
	Types []domain.DeclarationType
	New   domain.DeclarationType
}

type declarationTypeFormView struct {
	kit.Page
	D domain.DeclarationType
}

func (a *App) declarationTypeListPage(w http.ResponseWriter, r *http.Request, status int, v declarationTypeListView) error {
	var err error
	if v.Types, err = a.Store.DeclarationTypes(r.Context()); err != nil {
		return err
	}
	return a.Render(w, status, "declaration_types", v)
}

func (a *App) declarationTypeList(w http.ResponseWriter, r *http.Request) error {
	return a.declarationTypeListPage(w, r, http.StatusOK, declarationTypeListView{Page: a.Page(r, "declaration_types.title")})
}

func readDeclarationType(f *kit.Form, d *domain.DeclarationType) {
	d.Name = f.String("name")
	d.EmptyLinePerPlacement = f.Bool("empty_line_per_placement")
}

func (a *App) declarationTypeCreate(w http.ResponseWriter, r *http.Request) error {
	f, err := kit.NewForm(r)
	if err != nil {
		return err
	}
	v := declarationTypeListView{Page: a.Page(r, "declaration_types.title")}
	readDeclarationType(f, &v.New)
	if err := f.Check(v.New.Validate()); err != nil {
		v.Errors = f.Errors
		return a.declarationTypeListPage(w, r, http.StatusUnprocessableEntity, v)
	}
	if err := a.Svc.SaveDeclarationType(r.Context(), actor(r), &v.New); err != nil {
		return err
	}
	return kit.Redirect(w, r, "/office/declaration-types?flash=flash.saved")
}

func (a *App) declarationTypeEdit(w http.ResponseWriter, r *http.Request) error {
	id, err := kit.PathID(r, "id")
	if err != nil {
		return err
	}
	v := declarationTypeFormView{Page: a.Page(r, "declaration_type.edit")}
	if v.D, err = a.Store.DeclarationType(r.Context(), id); err != nil {
		return err
	}
	return a.Render(w, http.StatusOK, "declaration_type_form", v)
}

func (a *App) declarationTypeUpdate(w http.ResponseWriter, r *http.Request) error {
	id, err := kit.PathID(r, "id")
	if err != nil {
		return err
	}
	v := declarationTypeFormView{Page: a.Page(r, "declaration_type.edit")}
	if v.D, err = a.Store.DeclarationType(r.Context(), id); err != nil {
		return err
	}
	f, err := kit.NewForm(r)
	if err != nil {
		return err
	}
	readDeclarationType(f, &v.D)
	if err := f.Check(v.D.Validate()); err != nil {
		v.Errors = f.Errors
		return a.Render(w, http.StatusUnprocessableEntity, "declaration_type_form", v)
	}
	if err := a.Svc.SaveDeclarationType(r.Context(), actor(r), &v.D); err != nil {
		return err
	}
	return kit.Redirect(w, r, "/office/declaration-types?flash=flash.saved")
}
