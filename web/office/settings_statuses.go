package office

import (
	"context"
	"net/http"
	"strconv"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/store"
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
	var val domain.Validator
	for i := range v.Statuses {
		st := &v.Statuses[i]
		st.Name = f.String(v.Name("name", st.ID))
		st.FullProfile = f.Bool(v.Name("full_profile", st.ID))
		st.Timesheets = f.Bool(v.Name("timesheets", st.ID))
		val.Required(st.Name, v.Name("name", st.ID))
		val.MaxLen(st.Name, 100, v.Name("name", st.ID))
	}
	v.NewName = f.String("new_name")
	val.MaxLen(v.NewName, 100, "new_name")
	if err := f.Check(val.Err()); err != nil {
		v.Errors = f.Errors
		return a.Render(w, http.StatusUnprocessableEntity, "settings_statuses", v)
	}
	err = a.Store.InTx(r.Context(), func(tx *store.Store) error {
		return saveStatuses(r.Context(), tx, v.Statuses, v.NewName)
	})
	if err != nil {
		return err
	}
	return settingsSaved(w, r)
}

func saveStatuses(ctx context.Context, tx *store.Store, statuses []domain.CandidateStatus, newName string) error {
	next := 0
	for i := range statuses {
		if err := tx.SaveCandidateStatus(ctx, &statuses[i]); err != nil {
			return err
		}
		next = max(next, statuses[i].Position+1)
	}
	if newName == "" {
		return nil
	}
	return tx.SaveCandidateStatus(ctx, &domain.CandidateStatus{Name: newName, Position: next})
}
