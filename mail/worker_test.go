package mail_test

import (
	"context"
	"fmt"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/mail"
	"github.com/matchpoint/matchpoint/mail/mailtest"
	"github.com/matchpoint/matchpoint/store"
	"github.com/matchpoint/matchpoint/store/storetest"
)

// outboxFixture is a database with one agency, a pinned clock and an SMTP
// server in the test's process.
type outboxFixture struct {
	db     *store.DB
	st     *store.Store
	ctx    context.Context // scoped to the agency
	now    time.Time
	server *mailtest.Server
	sender *mail.SMTP
}

func newOutboxFixture(t *testing.T, db *store.DB) *outboxFixture {
	t.Helper()
	f := &outboxFixture{db: db, st: db.Store(), now: time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC), server: mailtest.New(t)}
	db.SetClock(func() time.Time { return f.now })
	ten := domain.Tenant{Slug: "acme", Name: "Acme Zeitarbeit", DefaultLanguage: "de"}
	if err := f.st.CreateTenant(t.Context(), &ten); err != nil {
		t.Fatal(err)
	}
	f.ctx = store.WithTenant(t.Context(), ten.ID)
	sender, err := mail.NewSMTP(f.server.URL())
	if err != nil {
		t.Fatal(err)
	}
	f.sender = sender
	return f
}

func (f *outboxFixture) worker() *mail.Worker {
	return &mail.Worker{DB: f.db, Sender: f.sender}
}

func (f *outboxFixture) enqueue(t *testing.T, to, lang string) domain.Mail {
	t.Helper()
	m, err := mail.Enqueue(f.ctx, f.st, mail.Message{To: to, Language: lang, Key: "credentials_candidate",
		Data: mail.CredentialsData{Name: "Zoë Müller-François", Agency: "Acme Zeitarbeit", PortalURL: "https://acme.test/portal/",
			UserName: to, Link: "https://acme.test/portal/password/tok", Hours: 72}})
	if err != nil {
		t.Fatal(err)
	}
	return m
}

func (f *outboxFixture) row(t *testing.T, id domain.ID) domain.Mail {
	t.Helper()
	m, err := f.st.Mail(f.ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	return m
}

func runOnce(t *testing.T, w *mail.Worker) int {
	t.Helper()
	n, err := w.RunOnce(t.Context())
	if err != nil {
		t.Fatal(err)
	}
	return n
}

// G2: a pending mail is delivered once, in UTF-8 with its accents intact,
// and a worker started afresh (a restart) does not send it again.
func TestWorkerDeliversOnce_G2(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		f := newOutboxFixture(t, db)
		m := f.enqueue(t, "zoe@example.com", "de")
		if !strings.Contains(m.Body, "Zoë Müller-François") || !strings.Contains(m.Body, "Grüßen") {
			t.Fatalf("rendered body: %q", m.Body)
		}
		if n := runOnce(t, f.worker()); n != 1 {
			t.Fatalf("claimed %d mails, want 1", n)
		}
		got := f.server.Messages()
		if len(got) != 1 {
			t.Fatalf("server received %d mails, want 1", len(got))
		}
		if got[0].From != "noreply@matchpoint.test" || len(got[0].To) != 1 || got[0].To[0] != "zoe@example.com" {
			t.Errorf("envelope: from %q to %q", got[0].From, got[0].To)
		}
		if got[0].Subject != m.Subject || strings.TrimRight(got[0].Body, "\n") != strings.TrimRight(m.Body, "\n") {
			t.Errorf("delivered subject %q body %q, want %q %q", got[0].Subject, got[0].Body, m.Subject, m.Body)
		}
		if !strings.Contains(got[0].MessageID, fmt.Sprintf("outbox-%d.", m.ID)) {
			t.Errorf("Message-ID %q does not name the outbox row", got[0].MessageID)
		}
		row := f.row(t, m.ID)
		if row.Status != domain.OutboxSent || row.SentAt == nil || !row.SentAt.Equal(f.now) || row.Attempts != 1 {
			t.Errorf("outbox row after delivery: %+v", row)
		}

		// A new worker (the process restarted) finds nothing to send.
		f.now = f.now.Add(24 * time.Hour)
		if n := runOnce(t, f.worker()); n != 0 {
			t.Fatalf("restarted worker claimed %d mails", n)
		}
		if len(f.server.Messages()) != 1 {
			t.Fatal("the mail was sent twice")
		}
	})
}

// G2: a server that refuses (451) leaves the mail pending with the error and
// a later next attempt; after the back-off it is delivered. A mail that keeps
// failing is given up after MaxAttempts and stays in the outbox as failed.
func TestWorkerRetriesWithBackoff_G2(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		f := newOutboxFixture(t, db)
		m := f.enqueue(t, "jean@example.fr", "fr")
		f.server.Reject(451)
		start := f.now
		runOnce(t, f.worker())
		row := f.row(t, m.ID)
		if row.Status != domain.OutboxPending || row.Attempts != 1 || !strings.Contains(row.LastError, "451") ||
			!row.NextAttemptAt.Equal(start.Add(time.Minute)) {
			t.Fatalf("after a refusal: status %s attempts %d error %q next %s", row.Status, row.Attempts, row.LastError, row.NextAttemptAt)
		}

		f.server.Accept()
		if n := runOnce(t, f.worker()); n != 0 || len(f.server.Messages()) != 0 {
			t.Fatalf("retried before the back-off: claimed %d", n)
		}
		f.now = start.Add(time.Minute)
		if n := runOnce(t, f.worker()); n != 1 {
			t.Fatalf("claimed %d after the back-off", n)
		}
		got := f.server.To("jean@example.fr")
		if len(got) != 1 || got[0].Subject != m.Subject || !strings.Contains(got[0].Body, "Zoë Müller-François") {
			t.Fatalf("delivered after the back-off: %+v", got)
		}
		if row := f.row(t, m.ID); row.Status != domain.OutboxSent || row.Attempts != 2 {
			t.Fatalf("row after the retry: %+v", row)
		}

		// Back-off doubles and is capped; the last attempt gives up.
		w := &mail.Worker{DB: f.db, Sender: f.sender, MaxAttempts: 3}
		for attempts, want := range map[int]time.Duration{1: time.Minute, 2: 2 * time.Minute, 5: 16 * time.Minute, 9: 256 * time.Minute, 10: 6 * time.Hour, 40: 6 * time.Hour} {
			if got := w.Backoff(attempts); got != want {
				t.Errorf("back-off after %d attempts: %s, want %s", attempts, got, want)
			}
		}
		doomed := f.enqueue(t, "nobody@example.nl", "nl")
		f.server.Reject(451)
		for i := range 3 {
			runOnce(t, w)
			f.now = f.now.Add(w.Backoff(i + 1))
		}
		if row := f.row(t, doomed.ID); row.Status != domain.OutboxFailed || row.Attempts != 3 || row.LastError == "" {
			t.Fatalf("row after the last attempt: %+v", row)
		}
		f.now = f.now.Add(24 * time.Hour)
		if n := runOnce(t, w); n != 0 {
			t.Fatalf("a failed mail was claimed again")
		}
	})
}

// G2: two workers running at once on the same outbox deliver every mail
// exactly once.
func TestTwoWorkersDeliverEachMailOnce_G2(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		f := newOutboxFixture(t, db)
		const total = 24
		for i := range total {
			f.enqueue(t, fmt.Sprintf("p%02d@example.com", i), domain.Languages[i%len(domain.Languages)])
		}
		var wg sync.WaitGroup
		errs := make(chan error, 2)
		for range 2 {
			w := &mail.Worker{DB: f.db, Sender: f.sender, Batch: 2}
			wg.Go(func() {
				for {
					n, err := w.RunOnce(t.Context())
					if err != nil {
						errs <- err
						return
					}
					if n == 0 {
						return
					}
				}
			})
		}
		wg.Wait()
		close(errs)
		for err := range errs {
			t.Fatal(err)
		}
		seen := map[string]int{}
		for _, m := range f.server.Messages() {
			seen[m.To[0]]++
		}
		if len(seen) != total {
			t.Errorf("%d recipients got mail, want %d", len(seen), total)
		}
		for to, n := range seen {
			if n != 1 {
				t.Errorf("%s got %d copies", to, n)
			}
		}
		list, _, err := f.st.Mails(f.ctx, 100, 0)
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range list {
			if m.Status != domain.OutboxSent || m.Attempts != 1 {
				t.Errorf("mail %d: %s after %d attempts", m.ID, m.Status, m.Attempts)
			}
		}
	})
}

// G2: a worker that crashed holding a claim does not strand the mail: once
// the claim's lease has run out another worker sends it, and the dead
// worker's claim can no longer mark it.
func TestCrashedClaimIsRetried_G2(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		f := newOutboxFixture(t, db)
		m := f.enqueue(t, "anke@example.nl", "nl")
		claimed, err := db.ClaimDueMails(t.Context(), "crashed-worker", 10, f.now.Add(10*time.Minute))
		if err != nil || len(claimed) != 1 || claimed[0].ID != m.ID {
			t.Fatalf("claim: %+v %v", claimed, err)
		}
		if row := f.row(t, m.ID); row.Status != domain.OutboxSending {
			t.Fatalf("claimed row: %+v", row)
		}
		if n := runOnce(t, f.worker()); n != 0 {
			t.Fatalf("a live claim was taken over: %d", n)
		}
		f.now = f.now.Add(10 * time.Minute)
		if n := runOnce(t, f.worker()); n != 1 {
			t.Fatalf("claimed %d after the lease ran out, want 1", n)
		}
		if got := f.server.To("anke@example.nl"); len(got) != 1 || !strings.Contains(got[0].Body, "Met vriendelijke groet") {
			t.Fatalf("delivered: %+v", got)
		}
		if row := f.row(t, m.ID); row.Status != domain.OutboxSent || row.Attempts != 2 {
			t.Fatalf("row after the retry: %+v", row)
		}
		if err := db.MarkMailFailed(t.Context(), m.ID, "crashed-worker", "late", f.now, false); domain.KindOf(err) != domain.KindNotFound {
			t.Fatalf("a stale claim changed the mail: %v", err)
		}
		if row := f.row(t, m.ID); row.Status != domain.OutboxSent {
			t.Fatalf("row after the stale claim: %+v", row)
		}
	})
}

// G2: a worker that stops mid-batch records the mail it sent and hands back
// the ones it claimed but did not try, uncounted and due at once.
func TestStoppedWorkerReleasesItsClaims_G2(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		f := newOutboxFixture(t, db)
		first := f.enqueue(t, "lea@example.de", "de")
		second := f.enqueue(t, "tom@example.de", "de")
		ctx, stop := context.WithCancel(t.Context())
		w := &mail.Worker{DB: db, Batch: 2, Parallel: 1, Sender: stopAfterSend{f.sender, stop}}
		if n, err := w.RunOnce(ctx); n != 2 || err != nil {
			t.Fatalf("claimed %d: %v", n, err)
		}
		if row := f.row(t, first.ID); row.Status != domain.OutboxSent {
			t.Fatalf("the mail sent before the stop: %+v", row)
		}
		if row := f.row(t, second.ID); row.Status != domain.OutboxPending || row.Attempts != 0 || !row.NextAttemptAt.Equal(f.now) {
			t.Fatalf("the mail not tried before the stop: %+v", row)
		}
		if n := runOnce(t, f.worker()); n != 1 || len(f.server.Messages()) != 2 {
			t.Fatalf("claimed %d after the stop", n)
		}
	})
}

// stopAfterSend sends, then stops the worker's context, as a shutdown would.
type stopAfterSend struct {
	mail.Sender
	stop context.CancelFunc
}

func (s stopAfterSend) Send(ctx context.Context, m domain.Mail, accepted func()) error {
	err := s.Sender.Send(ctx, m, accepted)
	s.stop()
	return err
}
