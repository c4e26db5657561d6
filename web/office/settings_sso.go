package office

import (
	"net/http"
	"strings"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/web/kit"
)

// ssoForm is one surface's single sign-on on the settings page.
type ssoForm struct {
	S        domain.SSOSettings
	Domains  string
	Callback string // the redirect URI to register at the provider
	Errors   domain.FieldErrors
}

// Err is the message key of field's error on this form.
func (f ssoForm) Err(field string) string { return f.Errors[field] }

type settingsSSOView struct {
	kit.Page
	Forms []ssoForm
}

// settingsSSO shows single sign-on of the back office and the Hiring
// Portal (B4); the client secret is never shown, only whether one is set.
func (a *App) settingsSSO(w http.ResponseWriter, r *http.Request) error {
	return a.renderSSO(w, r, http.StatusOK, nil)
}

func (a *App) renderSSO(w http.ResponseWriter, r *http.Request, status int, edited *ssoForm) error {
	v := settingsSSOView{Page: a.Page(r, "sso.settings_title")}
	for _, aud := range domain.SSOAudiences {
		f := ssoForm{Callback: a.Accounts.SSOCallbackURL(kit.TenantOf(r.Context()), aud)}
		if edited != nil && edited.S.Audience == aud {
			f.S, f.Domains, f.Errors = edited.S, edited.Domains, edited.Errors
			v.Errors = edited.Errors // the page says the form has errors
		} else {
			set, err := a.Accounts.SSOSettings(r.Context(), aud)
			if err != nil {
				return err
			}
			f.S, f.Domains = set, strings.Join(set.AllowedDomains, " ")
		}
		f.S.ClientSecret = ""
		v.Forms = append(v.Forms, f)
	}
	return a.Render(w, status, "settings_sso", v)
}

func (a *App) settingsSSOSave(w http.ResponseWriter, r *http.Request) error {
	f, err := kit.NewForm(r)
	if err != nil {
		return err
	}
	set := domain.SSOSettings{Audience: domain.Audience(f.String("audience")), Enabled: f.Bool("enabled"),
		Issuer: f.String("issuer"), ClientID: f.String("client_id"), ClientSecret: f.String("client_secret"),
		AllowedDomains:  domain.ParseDomains(f.String("allowed_domains")),
		PasswordAllowed: f.Bool("password_allowed"), CreateAccounts: f.Bool("create_accounts")}
	err = a.Accounts.SaveSSOSettings(r.Context(), actor(r), set, a.Auth.Origin(r))
	if err := f.Check(err); err != nil {
		if kit.Invalid(err) {
			if old, err := a.Accounts.SSOSettings(r.Context(), set.Audience); err == nil {
				set.SecretSet = old.SecretSet
			}
			return a.renderSSO(w, r, http.StatusUnprocessableEntity, &ssoForm{S: set, Domains: f.String("allowed_domains"), Errors: f.Errors})
		}
		return err
	}
	return settingsSaved(w, r)
}
