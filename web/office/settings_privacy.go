package office

import (
	"net/http"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/web/kit"
)

type settingsPrivacyView struct {
	kit.Page
	S         domain.Settings
	Languages []string
}

// URL is the privacy statement link of lang.
func (v settingsPrivacyView) URL(lang string) string { return v.S.PrivacyURL[lang] }

// settingsPrivacy edits the privacy statement link per language (C8) and the
// retention periods (F2, F3).
func (a *App) settingsPrivacy(w http.ResponseWriter, r *http.Request) error {
	set, err := a.Store.Settings(r.Context())
	if err != nil {
		return err
	}
	return a.renderPrivacy(w, r, http.StatusOK, set, nil)
}

func (a *App) renderPrivacy(w http.ResponseWriter, r *http.Request, status int, set domain.Settings, errs domain.FieldErrors) error {
	v := settingsPrivacyView{Page: a.Page(r, "settings.privacy"), S: set, Languages: domain.Languages}
	if errs != nil {
		v.Errors = errs
	}
	return a.Render(w, status, "settings_privacy", v)
}

func (a *App) settingsPrivacySave(w http.ResponseWriter, r *http.Request) error {
	set, errs, err := a.saveSettings(r, func(f *kit.Form, s *domain.Settings) {
		s.PrivacyURL = map[string]string{}
		for _, lang := range domain.Languages {
			if u := f.String("privacy_url_" + lang); u != "" {
				s.PrivacyURL[lang] = u
			}
		}
		s.RetentionYears = f.Int("retention_years")
		s.FiscalRetentionYears = f.Int("fiscal_retention_years")
	})
	if err != nil {
		return err
	}
	if errs != nil {
		return a.renderPrivacy(w, r, http.StatusUnprocessableEntity, set, errs)
	}
	return settingsSaved(w, r)
}
