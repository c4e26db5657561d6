package store

import (
	"context"
	"database/sql"
	"time"

	"github.com/matchpoint/matchpoint/domain"
)

// The methods in this file serve the webhook delivery worker only (G1). Like
// the mail worker's they work across all tenants and hang off *DB; the claim
// works as ClaimDueMails does.

// ClaimDueWebhooks claims up to limit due deliveries under token until
// leaseUntil, counting the attempt.
func (db *DB) ClaimDueWebhooks(ctx context.Context, token string, limit int, leaseUntil time.Time) (_ []domain.WebhookDelivery, err error) {
	defer domain.Wrap(&err, "store.ClaimDueWebhooks")
	var out []domain.WebhookDelivery
	err = db.claim(ctx, webhookQueue, token, limit, leaseUntil, func(rows *sql.Rows) error {
		d, err := scanDelivery(rows)
		out = append(out, d)
		return err
	})
	return out, err
}

// RenewWebhookClaims extends the lease of the deliveries claimed under
// token to leaseUntil, while the worker that claimed them is alive.
func (db *DB) RenewWebhookClaims(ctx context.Context, token string, leaseUntil time.Time) (err error) {
	defer domain.Wrap(&err, "store.RenewWebhookClaims")
	return db.renew(ctx, webhookQueue, token, leaseUntil)
}

// MarkWebhookSent records that the delivery claimed under token was accepted.
func (db *DB) MarkWebhookSent(ctx context.Context, id domain.ID, token string) (err error) {
	defer domain.Wrap(&err, "store.MarkWebhookSent(%d)", id)
	return db.markSent(ctx, webhookQueue, id, token)
}

// MarkWebhookFailed records a failed attempt: due again at retryAt, or
// failed for good when giveUp is set.
func (db *DB) MarkWebhookFailed(ctx context.Context, id domain.ID, token, lastError string, retryAt time.Time, giveUp bool) (err error) {
	defer domain.Wrap(&err, "store.MarkWebhookFailed(%d)", id)
	return db.markFailed(ctx, webhookQueue, id, token, lastError, retryAt, giveUp)
}

// ReleaseWebhook hands back a claimed delivery that was not tried.
func (db *DB) ReleaseWebhook(ctx context.Context, id domain.ID, token string) (err error) {
	defer domain.Wrap(&err, "store.ReleaseWebhook(%d)", id)
	return db.release(ctx, webhookQueue, id, token)
}
