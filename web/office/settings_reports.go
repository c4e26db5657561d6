package office

import (
	"net/http"
	"slices"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/web/kit"
)

type settingsReportsView struct {
	kit.Page
	S    domain.Settings
	Keys []string
}

// Portal and Hiring report whether a portal shows report key.
func (v settingsReportsView) Portal(key string) bool { return slices.Contains(v.S.PortalReports, key) }
func (v settingsReportsView) Hiring(key string) bool { return slices.Contains(v.S.HiringReports, key) }

// settingsReports chooses the reports each portal shows (A3, C7).
func (a *App) settingsReports(w http.ResponseWriter, r *http.Request) error {
	set, err := a.Store.Settings(r.Context())
	if err != nil {
		return err
	}
	return a.renderReports(w, r, http.StatusOK, set, nil)
}

func (a *App) renderReports(w http.ResponseWriter, r *http.Request, status int, set domain.Settings, errs domain.FieldErrors) error {
	v := settingsReportsView{Page: a.Page(r, "settings.reports"), S: set, Keys: domain.ReportKeys}
	if errs != nil {
		v.Errors = errs
	}
	return a.Render(w, status, "settings_reports", v)
}

func (a *App) settingsReportsSave(w http.ResponseWriter, r *http.Request) error {
	set, errs, err := a.saveSettings(r, func(f *kit.Form, s *domain.Settings) {
		s.PortalReports = slices.Compact(slices.Sorted(slices.Values(r.PostForm["portal_reports"])))
		s.HiringReports = slices.Compact(slices.Sorted(slices.Values(r.PostForm["hiring_reports"])))
	})
	if err != nil {
		return err
	}
	if errs != nil {
		return a.renderReports(w, r, http.StatusUnprocessableEntity, set, errs)
	}
	return settingsSaved(w, r)
}
