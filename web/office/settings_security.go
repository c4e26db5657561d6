package office

import (
	"net/http"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/web/kit"
)

type settingsSecurityView struct {
	kit.Page
	S domain.Settings
}

// settingsSecurity sets how long set-password links work and which
// audiences must use a second factor (B3, B4).
func (a *App) settingsSecurity(w http.ResponseWriter, r *http.Request) error {
	set, err := a.Store.Settings(r.Context())
	if err != nil {
		return err
	}
	return a.Render(w, http.StatusOK, "settings_security", settingsSecurityView{Page: a.Page(r, "accounts.settings_title"), S: set})
}

func (a *App) settingsSecuritySave(w http.ResponseWriter, r *http.Request) error {
	set, errs, err := a.saveSettings(r, func(f *kit.Form, s *domain.Settings) {
		s.CredentialsHours = f.Int("credentials_hours")
		s.RequireTOTPOffice = f.Bool("require_totp_office")
		s.RequireTOTPPortal = f.Bool("require_totp_portal")
		s.RequireTOTPHiring = f.Bool("require_totp_hiring")
	})
	if err != nil {
		return err
	}
	if errs != nil {
		v := settingsSecurityView{Page: a.Page(r, "accounts.settings_title"), S: set}
		v.Errors = errs
		return a.Render(w, http.StatusUnprocessableEntity, "settings_security", v)
	}
	return settingsSaved(w, r)
}
