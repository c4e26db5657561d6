package office

import (
	"net/http"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/web/kit"
)

// The back office shows a timesheet read-only: its lines, its comments and
// its approval log (A5).

type timesheetView struct {
	kit.Page
	TS       domain.Timesheet
	Grid     timesheetGrid
	Comments []domain.TimesheetEvent // events that carry a comment
	Log      []domain.TimesheetEvent // every step but plain comments
	Activity ActivityView            // notes and attachments
}

func (a *App) timesheetView(w http.ResponseWriter, r *http.Request) error {
	id, err := pathID(r, "id")
	if err != nil {
		return err
	}
	ctx := r.Context()
	v := timesheetView{Page: a.page(r, "timesheet.page_title")}
	if v.TS, err = a.Store.Timesheet(ctx, id); err != nil {
		return err
	}
	if v.Activity, err = a.loadActivity(r, domain.SubjectTimesheet, id); err != nil {
		return err
	}
	lines, err := a.Store.TimesheetLines(ctx, id)
	if err != nil {
		return err
	}
	v.Grid = buildTimesheetGrid(v.TS.Year, v.TS.Week, lines)
	events, err := a.Store.TimesheetEvents(ctx, id)
	if err != nil {
		return err
	}
	for _, e := range events {
		if e.Comment != "" {
			v.Comments = append(v.Comments, e)
		}
		if e.Action != "comment" {
			v.Log = append(v.Log, e)
		}
	}
	return a.render(w, http.StatusOK, "timesheet", v)
}
