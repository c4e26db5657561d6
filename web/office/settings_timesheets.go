package office

import (
	"fmt"
	"net/http"
	"strconv"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/web/kit"
)

// The admin sets on which weekday and from which hour the candidates whose
// timesheet of last week was not sent get their reminder (G3).

type settingsTimesheetsView struct {
	kit.Page
	S        domain.Settings
	Weekdays []kit.Option
}

func (a *App) settingsTimesheets(w http.ResponseWriter, r *http.Request) error {
	set, err := a.Store.Settings(r.Context())
	if err != nil {
		return err
	}
	return a.renderSettingsTimesheets(w, r, http.StatusOK, set, nil)
}

func (a *App) renderSettingsTimesheets(w http.ResponseWriter, r *http.Request, status int, set domain.Settings, errs domain.FieldErrors) error {
	v := settingsTimesheetsView{Page: a.Page(r, "settings.timesheets.title"), S: set}
	for d := 1; d <= 7; d++ {
		v.Weekdays = append(v.Weekdays, kit.Option{Value: strconv.Itoa(d), Label: fmt.Sprintf("weekday.%d", d%7)})
	}
	if errs != nil {
		v.Errors = errs
	}
	return a.Render(w, status, "settings_timesheets", v)
}

func (a *App) settingsTimesheetsSave(w http.ResponseWriter, r *http.Request) error {
	set, errs, err := a.saveSettings(r, func(f *kit.Form, s *domain.Settings) {
		s.ReminderWeekday = f.Int("reminder_weekday")
		s.ReminderHour = f.Int("reminder_hour")
	})
	if err != nil {
		return err
	}
	if errs != nil {
		return a.renderSettingsTimesheets(w, r, http.StatusUnprocessableEntity, set, errs)
	}
	return settingsSaved(w, r)
}
