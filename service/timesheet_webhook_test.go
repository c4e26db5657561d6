package service_test

import (
	"encoding/json"
	"testing"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/service"
	"github.com/matchpoint/matchpoint/store"
	"github.com/matchpoint/matchpoint/store/storetest"
)

// G1: sending, approving and rejecting a timesheet each write their webhook
// delivery in the transaction of the change; a second submit of a sent
// timesheet and a refused decision write none.
func TestG1WebhooksOnTimesheetEvents(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		a := newAgency(t, db, "g1ts", true)
		for _, ev := range []string{domain.EventTimesheetSent, domain.EventTimesheetApproved, domain.EventTimesheetRejected} {
			_, err := a.svc.CreateWebhook(a.ctx, ev, "https://hooks.example.com/ts", a.admin)
			must(t, "webhook "+ev, err)
		}
		approved := a.sent(9)
		_, err := a.svc.SubmitTimesheet(a.ctx, a.candidate(), a.placement.ID, 2026, 9)
		must(t, "submit again", err)
		_, err = a.svc.DecideTimesheet(a.ctx, contactActor(a.carla), approved.ID, service.Decision{Approve: true})
		must(t, "approve", err)
		if _, err := a.svc.DecideTimesheet(a.ctx, contactActor(a.carla), approved.ID, service.Decision{Comment: "late"}); err == nil {
			t.Fatal("a decided timesheet was decided again")
		}
		rejected := a.sent(10)
		_, err = a.svc.DecideTimesheet(a.ctx, contactActor(a.dirk), rejected.ID, service.Decision{Comment: "Friday was a holiday"})
		must(t, "reject", err)

		ds, err := a.st.WebhookDeliveries(a.ctx, 50)
		must(t, "deliveries", err)
		type seen struct {
			event   string
			id      domain.ID
			week    int
			comment string
		}
		var got []seen
		for i := len(ds) - 1; i >= 0; i-- { // oldest first
			var env struct {
				Data service.TimesheetEvent `json:"data"`
			}
			must(t, "payload", json.Unmarshal([]byte(ds[i].Payload), &env))
			got = append(got, seen{ds[i].Event, env.Data.TimesheetID, env.Data.Week, env.Data.Comment})
		}
		want := []seen{{domain.EventTimesheetSent, approved.ID, 9, ""}, {domain.EventTimesheetApproved, approved.ID, 9, ""},
			{domain.EventTimesheetSent, rejected.ID, 10, ""}, {domain.EventTimesheetRejected, rejected.ID, 10, "Friday was a holiday"}}
		if len(got) != len(want) {
			t.Fatalf("deliveries %+v, want %+v", got, want)
		}
		for i := range want {
			if got[i] != want[i] {
				t.Fatalf("delivery %d: %+v, want %+v", i, got[i], want[i])
			}
		}
	})
}
