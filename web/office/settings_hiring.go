package office

import (
	"net/http"
	"strconv"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/store"
	"github.com/matchpoint/matchpoint/web/kit"
)

type settingsHiringView struct {
	kit.Page
	S                                  domain.Settings
	Groups, Sources, Relations, Phases []kit.Option
	Shared                             []sharedField
}

// sharedField is one of the candidate's private fields the agency may share
// with contacts (E5).
type sharedField struct {
	Field  string
	Shared bool
}

// settingsHiring edits the Hiring Portal settings (A3): the group that grants
// access (B2), the source that shows a vacancy (E3), the relation that may
// create vacancies (E4), the phases of approve, reject and 'match from talent
// pool' (E6, E9), the dashboard blocks (E2) and which private fields of a
// candidate contacts see (E5).
func (a *App) settingsHiring(w http.ResponseWriter, r *http.Request) error {
	set, err := a.Store.Settings(r.Context())
	if err != nil {
		return err
	}
	return a.renderHiring(w, r, http.StatusOK, set, nil)
}

func (a *App) renderHiring(w http.ResponseWriter, r *http.Request, status int, set domain.Settings, errs domain.FieldErrors) error {
	ch, err := a.Store.SettingsChoices(r.Context())
	if err != nil {
		return err
	}
	v := settingsHiringView{Page: a.Page(r, "settings.hiring"), S: set, Groups: options(ch.Groups),
		Sources: options(ch.Sources), Relations: options(ch.Relations), Phases: options(ch.Phases)}
	for _, f := range domain.HiringShareableFields {
		v.Shared = append(v.Shared, sharedField{Field: f, Shared: set.HiringShares(f)})
	}
	if errs != nil {
		v.Errors = errs
	}
	return a.Render(w, status, "settings_hiring", v)
}

func options(list []store.Choice) []kit.Option {
	out := make([]kit.Option, 0, len(list))
	for _, c := range list {
		out = append(out, kit.Option{Value: strconv.FormatInt(c.ID, 10), Label: c.Name})
	}
	return out
}

func (a *App) settingsHiringSave(w http.ResponseWriter, r *http.Request) error {
	ch, err := a.Store.SettingsChoices(r.Context())
	if err != nil {
		return err
	}
	set, errs, err := a.saveSettings(r, func(f *kit.Form, s *domain.Settings) {
		for _, sel := range []struct {
			name string
			dst  *domain.ID
			in   []store.Choice
		}{
			{"portal_group_id", &s.PortalGroupID, ch.Groups},
			{"portal_source_id", &s.PortalSourceID, ch.Sources},
			{"vacancy_relation_id", &s.VacancyRelationID, ch.Relations},
			{"approve_phase_id", &s.ApprovePhaseID, ch.Phases},
			{"reject_phase_id", &s.RejectPhaseID, ch.Phases},
			{"pool_match_phase_id", &s.PoolMatchPhaseID, ch.Phases},
		} {
			*sel.dst = f.ID(sel.name)
			if !store.Has(sel.in, *sel.dst) {
				f.Errors[sel.name] = "validation.choice"
			}
		}
		s.DashboardVacancies = f.Bool("dashboard_vacancies")
		s.DashboardCandidates = f.Bool("dashboard_candidates")
		s.DashboardTimesheets = f.Bool("dashboard_timesheets")
		s.HiringSharedFields = nil
		for _, field := range domain.HiringShareableFields {
			if f.Bool("share_" + field) {
				s.HiringSharedFields = append(s.HiringSharedFields, field)
			}
		}
	})
	if err != nil {
		return err
	}
	if errs != nil {
		return a.renderHiring(w, r, http.StatusUnprocessableEntity, set, errs)
	}
	return settingsSaved(w, r)
}
