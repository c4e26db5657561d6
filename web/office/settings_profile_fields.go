package office

import (
	"net/http"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/web/kit"
)

type settingsProfileFieldsView struct {
	kit.Page
	Fields []domain.ProfileField
}

// settingsProfileFields edits which profile fields the Professional Portal
// shows and which the candidate may edit (A3, C1); editable needs visible.
func (a *App) settingsProfileFields(w http.ResponseWriter, r *http.Request) error {
	set, err := a.Store.Settings(r.Context())
	if err != nil {
		return err
	}
	return a.renderProfileFields(w, r, http.StatusOK, set, nil)
}

func (a *App) renderProfileFields(w http.ResponseWriter, r *http.Request, status int, set domain.Settings, errs domain.FieldErrors) error {
	v := settingsProfileFieldsView{Page: a.Page(r, "settings.profile_fields")}
	if errs != nil {
		v.Errors = errs
	}
	for _, name := range domain.CandidateProfileFields {
		v.Fields = append(v.Fields, set.Field(name))
	}
	return a.Render(w, status, "settings_profile_fields", v)
}

func (a *App) settingsProfileFieldsSave(w http.ResponseWriter, r *http.Request) error {
	set, errs, err := a.saveSettings(r, func(f *kit.Form, s *domain.Settings) {
		s.ProfileFields = nil
		for _, name := range domain.CandidateProfileFields {
			s.ProfileFields = append(s.ProfileFields, domain.ProfileField{Field: name,
				Visible: f.Bool("visible_" + name), Editable: f.Bool("editable_" + name)})
		}
	})
	if err != nil {
		return err
	}
	if errs != nil {
		return a.renderProfileFields(w, r, http.StatusUnprocessableEntity, set, errs)
	}
	return settingsSaved(w, r)
}
