package portal

import (
	"net/http"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/web/kit"
)

type availabilityView struct {
	kit.Page
	A domain.Availability
}

// availability shows from when and how many hours a week the candidate can
// work, with a note (C2).
func (a *App) availability(w http.ResponseWriter, r *http.Request) error {
	m, err := a.me(r, domain.SectionAvailability)
	if err != nil {
		return err
	}
	v := availabilityView{Page: a.Page(r, "portal.availability.title"),
		A: domain.Availability{From: m.C.AvailableFrom, Hours: m.C.AvailableHours, Note: m.C.AvailabilityNote}}
	return a.Render(w, http.StatusOK, "availability", v)
}

func (a *App) availabilitySave(w http.ResponseWriter, r *http.Request) error {
	m, err := a.me(r, domain.SectionAvailability)
	if err != nil {
		return err
	}
	f, err := kit.NewForm(r)
	if err != nil {
		return err
	}
	v := availabilityView{Page: a.Page(r, "portal.availability.title"),
		A: domain.Availability{From: f.Date("available_from"), Hours: f.Int("available_hours"), Note: f.Text("availability_note")}}
	if len(f.Errors) == 0 {
		err = a.Service.PortalSetAvailability(r.Context(), m.Actor, v.A)
	}
	if err := f.Check(err); err != nil {
		if !kit.Invalid(err) {
			return err
		}
		v.Errors = f.Errors
		return a.Render(w, http.StatusUnprocessableEntity, "availability", v)
	}
	return kit.Redirect(w, r, "/portal/availability?flash=portal.flash.saved")
}
