package mail

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"time"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/internal/outbox"
	"github.com/matchpoint/matchpoint/store"
)

// Sender delivers one mail. It calls accepted as soon as the receiving
// server has taken the mail and before it ends the session, so that the
// worker records the delivery at the earliest moment; an error after that
// is logged, not retried.
type Sender interface {
	Send(ctx context.Context, m domain.Mail, accepted func()) error
}

// Worker delivers the outbox of every agency (G2). It claims due mails
// before sending them, so several workers, in one process or many, never
// send a mail twice; a claim holds for a short lease that the worker renews
// while it is alive, so the mails of a worker that died are delivered by
// the next within seconds. A failed attempt is retried with exponential
// back-off until MaxAttempts, after which the mail stays in the outbox as
// failed. Every hour it removes the subject and text of mails older than
// KeepTexts that are done (sent, failed or cancelled).
type Worker struct {
	DB     *store.DB
	Sender Sender
	Log    *slog.Logger

	Poll        time.Duration // pause between rounds when the outbox is empty; default 5 s
	Batch       int           // mails claimed at once; default 8
	Parallel    int           // mails sent at once, each over an SMTP session of its own; default 4
	SendTimeout time.Duration // the longest one delivery may take; default 1 min
	Lease       time.Duration // how long a claim holds unless renewed; default outbox.DefaultLease (15 s)
	MaxAttempts int           // attempts before a mail is given up; default 12 (about a day)
	FirstRetry  time.Duration // wait after the first failure, doubled each time; default 1 min
	MaxRetry    time.Duration // the longest wait between attempts; default 6 h
	// KeepTexts is how long a mail keeps its subject and text once done;
	// default DefaultKeepTexts, negative keeps them for ever.
	KeepTexts time.Duration

	lastPurge time.Time
}

// DefaultKeepTexts is how long delivered mails keep their words (F2).
const DefaultKeepTexts = 30 * 24 * time.Hour

// purgeEvery is how often the worker purges the texts of old mails.
const purgeEvery = time.Hour

func (w *Worker) defaults() {
	if w.Poll <= 0 {
		w.Poll = 5 * time.Second
	}
	if w.Batch <= 0 {
		w.Batch = 8
	}
	if w.Parallel <= 0 {
		w.Parallel = 4
	}
	if w.SendTimeout <= 0 {
		w.SendTimeout = time.Minute
	}
	if w.Lease <= 0 {
		w.Lease = outbox.DefaultLease
	}
	if w.MaxAttempts <= 0 {
		w.MaxAttempts = 12
	}
	if w.FirstRetry <= 0 {
		w.FirstRetry = time.Minute
	}
	if w.MaxRetry <= 0 {
		w.MaxRetry = 6 * time.Hour
	}
	if w.KeepTexts == 0 {
		w.KeepTexts = DefaultKeepTexts
	}
	if w.Log == nil {
		w.Log = slog.New(slog.DiscardHandler)
	}
}

// Backoff is the wait after the attempts-th failed attempt: FirstRetry
// doubled for every earlier attempt, at most MaxRetry.
func (w *Worker) Backoff(attempts int) time.Duration {
	w.defaults()
	return outbox.Backoff(w.FirstRetry, w.MaxRetry, attempts)
}

// Run delivers mail until ctx ends, then returns nil. Between rounds it
// waits Poll; after a round that was busy it goes on at once.
func (w *Worker) Run(ctx context.Context) error {
	w.defaults()
	return outbox.Run(ctx, w.Log, "mail delivery", w.Poll, w.round)
}

func (w *Worker) round(ctx context.Context) (int, error) {
	n, err := w.RunOnce(ctx)
	if perr := w.PurgeTexts(ctx); perr != nil {
		err = errors.Join(err, perr)
	}
	return n, err
}

// RunOnce claims one batch of due mails and tries each once. It returns how
// many mails it claimed.
func (w *Worker) RunOnce(ctx context.Context) (int, error) {
	w.defaults()
	return outbox.Queue[domain.Mail]{Claim: w.claim, Deliver: w.deliver, Release: w.release,
		Renew: w.DB.RenewMailClaims, Now: w.DB.Now, Lease: w.Lease, Parallel: w.Parallel}.RunOnce(ctx)
}

// PurgeTexts removes the subject and text of done mails older than
// KeepTexts, at most once per hour.
func (w *Worker) PurgeTexts(ctx context.Context) error {
	w.defaults()
	now := w.DB.Now()
	if w.KeepTexts < 0 || now.Sub(w.lastPurge) < purgeEvery {
		return nil
	}
	n, err := w.DB.PurgeMailTexts(ctx, now.Add(-w.KeepTexts))
	if err != nil {
		return fmt.Errorf("purge mail texts: %w", err)
	}
	w.lastPurge = now
	if n > 0 {
		w.Log.Info("mail texts purged", "mails", n, "older_than", w.KeepTexts)
	}
	return nil
}

func (w *Worker) claim(ctx context.Context, token string, until time.Time) ([]domain.Mail, error) {
	mails, err := w.DB.ClaimDueMails(ctx, token, w.Batch, until)
	if err != nil {
		return nil, fmt.Errorf("claim mails: %w", err)
	}
	return mails, nil
}

// deliver sends one claimed mail and records the outcome. The delivery is
// recorded the moment the server accepts the mail, and even when ctx ends
// meanwhile: a mail that went out must be marked sent, or it would go out
// again.
func (w *Worker) deliver(ctx context.Context, m domain.Mail, token string) error {
	recorded := false
	var markErr error
	markSent := func() {
		if recorded {
			return
		}
		recorded = true
		record, cancel := context.WithTimeout(context.WithoutCancel(ctx), 30*time.Second)
		defer cancel()
		markErr = w.DB.MarkMailSent(record, m.ID, token)
	}
	sendCtx, cancel := context.WithTimeout(ctx, w.SendTimeout)
	var sendErr error
	if m.Attachments, sendErr = w.DB.MailAttachments(sendCtx, m.TenantID, m.ID); sendErr == nil {
		sendErr = w.Sender.Send(sendCtx, m, markSent)
	}
	cancel()
	if recorded || sendErr == nil {
		markSent()
		if markErr != nil {
			return fmt.Errorf("mail %d was sent: %w", m.ID, markErr)
		}
		if sendErr != nil {
			w.Log.Warn("mail sent, then the session failed", "mail", m.ID, "tenant", m.TenantID, "err", sendErr)
		}
		w.Log.Info("mail sent", "mail", m.ID, "tenant", m.TenantID, "attempt", m.Attempts)
		return nil
	}
	record, cancel := context.WithTimeout(context.WithoutCancel(ctx), 30*time.Second)
	defer cancel()
	giveUp := m.Attempts >= w.MaxAttempts
	retryAt := w.DB.Now().Add(w.Backoff(m.Attempts))
	w.Log.Warn("mail not sent", "mail", m.ID, "tenant", m.TenantID, "attempt", m.Attempts, "give_up", giveUp, "err", sendErr)
	if err := w.DB.MarkMailFailed(record, m.ID, token, outbox.ErrorText(sendErr), retryAt, giveUp); err != nil {
		return fmt.Errorf("mail %d failed (%v): %w", m.ID, sendErr, err)
	}
	return nil
}

func (w *Worker) release(ctx context.Context, m domain.Mail, token string) error {
	return w.DB.ReleaseMail(ctx, m.ID, token)
}
