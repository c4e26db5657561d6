package office

import (
	"fmt"
	"net/http"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/web/kit"
)

// sourceSettingsView lists the vacancy sources; Failed and Input as on the
// procedures page.
type sourceSettingsView struct {
	kit.Page
	Sources []domain.Source
	Failed  string
	Input   string
}

const sourceSettingsPath = "/office/settings/sources"

func (a *App) sourceSettingsPage(w http.ResponseWriter, r *http.Request, status int, failed, input string, errs domain.FieldErrors) error {
	v := sourceSettingsView{Page: a.Page(r, "settings.sources.title"), Failed: failed, Input: input}
	if errs != nil {
		v.Errors = errs
	}
	var err error
	if v.Sources, err = a.Store.Sources(r.Context()); err != nil {
		return err
	}
	return a.Render(w, status, "settings_sources", v)
}

func (a *App) sourceSettings(w http.ResponseWriter, r *http.Request) error {
	return a.sourceSettingsPage(w, r, http.StatusOK, "", "", nil)
}

func (a *App) saveSource(w http.ResponseWriter, r *http.Request, src domain.Source, failed string) error {
	f, err := kit.NewForm(r)
	if err != nil {
		return err
	}
	src.Name = f.String("name")
	if err := a.Svc.SaveSource(r.Context(), actor(r), &src); err != nil {
		if !fieldError(f, err, "name") {
			return err
		}
		return a.sourceSettingsPage(w, r, http.StatusUnprocessableEntity, failed, src.Name, f.Errors)
	}
	return kit.Redirect(w, r, sourceSettingsPath+"?flash=flash.saved")
}

func (a *App) sourceCreate(w http.ResponseWriter, r *http.Request) error {
	return a.saveSource(w, r, domain.Source{}, "new-source")
}

func (a *App) sourceRename(w http.ResponseWriter, r *http.Request) error {
	id, err := kit.PathID(r, "id")
	if err != nil {
		return err
	}
	src, err := a.Store.Source(r.Context(), id)
	if err != nil {
		return err
	}
	return a.saveSource(w, r, src, fmt.Sprintf("source-%d", id))
}
