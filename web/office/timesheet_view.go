package office

import (
	"net/http"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/web/kit"
)

// The back office shows a timesheet with its lines, its comments and its
// approval log (A5), and lets a recruiter approve or reject it on the
// agency's behalf when the rules allow (D5).

type timesheetView struct {
	kit.Page
	TS       domain.Timesheet
	Grid     timesheetGrid
	Comments []domain.TimesheetEvent // events that carry a comment
	Log      []domain.TimesheetEvent // every step but plain comments
	Activity ActivityView            // notes and attachments
	// CanDecide: the recruiter may approve or reject now; ClientApproves
	// tells a recruiter who may not why.
	CanDecide      bool
	ClientApproves bool
	Comment        string // the decision form's comment after an error
}

func (a *App) timesheetView(w http.ResponseWriter, r *http.Request) error {
	v, err := a.loadTimesheetView(r)
	if err != nil {
		return err
	}
	return a.Render(w, http.StatusOK, "timesheet", v)
}

func (a *App) loadTimesheetView(r *http.Request) (timesheetView, error) {
	id, err := kit.PathID(r, "id")
	if err != nil {
		return timesheetView{}, err
	}
	ctx := r.Context()
	v := timesheetView{Page: a.Page(r, "timesheet.page_title")}
	d, err := a.Svc.TimesheetDetail(ctx, actor(r), id)
	if err != nil {
		return timesheetView{}, err
	}
	v.TS, v.CanDecide, v.ClientApproves = d.Timesheet, d.CanDecide, d.ClientApproves
	if v.Activity, err = a.loadActivity(r, domain.SubjectTimesheet, id); err != nil {
		return timesheetView{}, err
	}
	lines, err := a.Store.TimesheetLines(ctx, id)
	if err != nil {
		return timesheetView{}, err
	}
	v.Grid = buildTimesheetGrid(v.TS.Year, v.TS.Week, lines)
	for _, e := range d.Events {
		if e.Comment != "" {
			v.Comments = append(v.Comments, e)
		}
		if e.Action != "comment" {
			v.Log = append(v.Log, e)
		}
	}
	return v, nil
}
