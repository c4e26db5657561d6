// Package webhook delivers the webhook outbox (G1): every event an agency
// registered a URL for is POSTed there as JSON, signed with HMAC-SHA256, and
// retried with back-off until the receiver answers 2xx.
package webhook

import (
	"bytes"
	"context"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"strconv"
	"time"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/internal/outbox"
	"github.com/matchpoint/matchpoint/store"
)

// Headers of a delivery. The signature is "sha256=" and the hex HMAC-SHA256
// of the raw body under the webhook's secret; a receiver recomputes it and
// compares in constant time.
const (
	SignatureHeader = "X-Matchpoint-Signature"
	EventHeader     = "X-Matchpoint-Event"
	DeliveryHeader  = "X-Matchpoint-Delivery"
)

// Sign returns the signature header value of body under secret.
func Sign(secret string, body []byte) string {
	m := hmac.New(sha256.New, []byte(secret))
	m.Write(body)
	return "sha256=" + hex.EncodeToString(m.Sum(nil))
}

// Verify reports whether signature is body's under secret.
func Verify(secret string, body []byte, signature string) bool {
	return hmac.Equal([]byte(Sign(secret, body)), []byte(signature))
}

// Worker delivers the webhook outbox of every agency. It claims due
// deliveries as mail.Worker claims mail, so several workers never send one
// twice; a failed attempt is retried with exponential back-off until
// MaxAttempts.
type Worker struct {
	DB *store.DB
	// Client sends the deliveries; nil takes one with Timeout whose dialer
	// refuses private addresses unless AllowPrivate. A Client given here is
	// used as it is.
	Client *http.Client
	Log    *slog.Logger
	// AllowPrivate lets deliveries go to loopback and private addresses:
	// for tests, and for installs whose receivers live on the same network
	// (matchpoint serve --webhooks-allow-private). Off, such a delivery
	// fails like any other, with the reason in its last error (G1).
	AllowPrivate bool

	Poll        time.Duration // pause when nothing is due; default 5 s
	Batch       int           // deliveries claimed at once; default 10
	Timeout     time.Duration // the longest one delivery may take; default 15 s
	Lease       time.Duration // how long a claim holds unless renewed; default outbox.DefaultLease
	MaxAttempts int           // default 12
	FirstRetry  time.Duration // default 1 min, doubled per failure
	MaxRetry    time.Duration // default 6 h
}

func (w *Worker) defaults() {
	if w.Poll <= 0 {
		w.Poll = 5 * time.Second
	}
	if w.Batch <= 0 {
		w.Batch = 10
	}
	if w.Timeout <= 0 {
		w.Timeout = 15 * time.Second
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
	if w.Client == nil {
		w.Client = newClient(w.Timeout, w.AllowPrivate)
	}
}

// Backoff is the wait after the attempts-th failed attempt.
func (w *Worker) Backoff(attempts int) time.Duration {
	w.defaults()
	return outbox.Backoff(w.FirstRetry, w.MaxRetry, attempts)
}

// Run delivers until ctx ends, then returns nil.
func (w *Worker) Run(ctx context.Context) error {
	w.defaults()
	return outbox.Run(ctx, w.Log, "webhook delivery", w.Poll, w.RunOnce)
}

// RunOnce claims one batch of due deliveries and tries each once; it
// returns how many it claimed.
func (w *Worker) RunOnce(ctx context.Context) (int, error) {
	w.defaults()
	return outbox.Queue[domain.WebhookDelivery]{Claim: w.claim, Deliver: w.deliver, Release: w.release,
		Renew: w.DB.RenewWebhookClaims, Now: w.DB.Now, Lease: w.Lease}.RunOnce(ctx)
}

func (w *Worker) claim(ctx context.Context, token string, until time.Time) ([]domain.WebhookDelivery, error) {
	ds, err := w.DB.ClaimDueWebhooks(ctx, token, w.Batch, until)
	if err != nil {
		return nil, fmt.Errorf("claim webhooks: %w", err)
	}
	return ds, nil
}

func (w *Worker) deliver(ctx context.Context, d domain.WebhookDelivery, token string) error {
	sendErr := w.post(ctx, d)
	record, cancel := context.WithTimeout(context.WithoutCancel(ctx), 30*time.Second)
	defer cancel()
	if sendErr == nil {
		if err := w.DB.MarkWebhookSent(record, d.ID, token); err != nil {
			return fmt.Errorf("webhook delivery %d was sent: %w", d.ID, err)
		}
		w.Log.Info("webhook delivered", "delivery", d.ID, "tenant", d.TenantID, "event", d.Event, "attempt", d.Attempts)
		return nil
	}
	giveUp := d.Attempts >= w.MaxAttempts
	retryAt := w.DB.Now().Add(w.Backoff(d.Attempts))
	w.Log.Warn("webhook not delivered", "delivery", d.ID, "tenant", d.TenantID, "attempt", d.Attempts, "give_up", giveUp, "err", sendErr)
	if err := w.DB.MarkWebhookFailed(record, d.ID, token, outbox.ErrorText(sendErr), retryAt, giveUp); err != nil {
		return fmt.Errorf("webhook delivery %d failed (%v): %w", d.ID, sendErr, err)
	}
	return nil
}

// post sends one delivery; only a 2xx answer counts as delivered.
func (w *Worker) post(ctx context.Context, d domain.WebhookDelivery) error {
	if !w.AllowPrivate {
		if err := checkTarget(d.URL); err != nil {
			return err
		}
	}
	ctx, cancel := context.WithTimeout(ctx, w.Timeout)
	defer cancel()
	body := []byte(d.Payload)
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, d.URL, bytes.NewReader(body))
	if err != nil {
		return err
	}
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("User-Agent", "Matchpoint-Webhook/1")
	req.Header.Set(EventHeader, d.Event)
	req.Header.Set(DeliveryHeader, strconv.FormatInt(d.ID, 10))
	req.Header.Set(SignatureHeader, Sign(d.Secret, body))
	res, err := w.Client.Do(req)
	if err != nil {
		return err
	}
	defer res.Body.Close()
	_, _ = io.Copy(io.Discard, io.LimitReader(res.Body, 64<<10))
	if res.StatusCode < 200 || res.StatusCode > 299 {
		return fmt.Errorf("receiver answered %s", res.Status)
	}
	return nil
}

func (w *Worker) release(ctx context.Context, d domain.WebhookDelivery, token string) error {
	return w.DB.ReleaseWebhook(ctx, d.ID, token)
}
