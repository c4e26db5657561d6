package office_test

import (
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"testing"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/store"
	"github.com/matchpoint/matchpoint/store/storetest"
	"github.com/matchpoint/matchpoint/web/webtest"
)

func mustID(t *testing.T, s string) domain.ID {
	t.Helper()
	n, err := strconv.ParseInt(s, 10, 64)
	if err != nil {
		t.Fatalf("id %q: %v", s, err)
	}
	return n
}

// sentTimesheet makes a placement of agency a with one sent timesheet of
// week 10 of 2024: 8 hours on Monday, 7.5 on Tuesday, a rejection comment.
func sentTimesheet(t *testing.T, env *webtest.Env, a webtest.Agency) (domain.Placement, domain.Timesheet) {
	t.Helper()
	st := env.Store
	p := domain.Placement{CandidateID: a.Candidate(t, st, "Tom", "Visser").ID, CompanyID: fixtureCompany(t, env, a, "Initech"),
		Title: "Driver", StartDate: domain.NewDate(2024, 1, 1)}
	if err := st.CreatePlacement(a.Ctx, &p); err != nil {
		t.Fatal(err)
	}
	hours := domain.DeclarationType{Name: "Hours", EmptyLinePerPlacement: true}
	if err := st.SaveDeclarationType(a.Ctx, &hours); err != nil {
		t.Fatal(err)
	}
	sent := env.DB.Now()
	ts := domain.Timesheet{PlacementID: p.ID, Year: 2024, Week: 10, Status: domain.TimesheetRejected, SentAt: &sent}
	if err := st.CreateTimesheet(a.Ctx, &ts); err != nil {
		t.Fatal(err)
	}
	mon := domain.MondayOfISOWeek(2024, 10)
	if err := st.SaveTimesheetLines(a.Ctx, ts.ID, []domain.TimesheetLine{
		{DeclarationTypeID: hours.ID, Day: mon, Minutes: 480}, {DeclarationTypeID: hours.ID, Day: mon.AddDays(1), Minutes: 450}}); err != nil {
		t.Fatal(err)
	}
	for _, e := range []domain.TimesheetEvent{
		{ActorKind: domain.AudiencePortal, ActorName: "Tom Visser", Action: "sent", At: sent},
		{ActorKind: domain.AudienceHiring, ActorName: "Carla Jansen", Action: "rejected", Comment: "Tuesday was a holiday", At: sent.Add(3600e9)},
	} {
		e.TimesheetID = ts.ID
		if err := st.AddTimesheetEvent(a.Ctx, &e); err != nil {
			t.Fatal(err)
		}
	}
	return p, ts
}

// A5: opening a timesheet shows its lines as a grid with totals, its
// comments and its approval log; the list filters by week and status.
func TestTimesheetPages_A5(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		env := webtest.New(t, db)
		c := env.Recruiter(t)
		p, ts := sentTimesheet(t, env, env.Acme)
		page := c.Get("/office/timesheets/" + id(ts.ID))
		if page.Status != http.StatusOK {
			t.Fatalf("open: %d", page.Status)
		}
		for _, want := range []string{"Tom Visser", "8.00", "7.50", "15.50", "Tuesday was a holiday", "Carla Jansen", "2024-03-04"} {
			if !strings.Contains(page.Body, want) {
				t.Errorf("timesheet page lacks %q", want)
			}
		}
		for q, want := range map[string]bool{
			"":                       true,
			"?week=2024-W10":         true,
			"?week=2024-W11":         false,
			"?status=rejected":       true,
			"?status=approved":       false,
			"?placement=" + id(p.ID): true,
			"?candidate=" + id(p.CandidateID) + "&week=2024-W10&status=rejected": true,
		} {
			list := c.Get("/office/timesheets" + q)
			if list.Status != http.StatusOK || strings.Contains(list.Body, "/office/timesheets/"+id(ts.ID)) != want {
				t.Errorf("list %q: status %d, want listed %v", q, list.Status, want)
			}
		}
		if view := c.Get("/office/placements/" + id(p.ID)); !strings.Contains(view.Body, "/office/timesheets/"+id(ts.ID)) {
			t.Error("placement page does not list its timesheet")
		}
	})
}

// B5: another agency's recruiter gets 404 for placements, rates and
// timesheets by id, and cannot change them.
func TestPlacementAccess_B5(t *testing.T) {
	env := webtest.New(t, storetest.SQLite(t))
	p, ts := sentTimesheet(t, env, env.Acme)
	r := domain.Rate{PlacementID: p.ID, StartDate: p.StartDate, BillCents: 100}
	if err := env.Store.SaveRate(env.Acme.Ctx, &r); err != nil {
		t.Fatal(err)
	}
	other := env.OtherRecruiter(t)
	pp := "/office/placements/" + id(p.ID)
	for _, path := range []string{pp, pp + "/edit", pp + "/rates/" + id(r.ID) + "/edit", "/office/timesheets/" + id(ts.ID)} {
		if res := other.Get(path); res.Status != http.StatusNotFound || strings.Contains(res.Body, "Tom Visser") {
			t.Errorf("other agency GET %s: %d", path, res.Status)
		}
	}
	for _, path := range []string{pp, pp + "/rates", pp + "/rates/" + id(r.ID), pp + "/rates/" + id(r.ID) + "/delete"} {
		if res := other.Post(path, url.Values{"title": {"X"}, "start_date": {"2024-01-01"}}); res.Status != http.StatusNotFound {
			t.Errorf("other agency POST %s: %d", path, res.Status)
		}
	}
	if list := other.Get("/office/timesheets"); strings.Contains(list.Body, "Tom Visser") {
		t.Error("other agency lists the timesheet")
	}
	if list := other.Get("/office/placements"); strings.Contains(list.Body, "Driver") {
		t.Error("other agency lists the placement")
	}
	if rates, _ := env.Store.Rates(env.Acme.Ctx, p.ID); len(rates) != 1 || rates[0].BillCents != 100 {
		t.Errorf("rates changed: %+v", rates)
	}
	c := env.Recruiter(t)
	for _, path := range []string{"/office/placements/999999", "/office/timesheets/999999", pp + "/rates/999999/edit", "/office/placements/abc"} {
		if res := c.Get(path); res.Status != http.StatusNotFound {
			t.Errorf("guessed %s: %d", path, res.Status)
		}
	}
}
