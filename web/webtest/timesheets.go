package webtest

import (
	"testing"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/store"
)

// TimesheetWorld is an agency set up for timesheets (D1–D6): Tess, a
// candidate with credentials, on a running placement whose client approves
// the timesheets, with an 'Hours' rate; Carol, a contact with credentials
// in the portal group on that placement; Olga, a candidate with credentials
// and no placement; Otis, a contact with credentials not on it.
type TimesheetWorld struct {
	Tess, Olga  domain.Candidate
	Carol, Otis domain.Contact
	Placement   domain.Placement
	Hours       domain.DeclarationType
	Rate        domain.Rate
}

// TimesheetWorld builds the world in the agency (it sets the portal group).
func (a Agency) TimesheetWorld(t testing.TB, st *store.Store) TimesheetWorld {
	t.Helper()
	must := func(what string, err error) {
		t.Helper()
		if err != nil {
			t.Fatalf("timesheet world: %s: %v", what, err)
		}
	}
	ctx := a.Ctx
	var w TimesheetWorld
	g := a.PortalGroup(t, st)
	w.Tess = a.Candidate(t, st, "Tess", "Timmer")
	w.Olga = a.Candidate(t, st, "Olga", "Other")
	w.Carol = a.Contact(t, st, "Carol", "Client", g.ID)
	w.Otis = a.Contact(t, st, "Otis", "Outside", g.ID)
	for _, id := range []domain.ID{w.Tess.ID, w.Olga.ID} {
		a.GiveCredentials(t, st, domain.AudiencePortal, id)
	}
	for _, id := range []domain.ID{w.Carol.ID, w.Otis.ID} {
		a.GiveCredentials(t, st, domain.AudienceHiring, id)
	}
	w.Placement = domain.Placement{CandidateID: w.Tess.ID, CompanyID: w.Carol.CompanyID, Title: "Forklift driver",
		StartDate: domain.NewDate(2026, 1, 5), TimesheetApproval: true, ContactIDs: []domain.ID{w.Carol.ID}}
	must("placement", st.CreatePlacement(ctx, &w.Placement))
	w.Hours = domain.DeclarationType{Name: "Hours", EmptyLinePerPlacement: true}
	must("declaration type", st.SaveDeclarationType(ctx, &w.Hours))
	w.Rate = domain.Rate{PlacementID: w.Placement.ID, DeclarationTypeID: w.Hours.ID, StartDate: w.Placement.StartDate, BillCents: 5000}
	must("rate", st.SaveRate(ctx, &w.Rate))
	must("attachment type", st.SaveAttachmentType(ctx, &domain.AttachmentType{Name: "Timesheet", Code: domain.TypeCodeTimesheet}))
	return w
}
