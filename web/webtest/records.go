package webtest

import (
	"testing"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/store"
)

// Records is one record of every back-office kind, linked as in real use: a
// candidate matched to and placed on a vacancy of a company, with a contact,
// a rate and a timesheet.
type Records struct {
	Candidate       domain.Candidate
	Company         domain.Company
	Contact         domain.Contact
	Procedure       domain.Procedure
	Phase           domain.Phase
	Vacancy         domain.Vacancy
	Match           domain.Match
	Placement       domain.Placement
	DeclarationType domain.DeclarationType
	Rate            domain.Rate
	Timesheet       domain.Timesheet
}

// Records creates one record of every kind in the agency.
func (a Agency) Records(t testing.TB, st *store.Store) Records {
	t.Helper()
	ctx := a.Ctx
	must := func(what string, err error) {
		t.Helper()
		if err != nil {
			t.Fatalf("fixture %s: %v", what, err)
		}
	}
	var r Records
	r.Candidate = a.Candidate(t, st, "Rosa", "Records")
	r.Company = domain.Company{OwnerID: a.Recruiter.ID, Kind: domain.CompanyClient, Name: "Records BV", City: "Delft"}
	must("company", st.CreateCompany(ctx, &r.Company))
	r.Contact = domain.Contact{CompanyID: r.Company.ID, OwnerID: a.Recruiter.ID, FirstName: "Carl", LastName: "Contact",
		Email: "carl@records.test", Language: "en"}
	must("contact", st.CreateContact(ctx, &r.Contact))
	r.Procedure = domain.Procedure{Name: "Standard"}
	must("procedure", st.SaveProcedure(ctx, &r.Procedure))
	r.Phase = domain.Phase{ProcedureID: r.Procedure.ID, Name: "Proposed", VisibleInPortal: true}
	must("phase", st.SavePhase(ctx, &r.Phase))
	r.Vacancy = domain.Vacancy{CompanyID: r.Company.ID, ContactID: r.Contact.ID, OwnerID: a.Recruiter.ID,
		ProcedureID: r.Procedure.ID, Title: "Records clerk", Status: domain.VacancyOpen, Origin: domain.OriginOffice}
	must("vacancy", st.CreateVacancy(ctx, &r.Vacancy))
	r.Match = domain.Match{CandidateID: r.Candidate.ID, VacancyID: r.Vacancy.ID, PhaseID: r.Phase.ID}
	must("match", st.CreateMatch(ctx, &r.Match, store.Actor{Kind: domain.AudienceOffice, ID: a.Recruiter.ID, Name: a.Recruiter.Name}))
	r.Placement = domain.Placement{CandidateID: r.Candidate.ID, CompanyID: r.Company.ID, VacancyID: r.Vacancy.ID,
		Title: "Records clerk", StartDate: domain.NewDate(2026, 1, 5), TimesheetApproval: true, ContactIDs: []domain.ID{r.Contact.ID}}
	must("placement", st.CreatePlacement(ctx, &r.Placement))
	r.DeclarationType = domain.DeclarationType{Name: "Hours", EmptyLinePerPlacement: true}
	must("declaration type", st.SaveDeclarationType(ctx, &r.DeclarationType))
	r.Rate = domain.Rate{PlacementID: r.Placement.ID, DeclarationTypeID: r.DeclarationType.ID, StartDate: r.Placement.StartDate, BillCents: 6550}
	must("rate", st.SaveRate(ctx, &r.Rate))
	r.Timesheet = domain.Timesheet{PlacementID: r.Placement.ID, Year: 2026, Week: 3, Status: domain.TimesheetSent}
	must("timesheet", st.CreateTimesheet(ctx, &r.Timesheet))
	return r
}
