package service_test

import (
	"context"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/service"
	"github.com/matchpoint/matchpoint/store"
)

// now is the pinned clock of the tests: Wednesday 11 March 2026, ISO week
// 11; last week is 2026-W10 (2–8 March).
var now = time.Date(2026, 3, 11, 10, 0, 0, 0, time.UTC)

// agency is a fixture tenant with one running placement on which D1 holds:
// started on Wednesday 7 January 2026 (so Monday and Tuesday of 2026-W02 are
// closed), an 'Hours' rate and an 'Overtime' rate that ended on Tuesday 10
// March, and two contacts on the placement and one that is not.
type agency struct {
	t         testing.TB
	db        *store.DB
	st        *store.Store
	svc       *service.Service
	ctx       context.Context
	tenant    domain.Tenant
	recruiter domain.User
	admin     domain.User
	status    domain.CandidateStatus
	cand      domain.Candidate
	company   domain.Company
	carla     domain.Contact // on the placement
	dirk      domain.Contact // on the placement
	otto      domain.Contact // same company, not on the placement
	placement domain.Placement
	hours     domain.DeclarationType
	overtime  domain.DeclarationType
	travel    domain.DeclarationType // no rate
}

func must(t testing.TB, what string, err error) {
	t.Helper()
	if err != nil {
		t.Fatalf("%s: %v", what, err)
	}
}

// newAgency makes a fixture agency; clientApproves sets 'timesheet approval
// by client required' on its placement.
func newAgency(t testing.TB, db *store.DB, slug string, clientApproves bool) *agency {
	t.Helper()
	db.SetClock(func() time.Time { return now })
	a := &agency{t: t, db: db, st: db.Store(), svc: service.New(db)}
	a.svc.Links = service.Links{Base: &url.URL{Scheme: "https", Host: "matchpoint.test"}}
	a.tenant = domain.Tenant{Slug: slug, Name: strings.ToUpper(slug[:1]) + slug[1:] + " Staffing", DefaultLanguage: "en"}
	must(t, "tenant", a.st.CreateTenant(context.Background(), &a.tenant))
	a.ctx = store.WithTenant(context.Background(), a.tenant.ID)
	st, ctx := a.st, a.ctx
	a.recruiter = domain.User{Email: "rita@" + slug + ".test", Name: "Rita Recruiter", Role: domain.RoleRecruiter, Language: "en", Active: true}
	a.admin = domain.User{Email: "adam@" + slug + ".test", Name: "Adam Admin", Role: domain.RoleAdmin, Language: "en", Active: true}
	must(t, "recruiter", st.CreateUser(ctx, &a.recruiter))
	must(t, "admin", st.CreateUser(ctx, &a.admin))
	a.status = domain.CandidateStatus{Name: "Placed", FullProfile: true, Timesheets: true}
	must(t, "status", st.SaveCandidateStatus(ctx, &a.status))
	a.cand = domain.Candidate{OwnerID: a.recruiter.ID, StatusID: a.status.ID, FirstName: "Tom", LastName: "Visser",
		Email: "tom@" + slug + ".test", Language: "nl"}
	must(t, "candidate", st.CreateCandidate(ctx, &a.cand))
	a.company = domain.Company{OwnerID: a.recruiter.ID, Kind: domain.CompanyClient, Name: "Initech"}
	must(t, "company", st.CreateCompany(ctx, &a.company))
	for _, c := range []*domain.Contact{&a.carla, &a.dirk, &a.otto} {
		*c = domain.Contact{CompanyID: a.company.ID, OwnerID: a.recruiter.ID, Language: "en"}
	}
	a.carla.FirstName, a.carla.LastName, a.carla.Email = "Carla", "Jansen", "carla@initech.test"
	a.dirk.FirstName, a.dirk.LastName, a.dirk.Email, a.dirk.Language = "Dirk", "de Boer", "dirk@initech.test", "de"
	a.otto.FirstName, a.otto.LastName, a.otto.Email = "Otto", "Outside", "otto@initech.test"
	for _, c := range []*domain.Contact{&a.carla, &a.dirk, &a.otto} {
		must(t, "contact", st.CreateContact(ctx, c))
	}
	a.placement = domain.Placement{CandidateID: a.cand.ID, CompanyID: a.company.ID, Title: "Driver",
		StartDate: domain.NewDate(2026, 1, 7), TimesheetApproval: clientApproves, ContactIDs: []domain.ID{a.carla.ID, a.dirk.ID}}
	must(t, "placement", st.CreatePlacement(ctx, &a.placement))
	a.hours = domain.DeclarationType{Name: "Hours", EmptyLinePerPlacement: true}
	a.overtime = domain.DeclarationType{Name: "Overtime", EmptyLinePerPlacement: true}
	a.travel = domain.DeclarationType{Name: "Travel", EmptyLinePerPlacement: true}
	for _, d := range []*domain.DeclarationType{&a.hours, &a.overtime, &a.travel} {
		must(t, "declaration type", st.SaveDeclarationType(ctx, d))
	}
	for _, r := range []domain.Rate{
		{PlacementID: a.placement.ID, DeclarationTypeID: a.hours.ID, StartDate: a.placement.StartDate, BillCents: 6500},
		{PlacementID: a.placement.ID, DeclarationTypeID: a.overtime.ID, StartDate: a.placement.StartDate,
			EndDate: domain.NewDate(2026, 3, 10), BillCents: 8000},
	} {
		must(t, "rate", st.SaveRate(ctx, &r))
	}
	must(t, "timesheet type", st.SaveAttachmentType(ctx, &domain.AttachmentType{Name: "Timesheet", Code: domain.TypeCodeTimesheet}))
	return a
}

func (a *agency) candidate() store.Actor {
	return store.Actor{Kind: domain.AudiencePortal, ID: a.cand.ID, Name: a.cand.Name()}
}

func contactActor(c domain.Contact) store.Actor {
	return store.Actor{Kind: domain.AudienceHiring, ID: c.ID, Name: c.Name()}
}

func userActor(u domain.User) store.Actor {
	return store.Actor{Kind: domain.AudienceOffice, ID: u.ID, Name: u.Name}
}

// mails returns the agency's outbox, oldest first, optionally only those to addr.
func (a *agency) mails(addr string) []domain.Mail {
	a.t.Helper()
	all, _, err := a.st.Mails(a.ctx, 200, 0)
	must(a.t, "mails", err)
	var out []domain.Mail
	for i := len(all) - 1; i >= 0; i-- {
		if addr == "" || all[i].To == addr {
			out = append(out, all[i])
		}
	}
	return out
}

// day returns the day of ISO week (2026, week) with weekday offset 0 = Monday.
func day(week, offset int) domain.Date { return domain.MondayOfISOWeek(2026, week).AddDays(offset) }

// line is a line input of minutes.
func line(typ domain.DeclarationType, d domain.Date, minutes int) service.LineInput {
	return service.LineInput{DeclarationTypeID: typ.ID, Day: d, Minutes: minutes}
}

// sent saves a week of 8 hours Monday to Friday and submits it.
func (a *agency) sent(week int) domain.Timesheet {
	a.t.Helper()
	var lines []service.LineInput
	for i := range 5 {
		lines = append(lines, line(a.hours, day(week, i), 480))
	}
	_, err := a.svc.SaveTimesheet(a.ctx, a.candidate(), a.placement.ID, 2026, week, lines)
	must(a.t, "save", err)
	ts, err := a.svc.SubmitTimesheet(a.ctx, a.candidate(), a.placement.ID, 2026, week)
	must(a.t, "submit", err)
	return ts
}
