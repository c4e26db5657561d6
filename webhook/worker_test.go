package webhook_test

import (
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/service"
	"github.com/matchpoint/matchpoint/store"
	"github.com/matchpoint/matchpoint/store/storetest"
	"github.com/matchpoint/matchpoint/webhook"
)

// receiver is a webhook endpoint on 127.0.0.1 that records what it got and
// answers with the next status of its script (200 once the script is done).
type receiver struct {
	mu     sync.Mutex
	script []int
	got    []received
	srv    *httptest.Server
}

type received struct {
	body      []byte
	signature string
	event     string
}

func newReceiver(t *testing.T, script ...int) *receiver {
	rc := &receiver{script: script}
	rc.srv = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		body, _ := io.ReadAll(r.Body)
		rc.mu.Lock()
		defer rc.mu.Unlock()
		rc.got = append(rc.got, received{body: body, signature: r.Header.Get(webhook.SignatureHeader), event: r.Header.Get(webhook.EventHeader)})
		status := http.StatusOK
		if len(rc.script) > 0 {
			status, rc.script = rc.script[0], rc.script[1:]
		}
		w.WriteHeader(status)
	}))
	t.Cleanup(rc.srv.Close)
	return rc
}

func (rc *receiver) received() []received {
	rc.mu.Lock()
	defer rc.mu.Unlock()
	return append([]received(nil), rc.got...)
}

type fixture struct {
	db  *store.DB
	st  *store.Store
	now time.Time
	ten domain.Tenant
}

func newFixture(t *testing.T, db *store.DB) *fixture {
	f := &fixture{db: db, st: db.Store(), now: time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC)}
	db.SetClock(func() time.Time { return f.now })
	f.ten = domain.Tenant{Slug: "acme", Name: "Acme", DefaultLanguage: "en"}
	if err := f.st.CreateTenant(t.Context(), &f.ten); err != nil {
		t.Fatal(err)
	}
	return f
}

// register adds a webhook for event and enqueues one event in a transaction,
// as the portal code does.
func (f *fixture) registerAndEnqueue(t *testing.T, url, event string) domain.Webhook {
	t.Helper()
	ctx := store.WithTenant(t.Context(), f.ten.ID)
	svc := service.New(f.db)
	svc.WebhooksAllowPrivate = true // the receivers are on 127.0.0.1
	hook, err := svc.CreateWebhook(ctx, event, url, domain.User{ID: 1, Name: "Admin"})
	if err != nil {
		t.Fatal(err)
	}
	err = f.st.InTx(ctx, func(tx *store.Store) error {
		return service.EnqueueWebhook(ctx, tx, event, service.TimesheetEvent{TimesheetID: 7, PlacementID: 3, Year: 2026, Week: 10, Status: "sent"})
	})
	if err != nil {
		t.Fatal(err)
	}
	return hook
}

// G1: a webhook is delivered once, signed with HMAC-SHA256 under the
// webhook's secret, with the envelope and the event's data.
func TestG1WebhookDeliveredOnceSigned(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		f := newFixture(t, db)
		rc := newReceiver(t)
		hook := f.registerAndEnqueue(t, rc.srv.URL+"/hooks", domain.EventTimesheetSent)
		w := &webhook.Worker{DB: db, AllowPrivate: true}
		for range 3 {
			if _, err := w.RunOnce(t.Context()); err != nil {
				t.Fatal(err)
			}
		}
		got := rc.received()
		if len(got) != 1 {
			t.Fatalf("receiver got %d deliveries, want 1", len(got))
		}
		if !webhook.Verify(hook.Secret, got[0].body, got[0].signature) || webhook.Verify("other", got[0].body, got[0].signature) {
			t.Fatalf("signature %q does not verify", got[0].signature)
		}
		if got[0].event != domain.EventTimesheetSent {
			t.Fatalf("event header %q", got[0].event)
		}
		var env struct {
			ID    string `json:"id"`
			Event string `json:"event"`
			Data  struct {
				TimesheetID int64  `json:"timesheet_id"`
				Status      string `json:"status"`
			} `json:"data"`
		}
		if err := json.Unmarshal(got[0].body, &env); err != nil || env.ID == "" || env.Event != domain.EventTimesheetSent ||
			env.Data.TimesheetID != 7 || env.Data.Status != "sent" {
			t.Fatalf("body %s (%v)", got[0].body, err)
		}
		ds, err := f.st.WebhookDeliveries(store.WithTenant(t.Context(), f.ten.ID), 10)
		if err != nil || len(ds) != 1 || ds[0].Status != domain.OutboxSent || ds[0].Attempts != 1 || ds[0].SentAt == nil {
			t.Fatalf("deliveries %+v (%v)", ds, err)
		}
	})
}

// G1: a receiver that fails gets the delivery again after the back-off, not
// before; once it answers 2xx the delivery is done. After MaxAttempts the
// delivery is given up.
func TestG1WebhookRetriedAfterFailure(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		f := newFixture(t, db)
		ctx := store.WithTenant(t.Context(), f.ten.ID)
		rc := newReceiver(t, http.StatusInternalServerError, http.StatusServiceUnavailable)
		hook := f.registerAndEnqueue(t, rc.srv.URL, domain.EventMatchApproved)
		w := &webhook.Worker{DB: db, AllowPrivate: true, FirstRetry: time.Minute}
		run := func() {
			t.Helper()
			if _, err := w.RunOnce(t.Context()); err != nil {
				t.Fatal(err)
			}
		}
		run()
		if n := len(rc.received()); n != 1 {
			t.Fatalf("first round: %d attempts", n)
		}
		ds, _ := f.st.WebhookDeliveries(ctx, 10)
		if ds[0].Status != domain.OutboxPending || ds[0].LastError == "" || !ds[0].NextAttemptAt.Equal(f.now.Add(time.Minute)) {
			t.Fatalf("after a failure: %+v", ds[0])
		}
		run() // not due yet
		if n := len(rc.received()); n != 1 {
			t.Fatalf("retried before the back-off: %d attempts", n)
		}
		f.now = f.now.Add(time.Minute)
		run() // second failure: the wait doubles
		ds, _ = f.st.WebhookDeliveries(ctx, 10)
		if n := len(rc.received()); n != 2 || !ds[0].NextAttemptAt.Equal(f.now.Add(2*time.Minute)) {
			t.Fatalf("second attempt: %d attempts, next %v", n, ds[0].NextAttemptAt)
		}
		f.now = f.now.Add(2 * time.Minute)
		run()
		got := rc.received()
		ds, _ = f.st.WebhookDeliveries(ctx, 10)
		if len(got) != 3 || ds[0].Status != domain.OutboxSent || ds[0].Attempts != 3 {
			t.Fatalf("third attempt: %d attempts, delivery %+v", len(got), ds[0])
		}
		for _, g := range got {
			if !webhook.Verify(hook.Secret, g.body, g.signature) || string(g.body) != string(got[0].body) {
				t.Fatalf("a retry differs or is unsigned: %s", g.body)
			}
		}

		// A receiver that never accepts: given up after MaxAttempts.
		down := newReceiver(t, 500, 500, 500)
		f.registerAndEnqueue(t, down.srv.URL, domain.EventMatchRejected)
		w.MaxAttempts = 2
		for range 3 {
			run()
			f.now = f.now.Add(time.Hour)
		}
		ds, _ = f.st.WebhookDeliveries(ctx, 10)
		if len(down.received()) != 2 || ds[0].Status != domain.OutboxFailed {
			t.Fatalf("given up: %d attempts, delivery %+v", len(down.received()), ds[0])
		}
	})
}

// G1: with the guard on (the default), a delivery to a private address is
// not made: the receiver on 127.0.0.1 gets nothing, whether the URL names
// the address or a name that resolves to it, and each delivery records the
// refusal as its failure and waits for its retry like any other.
func TestG1WebhookToPrivateAddressRefused(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		f := newFixture(t, db)
		ctx := store.WithTenant(t.Context(), f.ten.ID)
		rc := newReceiver(t)
		port := rc.srv.URL[strings.LastIndexByte(rc.srv.URL, ':'):]
		f.registerAndEnqueue(t, rc.srv.URL+"/hooks", domain.EventTimesheetSent)
		f.registerAndEnqueue(t, "http://localhost"+port+"/hooks", domain.EventTimesheetApproved)
		f.registerAndEnqueue(t, "http://[::ffff:127.0.0.1]"+port+"/hooks", domain.EventTimesheetRejected)
		w := &webhook.Worker{DB: db, FirstRetry: time.Minute}
		if n, err := w.RunOnce(t.Context()); err != nil || n != 3 {
			t.Fatalf("round: %d claimed, %v", n, err)
		}
		if got := rc.received(); len(got) != 0 {
			t.Fatalf("the private receiver got %d deliveries", len(got))
		}
		ds, err := f.st.WebhookDeliveries(ctx, 10)
		if err != nil || len(ds) != 3 {
			t.Fatalf("deliveries %+v (%v)", ds, err)
		}
		for _, d := range ds {
			if d.Status != domain.OutboxPending || d.Attempts != 1 || !strings.Contains(d.LastError, "private network") ||
				!d.NextAttemptAt.Equal(f.now.Add(time.Minute)) {
				t.Errorf("refused delivery to %s: %+v", d.URL, d)
			}
		}
	})
}
