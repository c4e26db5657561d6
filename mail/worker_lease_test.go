package mail_test

import (
	"context"
	"errors"
	"testing"
	"time"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/mail"
	"github.com/matchpoint/matchpoint/store"
	"github.com/matchpoint/matchpoint/store/storetest"
)

// G2: the mail is marked sent the moment the SMTP server accepts it, while
// the session is still open (before RSET and QUIT), so a crash after the
// acceptance can only repeat the mail in the round trip between the
// server's reply and the outbox's commit.
func TestMailMarkedSentBeforeTheSessionEnds_G2(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		f := newOutboxFixture(t, db)
		m := f.enqueue(t, "ines@example.pt", "en")
		var statusAtAcceptance domain.OutboxStatus
		endedAtAcceptance := -1
		w := &mail.Worker{DB: db, Sender: onAccepted{f.sender, func() {
			statusAtAcceptance = f.row(t, m.ID).Status
			endedAtAcceptance = f.server.Ended()
		}}}
		if n := runOnce(t, w); n != 1 {
			t.Fatalf("claimed %d", n)
		}
		if statusAtAcceptance != domain.OutboxSent || endedAtAcceptance != 0 {
			t.Fatalf("at the server's acceptance the row was %q with %d sessions ended; want sent, 0", statusAtAcceptance, endedAtAcceptance)
		}
		deadline := time.Now().Add(5 * time.Second)
		for f.server.Ended() == 0 && time.Now().Before(deadline) {
			time.Sleep(10 * time.Millisecond)
		}
		if f.server.Ended() != 1 {
			t.Fatal("the session never ended")
		}
	})
}

// G2: a failure after the server accepted the mail (RSET, QUIT, a lost
// connection) is not the mail's failure: it is sent, and never retried.
func TestFailureAfterAcceptanceIsNoRetry_G2(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		f := newOutboxFixture(t, db)
		m := f.enqueue(t, "ola@example.no", "en")
		w := &mail.Worker{DB: db, Sender: failAfterAcceptance{f.sender}}
		if n, err := w.RunOnce(t.Context()); n != 1 || err != nil {
			t.Fatalf("RunOnce = %d, %v", n, err)
		}
		if row := f.row(t, m.ID); row.Status != domain.OutboxSent || row.Attempts != 1 {
			t.Fatalf("row = %+v", row)
		}
		f.now = f.now.Add(24 * time.Hour)
		if n := runOnce(t, f.worker()); n != 0 || len(f.server.Messages()) != 1 {
			t.Fatalf("retried a mail the server had accepted: claimed %d, delivered %d", n, len(f.server.Messages()))
		}
	})
}

// G2: a claim holds for a short lease: another worker (a restarted process)
// cannot take it while it is renewed, and takes it within one lease once
// the worker that made it is gone; the back office sees the claim as stale
// from the moment its lease ran out.
func TestClaimLeaseIsShortAndRenewed_G2(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		f := newOutboxFixture(t, db)
		m := f.enqueue(t, "pia@example.se", "en")
		const lease = 15 * time.Second
		if got, err := db.ClaimDueMails(t.Context(), "dead-worker", 5, f.now.Add(lease)); err != nil || len(got) != 1 {
			t.Fatalf("claim: %v %v", got, err)
		}
		f.now = f.now.Add(10 * time.Second)
		if err := db.RenewMailClaims(t.Context(), "dead-worker", f.now.Add(lease)); err != nil {
			t.Fatal(err)
		}
		f.now = f.now.Add(10 * time.Second) // 20 s after the claim, 10 s after the renewal
		if n := runOnce(t, f.worker()); n != 0 {
			t.Fatalf("a renewed claim was taken over: %d", n)
		}
		if row := f.row(t, m.ID); row.Stale(f.now) {
			t.Fatal("a live claim shows as stale")
		}
		// The worker died after its renewal: one lease later the mail is due.
		f.now = f.now.Add(lease - 10*time.Second + time.Microsecond)
		if row := f.row(t, m.ID); !row.Stale(f.now) {
			t.Fatalf("claim past its lease not stale: %+v", row)
		}
		if n := runOnce(t, f.worker()); n != 1 || len(f.server.To("pia@example.se")) != 1 {
			t.Fatalf("after the lease: claimed %d", n)
		}
		// A renewal under the old token changes nothing any more.
		if err := db.RenewMailClaims(t.Context(), "dead-worker", f.now.Add(time.Hour)); err != nil {
			t.Fatal(err)
		}
		if row := f.row(t, m.ID); row.Status != domain.OutboxSent {
			t.Fatalf("row = %+v", row)
		}
	})
}

// onAccepted calls also after the worker's acceptance callback.
type onAccepted struct {
	mail.Sender
	also func()
}

func (s onAccepted) Send(ctx context.Context, m domain.Mail, accepted func()) error {
	return s.Sender.Send(ctx, m, func() { accepted(); s.also() })
}

// failAfterAcceptance delivers, then reports the session's end as failed.
type failAfterAcceptance struct{ mail.Sender }

func (s failAfterAcceptance) Send(ctx context.Context, m domain.Mail, accepted func()) error {
	if err := s.Sender.Send(ctx, m, accepted); err != nil {
		return err
	}
	return errors.New("smtp: QUIT: connection reset by peer")
}

// F2, G2: a mail keeps its subject and text for KeepTexts once it is done;
// then only who got it and when stays. A mail still waiting keeps them.
func TestWorkerPurgesOldMailTexts_F2_G2(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		f := newOutboxFixture(t, db)
		old := f.enqueue(t, "old@example.com", "en")
		if n := runOnce(t, f.worker()); n != 1 {
			t.Fatal("old mail not delivered")
		}
		f.now = f.now.Add(20 * 24 * time.Hour)
		recent := f.enqueue(t, "recent@example.com", "en")
		runOnce(t, f.worker())
		f.server.Reject(451)
		waiting := f.enqueue(t, "waiting@example.com", "en")
		f.now = f.now.Add(15 * 24 * time.Hour) // old is 35 days old, recent 15
		w := &mail.Worker{DB: db, Sender: f.sender, KeepTexts: 30 * 24 * time.Hour}
		if err := w.PurgeTexts(t.Context()); err != nil {
			t.Fatal(err)
		}
		if row := f.row(t, old.ID); row.Subject != "" || row.Body != "" || row.ScrubbedAt == nil || row.To != "old@example.com" ||
			row.Status != domain.OutboxSent {
			t.Errorf("old mail after the purge: %+v", row)
		}
		for _, m := range []domain.Mail{recent, waiting} {
			if row := f.row(t, m.ID); row.Body == "" || row.ScrubbedAt != nil {
				t.Errorf("mail %s lost its text: %+v", m.To, row)
			}
		}
	})
}

// G2: a mail stranded by a dead worker goes before the queue once its lease
// ran out: it was due long ago and must not wait behind a backlog again.
func TestStrandedMailGoesFirst_G2(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		f := newOutboxFixture(t, db)
		stranded := f.enqueue(t, "first@example.com", "en")
		if got, err := db.ClaimDueMails(t.Context(), "dead-worker", 1, f.now.Add(15*time.Second)); err != nil || len(got) != 1 {
			t.Fatalf("claim: %v %v", got, err)
		}
		for range 20 { // the backlog
			f.enqueue(t, "backlog@example.com", "en")
		}
		f.now = f.now.Add(16 * time.Second)
		got, err := db.ClaimDueMails(t.Context(), "next-worker", 3, f.now.Add(15*time.Second))
		if err != nil || len(got) != 3 || got[0].ID != stranded.ID || got[0].Attempts != 2 {
			t.Fatalf("claimed %+v, %v; want the stranded mail first", got, err)
		}
	})
}
