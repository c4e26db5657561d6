package office

import (
	"net/http"
	"strconv"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/store"
	"github.com/matchpoint/matchpoint/web/kit"
)

type placementView struct {
	kit.Page
	P                domain.Placement
	Contacts         []domain.Contact
	Rates            []domain.Rate
	DeclarationTypes []kit.Option
	// NewRate is the form to add a rate; filled again with the input after an error.
	NewRate        domain.Rate
	Timesheets     []domain.Timesheet
	MoreTimesheets bool
	// What the timesheet rules say about the placement today (D1, D4).
	TimesheetsAllowed bool
	TimesheetsReason  domain.Reason
	CandidateStatus   domain.CandidateStatus // named when it is the blocker
	ClientApproval    bool
	Activity          ActivityView // notes and attachments
}

func placementURL(id domain.ID) string { return "/office/placements/" + strconv.FormatInt(id, 10) }

// placementTimesheetsShown is how many of its latest timesheets a placement's page lists.
const placementTimesheetsShown = 20

func (a *App) loadPlacementView(r *http.Request) (placementView, error) {
	id, err := kit.PathID(r, "id")
	if err != nil {
		return placementView{}, err
	}
	ctx := r.Context()
	v := placementView{Page: a.Page(r, "placement.page_title")}
	if v.P, err = a.Store.Placement(ctx, id); err != nil {
		return v, err
	}
	if v.Activity, err = a.loadActivity(r, domain.SubjectPlacement, id); err != nil {
		return v, err
	}
	if v.Contacts, err = a.Store.PlacementContacts(ctx, id); err != nil {
		return v, err
	}
	if v.Rates, err = a.Store.Rates(ctx, id); err != nil {
		return v, err
	}
	if v.DeclarationTypes, err = a.declarationTypeOptions(r); err != nil {
		return v, err
	}
	v.Timesheets, v.MoreTimesheets, err = a.Store.Timesheets(ctx, store.TimesheetFilter{PlacementID: id, Limit: placementTimesheetsShown})
	if err != nil {
		return v, err
	}
	day := today()
	// The portal's own rule (B1 and D1), so the page never promises what
	// the portal refuses.
	if v.TimesheetsAllowed, v.TimesheetsReason, v.CandidateStatus, err = a.Svc.TimesheetsOpen(ctx, v.P, v.Rates); err != nil {
		return v, err
	}
	v.ClientApproval = domain.ClientApprovalRequired(v.P, v.Rates, day)
	v.NewRate = domain.Rate{PlacementID: id, StartDate: v.P.StartDate}
	return v, nil
}

func (a *App) placementView(w http.ResponseWriter, r *http.Request) error {
	v, err := a.loadPlacementView(r)
	if err != nil {
		return err
	}
	return a.Render(w, http.StatusOK, "placement", v)
}
