package hiring

import (
	"net/http"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/service"
	"github.com/matchpoint/matchpoint/web/kit"
)

// homeView is the dashboard (E2): what waits for the contact, in the blocks
// the agency switched on.
type homeView struct {
	kit.Page
	Contact   domain.Contact
	D         service.HiringDashboard
	CanCreate bool
	Invoices  bool // the client's invoicing details name the contact (issue 17)
	// Timesheets are the first weeks waiting for the contact's decision,
	// shown themselves (week, candidate, hours), not only counted (issue 15).
	Timesheets []domain.Timesheet
}

// dashboardTimesheets is how many waiting weeks the dashboard shows.
const dashboardTimesheets = 5

// home is the first page after sign-in (E2).
func (a *App) home(w http.ResponseWriter, r *http.Request) error {
	c, err := a.contact(r)
	if err != nil {
		return err
	}
	v := homeView{Page: a.Page(r, "hiring.home_title"), Contact: c}
	if v.D, err = a.Svc.HiringDashboard(r.Context(), c); err != nil {
		return err
	}
	if v.D.ShowTimesheets && v.D.TimesheetCount > 0 {
		if v.Timesheets, _, err = a.Svc.ContactTimesheets(r.Context(), a.actor(r), domain.TimesheetSent, dashboardTimesheets, 0); err != nil {
			return err
		}
	}
	if v.CanCreate, err = a.Svc.HiringCanCreateVacancies(r.Context(), c); err != nil {
		return err
	}
	if v.Invoices, err = a.Svc.ContactSeesInvoices(r.Context(), c); err != nil {
		return err
	}
	return a.Render(w, http.StatusOK, "home", v)
}
