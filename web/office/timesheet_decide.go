package office

import (
	"net/http"
	"strconv"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/service"
	"github.com/matchpoint/matchpoint/web/kit"
)

// timesheetDecide approves or rejects a sent timesheet on the agency's
// behalf (D5); service.DecideTimesheet decides who may. A decision that
// lost a race comes back to the page with the message that it was already
// decided, not as an error page.
func (a *App) timesheetDecide(w http.ResponseWriter, r *http.Request) error {
	id, err := kit.PathID(r, "id")
	if err != nil {
		return err
	}
	f, err := kit.NewForm(r)
	if err != nil {
		return err
	}
	d := service.Decision{Comment: f.Text("comment")}
	switch f.String("decision") {
	case "approve":
		d.Approve = true
	case "reject":
	default:
		// Someone else's timesheet is not found, whatever the form says (B5).
		if _, err := a.Svc.TimesheetDetail(r.Context(), actor(r), id); err != nil {
			return err
		}
		return &domain.Error{Kind: domain.KindInvalid, Key: "error.bad_form"}
	}
	back := "/office/timesheets/" + strconv.FormatInt(id, 10)
	_, err = a.Svc.DecideTimesheet(r.Context(), actor(r), id, d)
	switch {
	case err == nil:
		flash := "timesheet.flash.rejected"
		if d.Approve {
			flash = "timesheet.flash.approved"
		}
		return kit.Redirect(w, r, back+"?flash="+flash)
	case kit.Invalid(err):
		v, lerr := a.loadTimesheetView(r)
		if lerr != nil {
			return lerr
		}
		_ = f.Check(err)
		v.Errors, v.Comment = f.Errors, d.Comment
		return a.Render(w, http.StatusUnprocessableEntity, "timesheet", v)
	case domain.KindOf(err) == domain.KindConflict:
		return kit.Redirect(w, r, back+"?flash="+domain.KeyOf(err))
	}
	return err
}
