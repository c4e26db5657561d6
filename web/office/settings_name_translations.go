package office

import (
	"net/http"
	"strconv"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/web/kit"
)

// The names of configured records per language (issue 15): one page for
// every kind, reached from each settings list by a "Translations" link.

// translatableKinds are the kinds whose records the page edits.
var translatableKinds = []domain.NameKind{domain.NamePhase, domain.NameProcedure, domain.NameCandidateStatus,
	domain.NameDeclarationType, domain.NameAttachmentType, domain.NameSource, domain.NameGroup, domain.NameRelation}

// routesNameTranslations are the editor's routes, one pair per kind.
func (a *App) routesNameTranslations() []Route {
	var out []Route
	for _, k := range translatableKinds {
		base := "/office/settings/names/" + string(k) + "/{id}"
		out = append(out, Route{"GET " + base, a.nameTranslations(k), Admin}, Route{"POST " + base, a.nameTranslationsSave(k), Admin})
	}
	return out
}

// namesPath is the editor of one record's names.
func namesPath(kind domain.NameKind, id domain.ID) string {
	return "/office/settings/names/" + string(kind) + "/" + strconv.FormatInt(id, 10)
}

type nameTranslationsView struct {
	kit.Page
	Kind      domain.NameKind
	Own       string // the record's own name, the default
	Languages []string
	Names     domain.NameTranslations
	Back      string
}

func (a *App) nameTranslations(kind domain.NameKind) kit.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) error {
		return a.renderNameTranslations(w, r, kind, http.StatusOK, nil, nil)
	}
}

func (a *App) renderNameTranslations(w http.ResponseWriter, r *http.Request, kind domain.NameKind, status int, typed domain.NameTranslations, errs domain.FieldErrors) error {
	id, err := kit.PathID(r, "id")
	if err != nil {
		return err
	}
	own, err := a.Store.NamedRecord(r.Context(), kind, id)
	if err != nil {
		return err
	}
	v := nameTranslationsView{Page: a.Page(r, "names.translations_title"), Kind: kind, Own: own,
		Languages: domain.Languages, Names: typed, Back: settingsListOf(kind)}
	if v.Names == nil {
		all, err := a.Svc.NameTranslations(r.Context())
		if err != nil {
			return err
		}
		v.Names = all[kind][id]
	}
	if errs != nil {
		v.Errors = errs
	}
	return a.Render(w, status, "settings_name_translations", v)
}

func (a *App) nameTranslationsSave(kind domain.NameKind) kit.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) error {
		id, err := kit.PathID(r, "id")
		if err != nil {
			return err
		}
		f, err := kit.NewForm(r)
		if err != nil {
			return err
		}
		names := domain.NameTranslations{}
		for _, lang := range domain.Languages {
			names[lang] = f.String("name_" + lang)
		}
		typed := domain.NameTranslations{}
		for k, v := range names {
			typed[k] = v
		}
		if err := f.Check(a.Svc.SaveNameTranslations(r.Context(), actor(r), kind, id, names)); err != nil {
			if kit.Invalid(err) {
				return a.renderNameTranslations(w, r, kind, http.StatusUnprocessableEntity, typed, f.Errors)
			}
			return err
		}
		return kit.Redirect(w, r, namesPath(kind, id)+"?flash=flash.saved")
	}
}

// settingsListOf is the settings page that lists records of kind.
func settingsListOf(kind domain.NameKind) string {
	switch kind {
	case domain.NamePhase, domain.NameProcedure:
		return "/office/settings/procedures"
	case domain.NameCandidateStatus:
		return "/office/settings/statuses"
	case domain.NameDeclarationType:
		return "/office/declaration-types"
	case domain.NameAttachmentType:
		return "/office/settings/attachment-types"
	case domain.NameSource:
		return "/office/settings/sources"
	case domain.NameGroup:
		return "/office/settings/groups"
	}
	return "/office/settings/relations"
}
