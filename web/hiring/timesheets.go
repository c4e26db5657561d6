package hiring

import (
	"net/http"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/store"
	"github.com/matchpoint/matchpoint/web/account"
	"github.com/matchpoint/matchpoint/web/kit"
)

// timesheetsPerPage is the length of a page of the contact's timesheets.
const timesheetsPerPage = 50

type timesheetListView struct {
	kit.Page
	Timesheets []domain.Timesheet
	Status     string
	Statuses   []kit.Option
	PageNo     int
	More       bool
}

// actor is the signed-in contact as the timesheet use cases take it.
func (a *App) actor(r *http.Request) store.Actor {
	acct := account.Current(r.Context())
	return store.Actor{Kind: domain.AudienceHiring, ID: acct.ID, Name: acct.Name}
}

// timesheetList lists the timesheets the contact sees (D4), latest week
// first; ?status=sent shows those waiting for its decision.
func (a *App) timesheetList(w http.ResponseWriter, r *http.Request) error {
	// What waits for the contact comes first (issue 15); "all" shows every week.
	asked := r.URL.Query().Get("status")
	status := domain.TimesheetStatus(asked)
	switch status {
	case domain.TimesheetSent, domain.TimesheetApproved, domain.TimesheetRejected:
	case "":
		status, asked = domain.TimesheetSent, string(domain.TimesheetSent)
	default:
		status, asked = "", "all"
	}
	p := kit.PageIndex(r)
	v := timesheetListView{Page: a.Page(r, "timesheet_pages.hiring_title"), Status: asked, PageNo: p + 1}
	for _, s := range []domain.TimesheetStatus{domain.TimesheetSent, domain.TimesheetApproved, domain.TimesheetRejected} {
		v.Statuses = append(v.Statuses, kit.Option{Value: string(s), Label: v.T("timesheet.status." + string(s))})
	}
	v.Statuses = append(v.Statuses, kit.Option{Value: "all", Label: v.T("timesheet_pages.all_statuses")})
	var err error
	v.Timesheets, v.More, err = a.Svc.ContactTimesheets(r.Context(), a.actor(r), status, timesheetsPerPage, p*timesheetsPerPage)
	if err != nil {
		return err
	}
	return a.Render(w, http.StatusOK, "timesheets", v)
}
