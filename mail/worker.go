package mail

import (
	"context"
	"fmt"
	"log/slog"
	"time"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/internal/outbox"
	"github.com/matchpoint/matchpoint/store"
)

// Sender delivers one mail.
type Sender interface {
	Send(ctx context.Context, m domain.Mail) error
}

// Worker delivers the outbox of every agency (G2). It claims due mails
// before sending them, so several workers, in one process or many, never
// send a mail twice; a failed attempt is retried with exponential back-off
// until MaxAttempts, after which the mail stays in the outbox as failed.
type Worker struct {
	DB     *store.DB
	Sender Sender
	Log    *slog.Logger

	Poll        time.Duration // pause between rounds when the outbox is empty; default 5 s
	Batch       int           // mails claimed at once; default 5
	SendTimeout time.Duration // the longest one delivery may take; default 1 min
	MaxAttempts int           // attempts before a mail is given up; default 12 (about a day)
	FirstRetry  time.Duration // wait after the first failure, doubled each time; default 1 min
	MaxRetry    time.Duration // the longest wait between attempts; default 6 h
}

func (w *Worker) defaults() {
	if w.Poll <= 0 {
		w.Poll = 5 * time.Second
	}
	if w.Batch <= 0 {
		w.Batch = 5
	}
	if w.SendTimeout <= 0 {
		w.SendTimeout = time.Minute
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
	return outbox.Run(ctx, w.Log, "mail delivery", w.Poll, w.RunOnce)
}

// RunOnce claims one batch of due mails and tries each once. It returns how
// many mails it claimed.
func (w *Worker) RunOnce(ctx context.Context) (int, error) {
	w.defaults()
	return outbox.RunOnce(ctx, w.claim, w.deliver, w.release)
}

func (w *Worker) claim(ctx context.Context, token string) ([]domain.Mail, error) {
	mails, err := w.DB.ClaimDueMails(ctx, token, w.Batch, w.DB.Now().Add(outbox.Lease(w.Batch, w.SendTimeout)))
	if err != nil {
		return nil, fmt.Errorf("claim mails: %w", err)
	}
	return mails, nil
}

// deliver sends one claimed mail and records the outcome. The outcome is
// recorded even when ctx ends meanwhile: a mail that went out must be marked
// sent, or it would go out again.
func (w *Worker) deliver(ctx context.Context, m domain.Mail, token string) error {
	sendCtx, cancel := context.WithTimeout(ctx, w.SendTimeout)
	var sendErr error
	if m.Attachments, sendErr = w.DB.MailAttachments(sendCtx, m.TenantID, m.ID); sendErr == nil {
		sendErr = w.Sender.Send(sendCtx, m)
	}
	cancel()
	record, cancel := context.WithTimeout(context.WithoutCancel(ctx), 30*time.Second)
	defer cancel()
	if sendErr == nil {
		if err := w.DB.MarkMailSent(record, m.ID, token); err != nil {
			return fmt.Errorf("mail %d was sent: %w", m.ID, err)
		}
		w.Log.Info("mail sent", "mail", m.ID, "tenant", m.TenantID, "attempt", m.Attempts)
		return nil
	}
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
