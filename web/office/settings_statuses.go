package office

import (
	"net/http"
	"strconv"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/web/kit"
)

type settingsStatusesView struct {
	kit.Page
	Statuses []domain.CandidateStatus
	NewName  string
}

// Name is the form field of a status's attribute: name_3, full_profile_3 …
func (settingsStatusesView) Name(prefix string, id domain.ID) string {
	return prefix + "_" + strconv.FormatInt(id, 10)
}

// settingsStatuses edits which candidate statuses see the full profile and
// which see timesheets (A3, B1), and adds statuses.
func (a *App) settingsStatuses(w http.ResponseWriter, r *http.Request) error {
	v := settingsStatusesView{Page: a.Page(r, "settings.statuses")}
	var err error
	if v.Statuses, err = a.Store.CandidateStatuses(r.Context()); err != nil {
		return err
	}
	return a.Render(w, http.StatusOK, "settings_statuses", v)
}

func (a *App) settingsStatusesSave(w http.ResponseWriter, r *http.Request) error {
	v := settingsStatusesView{Page: a.Page(r, "settings.statuses")}
	var err error
	if v.Statuses, err = a.Store.CandidateStatuses(r.Context()); err != nil {
		return err
	}
	f, err := kit.NewForm(r)
	if err != nil {
		return err
	}
	for i := range v.Statuses {
		st := &v.Statuses[i]
		st.Name = f.String(v.Name("name", st.ID))
		st.FullProfile = f.Bool(v.Name("full_profile", st.ID))
		st.Timesheets = f.Bool(v.Name("timesheets", st.ID))
	}
	v.NewName = f.String("new_name")
	if err := a.Svc.SaveCandidateStatuses(r.Context(), actor(r), v.Statuses, v.NewName); err != nil {
		if !kit.Invalid(err) {
			return err
		}
		_ = f.Check(err)
		v.Errors = f.Errors
		return a.Render(w, http.StatusUnprocessableEntity, "settings_statuses", v)
	}
	return settingsSaved(w, r)
}
