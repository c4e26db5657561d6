package webtest

import (
	"testing"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/store"
)

// CareersWorld is an agency with a careers site (issue 16): a Website
// source it publishes, a procedure whose second phase new applicants start
// in, an Applicant status, a CV attachment type, and vacancies of which
// Published are on the site and Hidden (another source, closed, a pool,
// past its closing day) are not.
type CareersWorld struct {
	Company   domain.Company
	Source    domain.Source
	Other     domain.Source
	Procedure domain.Procedure
	Intake    domain.Phase // the procedure's first phase
	Applied   domain.Phase // the configured phase of new applicants
	Applicant domain.CandidateStatus
	CVType    domain.AttachmentType
	Published []domain.Vacancy // newest first, as the site lists them
	Hidden    []domain.Vacancy
}

// HourlyPay is the pay range of the fixture's first vacancy.
var HourlyPay = domain.PayRange{MinCents: 1850, MaxCents: 2275, Currency: "EUR", Period: domain.PayHour}

// CareersWorld builds the agency's careers site.
func (a Agency) CareersWorld(t testing.TB, st *store.Store) CareersWorld {
	t.Helper()
	ctx := a.Ctx
	must := func(what string, err error) {
		t.Helper()
		if err != nil {
			t.Fatalf("careers fixture %s: %v", what, err)
		}
	}
	var w CareersWorld
	w.Company = domain.Company{OwnerID: a.Recruiter.ID, Kind: domain.CompanyClient, Name: "Staal BV", City: "Utrecht"}
	must("company", st.CreateCompany(ctx, &w.Company))
	w.Source, w.Other = domain.Source{Name: "Website"}, domain.Source{Name: "LinkedIn"}
	must("source", st.SaveSource(ctx, &w.Source))
	must("other source", st.SaveSource(ctx, &w.Other))
	w.Procedure = domain.Procedure{Name: "Applications"}
	must("procedure", st.SaveProcedure(ctx, &w.Procedure))
	w.Intake = domain.Phase{ProcedureID: w.Procedure.ID, Name: "Intake"}
	must("phase", st.SavePhase(ctx, &w.Intake))
	w.Applied = domain.Phase{ProcedureID: w.Procedure.ID, Name: "Applied online"}
	must("phase", st.SavePhase(ctx, &w.Applied))
	w.Applicant = domain.CandidateStatus{Name: "Applicant"}
	must("status", st.SaveCandidateStatus(ctx, &w.Applicant))
	w.CVType = domain.AttachmentType{Name: "CV", Code: domain.TypeCodeCV, VisibleProfessional: true}
	must("cv type", st.SaveAttachmentType(ctx, &w.CVType))
	set, err := st.Settings(ctx)
	must("settings", err)
	set.Careers.SourceID, set.Careers.PhaseID, set.Careers.StatusID = w.Source.ID, w.Applied.ID, w.Applicant.ID
	set.Careers.Name, set.Careers.Country = a.Tenant.Name+" Careers", "NL"
	must("save settings", st.SaveSettings(ctx, set))

	today := domain.DateOf(st.Now())
	vacancy := func(title string, edit func(v *domain.Vacancy)) domain.Vacancy {
		v := domain.Vacancy{CompanyID: w.Company.ID, OwnerID: a.Recruiter.ID, SourceID: w.Source.ID, ProcedureID: w.Procedure.ID,
			Title: title, Description: title + " at a steel works.\nSafety shoes provided.", Location: "Utrecht", HoursPerWeek: 40,
			Category: "Technique", Status: domain.VacancyOpen, Origin: domain.OriginOffice}
		edit(&v)
		must("vacancy "+title, st.CreateVacancy(ctx, &v))
		return v
	}
	w.Published = []domain.Vacancy{
		vacancy("Soudeur / Welder", func(v *domain.Vacancy) { v.Pay = HourlyPay }),
		vacancy("Warehouse worker", func(v *domain.Vacancy) {
			v.Location, v.Category, v.HoursPerWeek = "Amsterdam", "Logistics", 24
			v.Pay = domain.PayRange{MinCents: 280000, MaxCents: 320000, Currency: "EUR", Period: domain.PayMonth}
		}),
		vacancy("Planner", func(v *domain.Vacancy) { v.ClosesOn = today.AddDays(14); v.Category = "Office" }),
	}
	w.Hidden = []domain.Vacancy{
		vacancy("Secret LinkedIn job", func(v *domain.Vacancy) { v.SourceID = w.Other.ID }),
		vacancy("Closed welder job", func(v *domain.Vacancy) { v.Status = domain.VacancyClosed }),
		vacancy("Welders pool", func(v *domain.Vacancy) { v.Pool = domain.PoolCompany }),
		vacancy("Expired welder job", func(v *domain.Vacancy) { v.ClosesOn = today.AddDays(-1) }),
	}
	// The site lists newest first.
	p := w.Published
	w.Published = []domain.Vacancy{p[2], p[1], p[0]}
	return w
}
