package service_test

import (
	"testing"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/service"
	"github.com/matchpoint/matchpoint/store"
	"github.com/matchpoint/matchpoint/store/storetest"
)

// D4, B5: a contact's list holds the sent and decided timesheets of its
// placements that need the client's approval, never drafts, never another
// placement's or agency's; without client approval it is empty.
func TestContactTimesheets_D4(t *testing.T) {
	t.Parallel()
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		a := newAgency(t, db, "acme", true)
		b := newAgency(t, db, "other", false)
		w9, w10 := a.sent(9), a.sent(10)
		_, err := a.svc.SaveTimesheet(a.ctx, a.candidate(), a.placement.ID, 2026, 11, nil) // a draft
		must(t, "draft", err)
		b.sent(10)
		ids := func(list []domain.Timesheet) []domain.ID {
			var out []domain.ID
			for _, t := range list {
				out = append(out, t.ID)
			}
			return out
		}
		list, _, err := a.svc.ContactTimesheets(a.ctx, contactActor(a.carla), "", 50, 0)
		if err != nil || len(list) != 2 || list[0].ID != w10.ID || list[1].ID != w9.ID {
			t.Fatalf("carla: %v %v", ids(list), err)
		}
		if list, _, _ := a.svc.ContactTimesheets(a.ctx, contactActor(a.otto), "", 50, 0); len(list) != 0 {
			t.Errorf("otto (not on the placement): %v", ids(list))
		}
		if list, _, _ := a.svc.ContactTimesheets(b.ctx, contactActor(a.carla), "", 50, 0); len(list) != 0 {
			t.Errorf("carla's id in another agency: %v", ids(list))
		}
		if list, _, _ := b.svc.ContactTimesheets(b.ctx, contactActor(b.carla), "", 50, 0); len(list) != 0 {
			t.Errorf("no client approval, yet listed: %v", ids(list))
		}
		_, err = a.svc.DecideTimesheet(a.ctx, contactActor(a.dirk), w9.ID, service.Decision{Approve: true})
		must(t, "approve", err)
		waiting, _, err := a.svc.ContactTimesheets(a.ctx, contactActor(a.carla), domain.TimesheetSent, 50, 0)
		if err != nil || len(waiting) != 1 || waiting[0].ID != w10.ID {
			t.Errorf("waiting: %v %v", ids(waiting), err)
		}
	})
}

// D4: the SQL that selects a contact's timesheets agrees with
// domain.ContactSeesTimesheet on every edge, so the list never hides a
// timesheet the rule shows (the service drops what the rule does not).
func TestContactTimesheetsSQLMatchesRule_D4(t *testing.T) {
	t.Parallel()
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		a := newAgency(t, db, "acme", true)
		today := a.svc.Today()
		yesterday, tomorrow := today.AddDays(-1), today.AddDays(1)
		start := domain.NewDate(2026, 1, 5)
		type rate struct {
			start, end  domain.Date
			noInvoicing bool
			typ         domain.ID
		}
		billable := rate{start: start, typ: a.hours.ID}
		cases := []struct {
			name       string
			start, end domain.Date
			approval   bool
			rates      []rate
		}{
			{"running", start, domain.Date{}, true, []rate{billable}},
			{"approval off", start, domain.Date{}, false, []rate{billable}},
			{"starts today", today, domain.Date{}, true, []rate{{start: today, typ: a.hours.ID}}},
			{"starts tomorrow", tomorrow, domain.Date{}, true, []rate{{start: tomorrow, typ: a.hours.ID}}},
			{"ends today", start, today, true, []rate{billable}},
			{"ended yesterday", start, yesterday, true, []rate{billable}},
			{"only no invoicing", start, domain.Date{}, true, []rate{{start: start, noInvoicing: true, typ: a.hours.ID}}},
			{"no invoicing beside billable", start, domain.Date{}, true, []rate{{start: start, noInvoicing: true, typ: a.hours.ID}, billable}},
			{"rate without declaration type", start, domain.Date{}, true, []rate{{start: start}}},
			{"rate ended yesterday", start, domain.Date{}, true, []rate{{start: start, end: yesterday, typ: a.hours.ID}}},
			{"rate ends today", start, domain.Date{}, true, []rate{{start: start, end: today, typ: a.hours.ID}}},
			{"rate starts tomorrow", start, domain.Date{}, true, []rate{{start: tomorrow, typ: a.hours.ID}}},
			{"no rates", start, domain.Date{}, true, nil},
		}
		want := map[domain.ID]string{}
		for _, c := range cases {
			p := domain.Placement{CandidateID: a.cand.ID, CompanyID: a.company.ID, Title: c.name, StartDate: c.start, EndDate: c.end,
				TimesheetApproval: c.approval, ContactIDs: []domain.ID{a.carla.ID}}
			must(t, c.name, a.st.CreatePlacement(a.ctx, &p))
			for _, r := range c.rates {
				must(t, c.name, a.st.SaveRate(a.ctx, &domain.Rate{PlacementID: p.ID, DeclarationTypeID: r.typ, StartDate: r.start,
					EndDate: r.end, NoInvoicing: r.noInvoicing}))
			}
			for w, status := range []domain.TimesheetStatus{domain.TimesheetDraft, domain.TimesheetSent, domain.TimesheetApproved} {
				ts := domain.Timesheet{PlacementID: p.ID, Year: 2025, Week: 10 + w, Status: status}
				must(t, c.name, a.st.CreateTimesheet(a.ctx, &ts))
				p, err := a.st.Placement(a.ctx, p.ID)
				must(t, c.name, err)
				rates, err := a.st.Rates(a.ctx, p.ID)
				must(t, c.name, err)
				if domain.ContactSeesTimesheet(p, rates, ts, a.carla.ID, today) {
					want[ts.ID] = c.name + " " + string(status)
				}
			}
		}
		got, _, err := a.st.ContactTimesheets(a.ctx, store.ContactTimesheetFilter{ContactID: a.carla.ID, Today: today, Limit: 200})
		must(t, "list", err)
		seen := map[domain.ID]bool{}
		for _, ts := range got {
			seen[ts.ID] = true
			if _, ok := want[ts.ID]; !ok {
				t.Errorf("SQL lists timesheet %d (week %d) that D4 hides", ts.ID, ts.Week)
			}
		}
		for id, name := range want {
			if !seen[id] {
				t.Errorf("SQL hides %s, which D4 shows", name)
			}
		}
		if len(want) == 0 {
			t.Fatal("no case is visible: the table tests nothing")
		}
	})
}
