package service_test

import (
	"encoding/json"
	"sort"
	"testing"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/service"
	"github.com/matchpoint/matchpoint/store"
	"github.com/matchpoint/matchpoint/store/storetest"
)

// G1: the Hiring Portal's events write their webhook deliveries in their own
// transaction: approving and rejecting a match (E6) and a contact's message
// (E11) each enqueue one delivery per registered URL of that event, and a
// decision that fails enqueues nothing.
func TestG1WebhooksOnHiringEvents(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		w := newHiringWorld(t, db, "g1")
		for _, ev := range []string{domain.EventMatchApproved, domain.EventMatchRejected, domain.EventPortalMessageReceived} {
			_, err := w.svc.CreateWebhook(w.ctx, ev, "https://hooks.example.com/"+ev, w.rec)
			hmust(t, "webhook "+ev, err)
		}
		_, err := w.svc.CreateWebhook(w.ctx, "timesheet.eaten", "https://hooks.example.com/", w.rec)
		hiringKind(t, "unknown event", err, domain.KindInvalid, "validation.choice")

		hmust(t, "approve", w.svc.HiringDecide(w.ctx, w.x1, w.mAnna.ID, service.MatchDecision{Approve: true, Comment: "yes"}))
		err = w.svc.HiringDecide(w.ctx, w.x1, w.mAnna.ID, service.MatchDecision{Approve: true})
		hiringKind(t, "second decision", err, domain.KindConflict, service.KeyHiringAlreadyDecided)
		hmust(t, "reject", w.svc.HiringDecide(w.ctx, w.y1, w.mCora.ID, service.MatchDecision{Comment: "too far away"}))
		_, err = w.svc.HiringSendMessage(w.ctx, w.x1, service.Message{Subject: "Start", Body: "Can Anna start in April?"})
		hmust(t, "message", err)

		ds, err := w.st.WebhookDeliveries(w.ctx, 50)
		hmust(t, "deliveries", err)
		var events []string
		data := map[string]map[string]any{}
		for _, d := range ds {
			events = append(events, d.Event)
			var env struct {
				Event string         `json:"event"`
				Data  map[string]any `json:"data"`
			}
			hmust(t, "payload", json.Unmarshal([]byte(d.Payload), &env))
			if env.Event != d.Event || d.URL != "https://hooks.example.com/"+d.Event || d.Status != domain.OutboxPending {
				t.Fatalf("delivery %+v", d)
			}
			data[d.Event] = env.Data
		}
		sort.Strings(events)
		if want := []string{domain.EventMatchApproved, domain.EventMatchRejected, domain.EventPortalMessageReceived}; !equalStrings(events, want) {
			t.Fatalf("events %v, want %v", events, want)
		}
		if data[domain.EventMatchApproved]["match_id"] != float64(w.mAnna.ID) || data[domain.EventMatchRejected]["comment"] != "too far away" ||
			data[domain.EventPortalMessageReceived]["contact_id"] != float64(w.x1.ID) {
			t.Fatalf("data %v", data)
		}
	})
}

func equalStrings(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// G1: a webhook URL into a private network is refused unless the service
// allows private addresses (tests, receivers on the install's own network).
func TestG1CreateWebhookRefusesPrivateURL(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		w := newHiringWorld(t, db, "g1p")
		for _, u := range []string{"http://127.0.0.1:9000/h", "https://localhost/h", "http://[::ffff:10.1.1.1]/h"} {
			_, err := w.svc.CreateWebhook(w.ctx, domain.EventMatchApproved, u, w.rec)
			hiringKind(t, u, err, domain.KindInvalid, domain.KeyWebhookPrivate)
		}
		if hooks, _ := w.st.Webhooks(w.ctx, ""); len(hooks) != 0 {
			t.Fatalf("saved: %+v", hooks)
		}
		w.svc.WebhooksAllowPrivate = true
		_, err := w.svc.CreateWebhook(w.ctx, domain.EventMatchApproved, "http://127.0.0.1:9000/h", w.rec)
		hmust(t, "allowed private", err)
	})
}
