package portal

import (
	"net/http"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/service"
	"github.com/matchpoint/matchpoint/web/kit"
)

type timesheetsView struct {
	kit.Page
	Placements []placementRow
	// Rejected are the weeks sent back to correct, with the contact's
	// comment and a link to the week (issue 15).
	Rejected []rejectedRow
}

type rejectedRow struct {
	service.RejectedWeek
	Link string
}

// placementRow is one placement with D1's verdict; Link is the current week
// when the candidate may write timesheets on it.
type placementRow struct {
	service.CandidatePlacement
	Link string
}

// timesheets lists the candidate's placements with D1's verdict: the open
// ones link to the current week, the others say why not in plain words (D1, B1).
func (a *App) timesheets(w http.ResponseWriter, r *http.Request) error {
	m, err := a.me(r, domain.SectionTimesheets)
	if err != nil {
		return err
	}
	list, err := a.Service.CandidatePlacements(r.Context(), m.Actor)
	if err != nil {
		return err
	}
	v := timesheetsView{Page: a.Page(r, "portal.timesheets.title")}
	y, wk := a.Service.Today().ISOWeek()
	for _, cp := range list {
		row := placementRow{CandidatePlacement: cp}
		if cp.Allowed {
			row.Link = weekPath(cp.Placement.ID, y, wk)
		}
		v.Placements = append(v.Placements, row)
	}
	rejected, err := a.Service.CandidateRejectedWeeks(r.Context(), m.Actor)
	if err != nil {
		return err
	}
	for _, rw := range rejected {
		v.Rejected = append(v.Rejected, rejectedRow{RejectedWeek: rw, Link: weekPath(rw.Timesheet.PlacementID, rw.Timesheet.Year, rw.Timesheet.Week)})
	}
	return a.Render(w, http.StatusOK, "timesheets", v)
}
