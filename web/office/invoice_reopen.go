package office

import (
	"net/http"
	"strconv"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/web/kit"
)

// timesheetReopen reverses the approval of a timesheet on an admin's word
// (D6, issue 17): it goes back to the candidate, and invoiced weeks get a
// credit proposal, which the page then points to.
func (a *App) timesheetReopen(w http.ResponseWriter, r *http.Request) error {
	id, err := kit.PathID(r, "id")
	if err != nil {
		return err
	}
	f, err := kit.NewForm(r)
	if err != nil {
		return err
	}
	back := "/office/timesheets/" + strconv.FormatInt(id, 10)
	proposals, err := a.Svc.ReverseApproval(r.Context(), actor(r), id, f.Text("comment"))
	switch {
	case kit.Invalid(err):
		return kit.Redirect(w, r, back+"?flash=invoice.error.reopen_comment")
	case domain.KindOf(err) == domain.KindConflict:
		return kit.Redirect(w, r, back+"?flash="+domain.KeyOf(err))
	case err != nil:
		return err
	}
	if len(proposals) > 0 {
		return kit.Redirect(w, r, invoiceURL(proposals[0].ID)+"?flash=invoice.flash.credit_proposed")
	}
	return kit.Redirect(w, r, back+"?flash=invoice.flash.reopened")
}
