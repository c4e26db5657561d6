package office

import (
	"fmt"
	"net/http"
	"strconv"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/store"
	"github.com/matchpoint/matchpoint/web/kit"
)

type timesheetListView struct {
	kit.Page
	Week        string // "2026-W05" as an <input type=week> gives it
	Status      string
	CompanyID   domain.ID
	CandidateID domain.ID
	Candidate   string // part of the candidate's name
	PlacementID domain.ID
	Statuses    []kit.Option
	Companies   []kit.Option
	Timesheets  []domain.Timesheet
	Pager       Pager
}

var timesheetStatuses = []domain.TimesheetStatus{domain.TimesheetDraft, domain.TimesheetSent, domain.TimesheetApproved, domain.TimesheetRejected}

// parseISOWeek reads "2026-W05"; anything else gives zeros (no filter).
func parseISOWeek(s string) (year, week int) {
	if _, err := fmt.Sscanf(s, "%4d-W%2d", &year, &week); err != nil || week < 1 || week > 53 {
		return 0, 0
	}
	return year, week
}

func (a *App) timesheetList(w http.ResponseWriter, r *http.Request) error {
	q := r.URL.Query()
	v := timesheetListView{Page: a.Page(r, "timesheets.title"), Week: q.Get("week"), Status: q.Get("status"),
		CompanyID: queryID(r, "company"), CandidateID: queryID(r, "candidate"), PlacementID: queryID(r, "placement"), Candidate: q.Get("q")}
	f := store.TimesheetFilter{CompanyID: v.CompanyID, CandidateID: v.CandidateID, PlacementID: v.PlacementID, Candidate: v.Candidate}
	for _, s := range timesheetStatuses {
		v.Statuses = append(v.Statuses, kit.Option{Value: string(s), Label: "timesheet.status." + string(s)})
		if string(s) == v.Status {
			f.Status = s
		}
	}
	f.Year, f.Week = parseISOWeek(v.Week)
	companies, err := a.Store.PlacementCompanyChoices(r.Context(), v.CompanyID, companyChoiceLimit)
	if err != nil && kit.Status(err) != http.StatusNotFound {
		return err
	}
	for _, c := range companies {
		v.Companies = append(v.Companies, kit.Option{Value: strconv.FormatInt(c.ID, 10), Label: c.Name})
	}
	n := kit.PageIndex(r) + 1
	f.Limit, f.Offset = pageSize, (n-1)*pageSize
	if v.Timesheets, v.Pager.More, err = a.Store.Timesheets(r.Context(), f); err != nil {
		return err
	}
	v.Pager.Page = n
	return a.Render(w, http.StatusOK, "timesheets", v)
}
