package office

import (
	"net/http"
	"strings"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/web/kit"
)

// settingsLinks are the pages of the admin settings (A3), in the order the
// index shows them. Groups, relations, procedures, sources and declaration
// types are edited on pages of their own areas.
var settingsLinks = []kit.Option{
	{Value: "/office/settings/statuses", Label: "settings.statuses"},
	{Value: "/office/settings/profile-fields", Label: "settings.profile_fields"},
	{Value: "/office/settings/hiring", Label: "settings.hiring"},
	{Value: "/office/settings/careers", Label: "settings.careers"},
	{Value: "/office/settings/attachment-types", Label: "settings.attachment_types"},
	{Value: "/office/settings/privacy", Label: "settings.privacy"},
	{Value: "/office/settings/email-templates", Label: "settings.email_templates"},
	{Value: "/office/settings/reports", Label: "settings.reports"},
	{Value: "/office/settings/timesheets", Label: "settings.timesheets.title"},
	{Value: "/office/settings/invoicing", Label: "invoice.settings.title"},
	{Value: "/office/settings/groups", Label: "settings.groups"},
	{Value: "/office/settings/relations", Label: "settings.relations"},
	{Value: "/office/settings/sources", Label: "settings.sources"},
	{Value: "/office/settings/procedures", Label: "settings.procedures"},
	{Value: "/office/declaration-types", Label: "settings.declaration_types"},
	{Value: "/office/settings/security", Label: "accounts.settings_title"},
	{Value: "/office/settings/sso", Label: "sso.settings_title"},
	{Value: "/office/settings/users", Label: "recruiters.title"},
	{Value: "/office/settings/audit", Label: "settings.audit"},
	{Value: "/office/imports", Label: "import.title"},
	{Value: "/office/settings/api-tokens", Label: "api.tokens.title"},
	{Value: "/office/settings/webhooks", Label: "api.webhooks.title"},
}

type settingsIndexView struct {
	kit.Page
	Links []kit.Option
}

func (a *App) settingsIndex(w http.ResponseWriter, r *http.Request) error {
	return a.Render(w, http.StatusOK, "settings", settingsIndexView{Page: a.Page(r, "settings.title"), Links: settingsLinks})
}

// saveSettings applies change to the stored settings document, validates the
// whole and stores it only when valid; the returned field errors are shown
// next to the fields and nothing is saved.
func (a *App) saveSettings(r *http.Request, change func(f *kit.Form, s *domain.Settings)) (domain.Settings, domain.FieldErrors, error) {
	f, err := kit.NewForm(r)
	if err != nil {
		return domain.Settings{}, nil, err
	}
	part := strings.TrimPrefix(r.URL.Path, "/office/settings/")
	set, err := a.Svc.SaveSettings(r.Context(), actor(r), part, func(s *domain.Settings) error {
		change(f, s)
		return f.Check(nil)
	})
	if err := f.Check(err); err != nil {
		if kit.Invalid(err) {
			return set, f.Errors, nil
		}
		return set, nil, err
	}
	return set, nil, nil
}

// settingsSaved sends the admin back to the page with a confirmation.
func settingsSaved(w http.ResponseWriter, r *http.Request) error {
	return kit.Redirect(w, r, r.URL.Path+"?flash=flash.saved")
}
