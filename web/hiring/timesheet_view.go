package hiring

import (
	"net/http"
	"strconv"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/service"
	"github.com/matchpoint/matchpoint/upload"
	"github.com/matchpoint/matchpoint/web/kit"
)

type timesheetView struct {
	kit.Page
	D       service.TimesheetDetail
	Decided domain.TimesheetEvent
	Comment string
	Problem string
}

// timesheetView shows a timesheet the contact sees (D4): lines, totals,
// attachments, the log, and the approve/reject form while it waits (D5).
func (a *App) timesheetView(w http.ResponseWriter, r *http.Request) error {
	id, err := kit.PathID(r, "id")
	if err != nil {
		return err
	}
	return a.renderTimesheet(w, r, http.StatusOK, id, "", nil, "")
}

func (a *App) renderTimesheet(w http.ResponseWriter, r *http.Request, status int, id domain.ID, comment string, errs domain.FieldErrors, problem string) error {
	d, err := a.Svc.TimesheetDetail(r.Context(), a.actor(r), id)
	if err != nil {
		return err
	}
	v := timesheetView{Page: a.Page(r, "timesheet_pages.hiring_view_title"), D: d, Comment: comment, Problem: problem}
	if errs != nil {
		v.Errors = errs
	}
	v.Decided, _ = d.Decided()
	return a.Render(w, status, "timesheet", v)
}

// timesheetDecide approves or rejects the timesheet with a comment (D5); the
// loser of two decisions is told it was already decided.
func (a *App) timesheetDecide(w http.ResponseWriter, r *http.Request) error {
	id, err := kit.PathID(r, "id")
	if err != nil {
		return err
	}
	f, err := kit.NewForm(r)
	if err != nil {
		return err
	}
	comment := f.Text("comment")
	d := service.Decision{Approve: f.String("decision") == "approve", Comment: comment}
	_, err = a.Svc.DecideTimesheet(r.Context(), a.actor(r), id, d)
	switch {
	case err == nil:
	case kit.Invalid(err):
		_ = f.Check(err)
		return a.renderTimesheet(w, r, http.StatusUnprocessableEntity, id, comment, f.Errors, "")
	case domain.KindOf(err) == domain.KindConflict:
		return a.renderTimesheet(w, r, http.StatusConflict, id, comment, nil, domain.KeyOf(err))
	default:
		return err
	}
	flash := "timesheet.flash.rejected"
	if d.Approve {
		flash = "timesheet.flash.approved"
	}
	return kit.Redirect(w, r, "/hiring/timesheets/"+strconv.FormatInt(id, 10)+"?flash="+flash)
}

// timesheetAttachment downloads a file of a timesheet the contact sees: a
// receipt or a file of a type the Hiring Portal shows (D4, E10). An internal
// file, or a file of any other timesheet, is not found.
func (a *App) timesheetAttachment(w http.ResponseWriter, r *http.Request) error {
	id, err := kit.PathID(r, "id")
	if err != nil {
		return err
	}
	attID, err := kit.PathID(r, "attachment")
	if err != nil {
		return err
	}
	att, content, err := a.Svc.ContactTimesheetFile(r.Context(), a.actor(r), id, attID)
	if err != nil {
		return err
	}
	return upload.Send(w, att.FileName, att.ContentType, content)
}
