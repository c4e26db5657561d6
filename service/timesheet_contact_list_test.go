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
