package service_test

import (
	"strings"
	"testing"
	"time"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/service"
	"github.com/matchpoint/matchpoint/store"
	"github.com/matchpoint/matchpoint/store/storetest"
)

// G3: the reminders are due from the configured ISO weekday and hour of
// the week on (default Monday 09:00).
func TestReminderDue_G3(t *testing.T) {
	t.Parallel()
	def := domain.DefaultSettings()
	thu := domain.Settings{ReminderWeekday: 4, ReminderHour: 14}
	for _, tc := range []struct {
		set  domain.Settings
		at   time.Time
		want bool
	}{
		{def, time.Date(2026, 3, 9, 8, 59, 0, 0, time.UTC), false}, // Monday 08:59
		{def, time.Date(2026, 3, 9, 9, 0, 0, 0, time.UTC), true},   // Monday 09:00
		{def, time.Date(2026, 3, 15, 23, 0, 0, 0, time.UTC), true}, // Sunday
		{thu, time.Date(2026, 3, 11, 20, 0, 0, 0, time.UTC), false},
		{thu, time.Date(2026, 3, 12, 13, 0, 0, 0, time.UTC), false},
		{thu, time.Date(2026, 3, 12, 14, 0, 0, 0, time.UTC), true},
		{thu, time.Date(2026, 3, 13, 0, 0, 0, 0, time.UTC), true},
	} {
		if got := service.ReminderDue(tc.set, tc.at); got != tc.want {
			t.Errorf("ReminderDue(day %d %02d:00, %s) = %v", tc.set.ReminderWeekday, tc.set.ReminderHour, tc.at.Format("Mon 15:04"), got)
		}
	}
	if def.ReminderWeekday != 1 || def.ReminderHour != 9 {
		t.Errorf("default %d %d, want Monday 09:00", def.ReminderWeekday, def.ReminderHour)
	}
	bad := domain.DefaultSettings()
	bad.ReminderWeekday, bad.ReminderHour = 0, 24
	if bad.Validate() == nil {
		t.Error("weekday 0 and hour 24 accepted")
	}
}

// G3, D1: candidates whose timesheet of last week was not sent (none, or a
// draft) get one reminder per week however often the job runs; a sent week,
// a placement where D1 fails or another agency's candidate get none.
func TestTimesheetReminders_G3(t *testing.T) {
	t.Parallel()
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		a := newAgency(t, db, "acme", true)
		b := newAgency(t, db, "other", false)
		b.sent(10) // b's candidate sent last week's timesheet
		// A second candidate of a with a draft of last week; a third whose placement ended.
		draft := a.cand
		draft.ID, draft.FirstName, draft.Email = 0, "Dana", "dana@acme.test"
		must(t, "candidate", a.st.CreateCandidate(a.ctx, &draft))
		ended := draft
		ended.ID, ended.FirstName, ended.Email = 0, "Emil", "emil@acme.test"
		must(t, "candidate", a.st.CreateCandidate(a.ctx, &ended))
		for _, p := range []struct {
			cand domain.Candidate
			end  domain.Date
		}{{draft, domain.Date{}}, {ended, domain.NewDate(2026, 3, 6)}} {
			pl := domain.Placement{CandidateID: p.cand.ID, CompanyID: a.company.ID, Title: "Picker", StartDate: a.placement.StartDate, EndDate: p.end}
			must(t, "placement", a.st.CreatePlacement(a.ctx, &pl))
			must(t, "rate", a.st.SaveRate(a.ctx, &domain.Rate{PlacementID: pl.ID, DeclarationTypeID: a.hours.ID, StartDate: pl.StartDate}))
			if p.end.IsZero() {
				dana := store.Actor{Kind: domain.AudiencePortal, ID: p.cand.ID, Name: "Dana"}
				_, err := a.svc.SaveTimesheet(a.ctx, dana, pl.ID, 2026, 10, []service.LineInput{line(a.hours, day(10, 0), 480)})
				must(t, "draft", err)
			}
		}
		year, week := service.LastWeek(domain.DateOf(now))
		if year != 2026 || week != 10 {
			t.Fatalf("last week %d-W%d", year, week)
		}
		sent, err := a.svc.RunReminders(t.Context(), time.UTC)
		if err != nil || sent != 2 {
			t.Fatalf("first run sent %d, %v; want Tom (nothing started) and Dana (draft)", sent, err)
		}
		tom := a.mails(a.cand.Email)
		if len(tom) != 1 || !strings.Contains(tom[0].Subject, "Herinnering") || !strings.Contains(tom[0].Body, "2026-W10") {
			t.Errorf("Tom's reminder (in Dutch): %+v", tom)
		}
		if len(a.mails("dana@acme.test")) != 1 || len(a.mails("emil@acme.test")) != 0 || len(b.mails(b.cand.Email)) != 0 {
			t.Error("reminders went to the wrong candidates")
		}
		// Again, by the ticker and by hand: nothing new.
		if sent, err := a.svc.RunReminders(t.Context(), time.UTC); err != nil || sent != 0 {
			t.Errorf("second run sent %d, %v", sent, err)
		}
		if sent, err := a.svc.SendTimesheetReminders(a.ctx, 2026, 10); err != nil || sent != 0 {
			t.Errorf("by hand after the run sent %d, %v", sent, err)
		}
		if n, _ := a.st.RemindersSent(a.ctx, 2026, 10); n != 2 {
			t.Errorf("%d reminders recorded", n)
		}
	})
}

// G3: before the configured weekday and hour nothing is sent.
func TestTimesheetRemindersWaitForTheirTime_G3(t *testing.T) {
	t.Parallel()
	db := storetest.SQLite(t)
	a := newAgency(t, db, "acme", true)
	set, err := a.st.Settings(a.ctx)
	must(t, "settings", err)
	set.ReminderWeekday, set.ReminderHour = 5, 9 // Friday; the clock says Wednesday
	must(t, "save settings", a.st.SaveSettings(a.ctx, set))
	if sent, err := a.svc.RunReminders(t.Context(), time.UTC); err != nil || sent != 0 {
		t.Errorf("sent %d before Friday, %v", sent, err)
	}
	db.SetClock(func() time.Time { return now.AddDate(0, 0, 2) }) // Friday 10:00
	if sent, err := a.svc.RunReminders(t.Context(), time.UTC); err != nil || sent != 1 {
		t.Errorf("sent %d on Friday, %v", sent, err)
	}
}
