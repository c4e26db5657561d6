package store

import (
	"context"
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
	if limit <= 0 {
		limit = 10
	}
	lock := ""
	if db.Dialect == Postgres {
		lock = " FOR UPDATE SKIP LOCKED"
	}
	rows, err := db.write.QueryContext(ctx, `UPDATE webhook_deliveries
		SET status = $1, claim_token = $2, attempts = attempts + 1, next_attempt_at = $3
		WHERE id IN (SELECT id FROM webhook_deliveries WHERE status IN ($4, $1) AND next_attempt_at <= $5
			ORDER BY next_attempt_at, id LIMIT $6`+lock+`)
		RETURNING `+deliveryColumns,
		domain.OutboxSending, token, leaseUntil.UTC().Truncate(time.Microsecond), domain.OutboxPending, db.Now(), limit)
	if err != nil {
		return nil, err
	}
	return scanDeliveries(rows)
}

// MarkWebhookSent records that the delivery claimed under token was accepted.
func (db *DB) MarkWebhookSent(ctx context.Context, id domain.ID, token string) (err error) {
	defer domain.Wrap(&err, "store.MarkWebhookSent(%d)", id)
	return db.updateClaimedDelivery(ctx, `UPDATE webhook_deliveries SET status = $1, sent_at = $2, last_error = '', claim_token = ''
		WHERE id = $3 AND status = $4 AND claim_token = $5`,
		domain.OutboxSent, db.Now(), id, domain.OutboxSending, token)
}

// MarkWebhookFailed records a failed attempt: due again at retryAt, or
// failed for good when giveUp is set.
func (db *DB) MarkWebhookFailed(ctx context.Context, id domain.ID, token, lastError string, retryAt time.Time, giveUp bool) (err error) {
	defer domain.Wrap(&err, "store.MarkWebhookFailed(%d)", id)
	status := domain.OutboxPending
	if giveUp {
		status = domain.OutboxFailed
	}
	return db.updateClaimedDelivery(ctx, `UPDATE webhook_deliveries SET status = $1, last_error = $2, next_attempt_at = $3, claim_token = ''
		WHERE id = $4 AND status = $5 AND claim_token = $6`,
		status, lastError, retryAt.UTC().Truncate(time.Microsecond), id, domain.OutboxSending, token)
}

// ReleaseWebhook hands back a claimed delivery that was not tried.
func (db *DB) ReleaseWebhook(ctx context.Context, id domain.ID, token string) (err error) {
	defer domain.Wrap(&err, "store.ReleaseWebhook(%d)", id)
	return db.updateClaimedDelivery(ctx, `UPDATE webhook_deliveries SET status = $1, next_attempt_at = $2, attempts = attempts - 1, claim_token = ''
		WHERE id = $3 AND status = $4 AND claim_token = $5`,
		domain.OutboxPending, db.Now(), id, domain.OutboxSending, token)
}

func (db *DB) updateClaimedDelivery(ctx context.Context, query string, args ...any) error {
	res, err := db.write.ExecContext(ctx, query, args...)
	if err != nil {
		return err
	}
	n, err := res.RowsAffected()
	if err != nil {
		return err
	}
	if n == 0 {
		return domain.NotFound("claimed webhook delivery")
	}
	return nil
}
