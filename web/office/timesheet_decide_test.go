package office_test

import (
	"fmt"
	"net/http"
	"net/url"
	"strings"
	"testing"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/pdf"
	"github.com/matchpoint/matchpoint/service"
	"github.com/matchpoint/matchpoint/store"
	"github.com/matchpoint/matchpoint/store/storetest"
	"github.com/matchpoint/matchpoint/web/webtest"
)

// submittedWeek makes a running placement of agency a with an 'Hours' rate
// and a contact, and has its candidate send last week's timesheet through
// the service: 8 hours on Monday and 7.5 on Tuesday.
func submittedWeek(t *testing.T, env *webtest.Env, a webtest.Agency, clientApproves bool) domain.Timesheet {
	t.Helper()
	st := env.Store
	cand := a.Candidate(t, st, "Zoë", "Müller")
	company := fixtureCompany(t, env, a, "Café Crème")
	contact := fixtureContact(t, env, a, company, "Carla", "Jansen")
	p := domain.Placement{CandidateID: cand.ID, CompanyID: company, Title: "Barista", StartDate: domain.NewDate(2024, 1, 1),
		TimesheetApproval: clientApproves, ContactIDs: []domain.ID{contact}}
	if err := st.CreatePlacement(a.Ctx, &p); err != nil {
		t.Fatal(err)
	}
	hours := domain.DeclarationType{Name: "Hours", EmptyLinePerPlacement: true}
	if err := st.SaveDeclarationType(a.Ctx, &hours); err != nil {
		t.Fatal(err)
	}
	if err := st.SaveRate(a.Ctx, &domain.Rate{PlacementID: p.ID, DeclarationTypeID: hours.ID, StartDate: p.StartDate, BillCents: 5000}); err != nil {
		t.Fatal(err)
	}
	svc := service.New(env.DB)
	year, week := service.LastWeek(svc.Today())
	mon := domain.MondayOfISOWeek(year, week)
	who := store.Actor{Kind: domain.AudiencePortal, ID: cand.ID, Name: cand.Name()}
	if _, err := svc.SaveTimesheet(a.Ctx, who, p.ID, year, week, []service.LineInput{
		{DeclarationTypeID: hours.ID, Day: mon, Minutes: 480}, {DeclarationTypeID: hours.ID, Day: mon.AddDays(1), Minutes: 450}}); err != nil {
		t.Fatal(err)
	}
	ts, err := svc.SubmitTimesheet(a.Ctx, who, p.ID, year, week)
	if err != nil {
		t.Fatal(err)
	}
	return ts
}

// D5, A5: without client approval a recruiter approves or rejects on the
// agency's behalf, with a comment that shows on the page and in the log; a
// rejection without a comment is refused next to the field.
func TestTimesheetDecideOnAgencysBehalf_D5(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		env := webtest.New(t, db)
		ts := submittedWeek(t, env, env.Acme, false)
		c := env.Recruiter(t)
		path := "/office/timesheets/" + id(ts.ID)
		if page := c.Get(path); !strings.Contains(page.Body, `action="`+path+`/decision"`) {
			t.Fatalf("no decision form: %d", page.Status)
		}
		res := c.Post(path+"/decision", url.Values{"decision": {"reject"}, "comment": {" "}})
		if res.Status != http.StatusUnprocessableEntity || !strings.Contains(res.Body, "Say why you reject") {
			t.Fatalf("reject without comment: %d", res.Status)
		}
		res = c.Post(path+"/decision", url.Values{"decision": {"reject"}, "comment": {"Tuesday was a holiday"}})
		if res.Status != http.StatusSeeOther {
			t.Fatalf("reject: %d", res.Status)
		}
		mails, _, err := env.Store.Mails(env.Acme.Ctx, 10, 0)
		if err != nil || len(mails) == 0 || mails[0].To != "zoë.müller@example.test" ||
			!strings.Contains(mails[0].Body, env.Server.URL+"/portal/timesheets/") || !strings.Contains(mails[0].Body, "Tuesday was a holiday") {
			t.Errorf("candidate's mail with an absolute link: %+v %v", mails, err)
		}
		page := c.Get(path)
		for _, want := range []string{"Tuesday was a holiday", "Rita acme", "Rejected"} {
			if !strings.Contains(page.Body, want) {
				t.Errorf("page lacks %q", want)
			}
		}
		if strings.Contains(page.Body, path+"/decision") {
			t.Error("decision form on a rejected timesheet")
		}
		// A late second decision tells the recruiter it was decided already.
		res = c.Post(path+"/decision", url.Values{"decision": {"approve"}})
		if res.Status != http.StatusSeeOther || !strings.Contains(res.Location, "already_decided") {
			t.Errorf("second decision: %d %s", res.Status, res.Location)
		}
		if got, _ := env.Store.Timesheet(env.Acme.Ctx, ts.ID); got.Status != domain.TimesheetRejected {
			t.Errorf("status %s", got.Status)
		}
	})
}

// D4, D5: when the client approves, a recruiter gets no form and cannot
// post a decision; an admin can, on the agency's behalf.
func TestTimesheetDecideClientApproves_D4_D5(t *testing.T) {
	env := webtest.New(t, storetest.SQLite(t))
	ts := submittedWeek(t, env, env.Acme, true)
	path := "/office/timesheets/" + id(ts.ID)
	c := env.Recruiter(t)
	if page := c.Get(path); strings.Contains(page.Body, path+"/decision") || !strings.Contains(page.Body, "Waiting for the client") {
		t.Error("recruiter offered to decide for the client")
	}
	if res := c.Post(path+"/decision", url.Values{"decision": {"approve"}}); res.Status != http.StatusNotFound {
		t.Errorf("recruiter decided for the client: %d", res.Status)
	}
	admin := env.AdminClient(t)
	if page := admin.Get(path); !strings.Contains(page.Body, path+"/decision") {
		t.Error("admin gets no decision form")
	}
	if res := admin.Post(path+"/decision", url.Values{"decision": {"approve"}}); res.Status != http.StatusSeeOther {
		t.Errorf("admin approve: %d", res.Status)
	}
	if res := env.OtherRecruiter(t).Post(path+"/decision", url.Values{"decision": {"approve"}}); res.Status != http.StatusNotFound {
		t.Errorf("other agency: %d", res.Status)
	}
}

// G3: the PDF of a timesheet is a valid document with the candidate's name
// (accents included), the hours and who approved it; another agency gets 404.
func TestTimesheetPDF_G3(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		env := webtest.New(t, db)
		ts := submittedWeek(t, env, env.Acme, false)
		c := env.Recruiter(t)
		path := "/office/timesheets/" + id(ts.ID)
		if res := c.Post(path+"/decision", url.Values{"decision": {"approve"}, "comment": {"ok"}}); res.Status != http.StatusSeeOther {
			t.Fatalf("approve: %d", res.Status)
		}
		res := c.Get(path + "/pdf")
		if res.Status != http.StatusOK || res.Header.Get("Content-Type") != "application/pdf" ||
			!strings.HasPrefix(res.Header.Get("Content-Disposition"), "attachment;") {
			t.Fatalf("pdf: %d %v", res.Status, res.Header)
		}
		for _, want := range []string{"Zoë Müller", "Café Crème", "Barista", "Acme Staffing", "15.50", "Approved", "Rita acme"} {
			if ok, err := pdf.ContainsText([]byte(res.Body), want); err != nil || !ok {
				t.Errorf("PDF lacks %q (%v)", want, err)
			}
		}
		if res := env.OtherRecruiter(t).Get(path + "/pdf"); res.Status != http.StatusNotFound {
			t.Errorf("other agency: %d", res.Status)
		}
	})
}

// G3: an admin sets the reminders' weekday and hour; bad values are refused
// next to their fields and change nothing; a recruiter cannot open the page.
func TestTimesheetReminderSettings_G3(t *testing.T) {
	env := webtest.New(t, storetest.SQLite(t))
	admin := env.AdminClient(t)
	if page := admin.Get("/office/settings/timesheets"); page.Status != http.StatusOK || !strings.Contains(page.Body, `value="1" selected`) {
		t.Fatalf("settings page: %d", page.Status)
	}
	if res := admin.Post("/office/settings/timesheets", url.Values{"reminder_weekday": {"8"}, "reminder_hour": {"24"}}); res.Status != http.StatusUnprocessableEntity {
		t.Errorf("bad values: %d", res.Status)
	}
	if res := admin.Post("/office/settings/timesheets", url.Values{"reminder_weekday": {"5"}, "reminder_hour": {"14"}}); res.Status != http.StatusSeeOther {
		t.Errorf("save: %d", res.Status)
	}
	set, err := env.Store.Settings(env.Acme.Ctx)
	if err != nil || set.ReminderWeekday != 5 || set.ReminderHour != 14 {
		t.Errorf("stored %d %d %v", set.ReminderWeekday, set.ReminderHour, err)
	}
	if res := env.Recruiter(t).Get("/office/settings/timesheets"); res.Status == http.StatusOK {
		t.Error("a recruiter opened the admin settings")
	}
}

// A5, G3: the recruiter's timesheet list filters by week, status, company
// and candidate (by part of the name).
func TestTimesheetListFilters_A5(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		env := webtest.New(t, db)
		ts := submittedWeek(t, env, env.Acme, false)
		c := env.Recruiter(t)
		link := "/office/timesheets/" + id(ts.ID)
		week := fmt.Sprintf("%d-W%02d", ts.Year, ts.Week)
		for q, want := range map[string]bool{
			"?q=m%C3%BCller":            true,
			"?q=nobody":                 false,
			"?status=sent&week=" + week: true,
			"?status=approved":          false,
			"?week=2020-W01":            false,
		} {
			res := c.Get("/office/timesheets" + q)
			if res.Status != http.StatusOK || strings.Contains(res.Body, link) != want {
				t.Errorf("list %s: %d, want listed %v", q, res.Status, want)
			}
		}
	})
}
