package office_test

import (
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/matchpoint/matchpoint/mail"
	"github.com/matchpoint/matchpoint/store"
	"github.com/matchpoint/matchpoint/store/storetest"
	"github.com/matchpoint/matchpoint/web/webtest"
)

// G2: a mail claimed by a worker that stopped shows as a stale claim once
// its lease ran out, with when it ran out, not as "Sending"; a live claim
// shows as sending.
func TestOutboxShowsStaleClaims_G2(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		env := webtest.New(t, db)
		m, err := mail.Enqueue(env.Acme.Ctx, env.Store, mail.Message{To: "kai@example.com", Language: "en", Key: "password_reset",
			Data: mail.PasswordResetData{Name: "Kai", Agency: "Acme", Link: "https://acme.test/r/x", Hours: 1}})
		if err != nil {
			t.Fatal(err)
		}
		if got, err := db.ClaimDueMails(env.Acme.Ctx, "worker-a", 5, db.Now().Add(15*time.Second)); err != nil || len(got) != 1 {
			t.Fatalf("claim: %v %v", got, err)
		}
		admin := env.AdminClient(t)
		for _, path := range []string{"/office/outbox", "/office/outbox/" + id(m.ID)} {
			if page := admin.Get(path); page.Status != http.StatusOK || !strings.Contains(page.Body, "Sending") || strings.Contains(page.Body, "Stale claim") {
				t.Errorf("%s with a live claim: %d", path, page.Status)
			}
		}
		now := db.Now()
		db.SetClock(func() time.Time { return now.Add(16 * time.Second) }) // the worker died; its lease ran out
		for _, path := range []string{"/office/outbox", "/office/outbox/" + id(m.ID)} {
			if page := admin.Get(path); page.Status != http.StatusOK || !strings.Contains(page.Body, "Stale claim") ||
				!strings.Contains(page.Body, "the next round delivers it") {
				t.Errorf("%s with a stale claim: %d", path, page.Status)
			}
		}
	})
}
