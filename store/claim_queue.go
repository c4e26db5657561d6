package store

import (
	"context"
	"database/sql"
	"errors"
	"time"

	"github.com/matchpoint/matchpoint/domain"
)

// claimQueue is a durable queue table that delivery workers claim rows of:
// the mail outbox and the webhook deliveries share its columns status,
// claim_token, attempts, next_attempt_at, last_error and sent_at. Its
// methods work across tenants and serve the workers only.
type claimQueue struct {
	table   string // table name, a constant of this package
	columns string // the columns RETURNING gives the worker
	what    string // what a row is, for not-found errors
}

var (
	mailQueue    = claimQueue{table: "outbox", columns: mailColumns, what: "claimed mail"}
	webhookQueue = claimQueue{table: "webhook_deliveries", columns: deliveryColumns, what: "claimed webhook delivery"}
)

// claim claims up to limit due rows: first rows whose earlier claim's lease
// ran out (a worker that died: they were due before and must not wait
// behind the queue again), then pending rows whose next attempt time has
// come. A claimed row becomes 'sending' under token until leaseUntil and its
// attempts count goes up by one. One UPDATE claims each kind, so two workers
// never get the same row; on PostgreSQL rows another worker is claiming are
// skipped (FOR UPDATE SKIP LOCKED), on SQLite the single writer serialises
// the claims. scan reads the claimed rows' columns.
func (db *DB) claim(ctx context.Context, q claimQueue, token string, limit int, leaseUntil time.Time, scan func(*sql.Rows) error) error {
	if limit <= 0 {
		limit = 10
	}
	lock := ""
	if db.Dialect == Postgres {
		lock = " FOR UPDATE SKIP LOCKED"
	}
	now := db.Now()
	claimed := 0
	for _, status := range []domain.OutboxStatus{domain.OutboxSending, domain.OutboxPending} {
		if claimed >= limit {
			break
		}
		rows, err := db.write.QueryContext(ctx, `UPDATE `+q.table+`
			SET status = $1, claim_token = $2, attempts = attempts + 1, next_attempt_at = $3
			WHERE id IN (SELECT id FROM `+q.table+` WHERE status = $4 AND next_attempt_at <= $5
				ORDER BY next_attempt_at, id LIMIT $6`+lock+`)
			RETURNING `+q.columns,
			domain.OutboxSending, token, leaseUntil.UTC().Truncate(time.Microsecond), status, now, limit-claimed)
		if err != nil {
			return err
		}
		for rows.Next() {
			if err := scan(rows); err != nil {
				rows.Close()
				return err
			}
			claimed++
		}
		if err := errors.Join(rows.Err(), rows.Close()); err != nil {
			return err
		}
	}
	return nil
}

// renew extends the lease of every row still claimed under token to
// leaseUntil: the worker is alive and still delivering them (G2).
func (db *DB) renew(ctx context.Context, q claimQueue, token string, leaseUntil time.Time) error {
	_, err := db.write.ExecContext(ctx, `UPDATE `+q.table+` SET next_attempt_at = $1 WHERE status = $2 AND claim_token = $3`,
		leaseUntil.UTC().Truncate(time.Microsecond), domain.OutboxSending, token)
	return translate(err)
}

// markSent records that the row claimed under token was delivered.
func (db *DB) markSent(ctx context.Context, q claimQueue, id domain.ID, token string) error {
	return db.updateClaimed(ctx, q, `UPDATE `+q.table+` SET status = $1, sent_at = $2, last_error = '', claim_token = ''
		WHERE id = $3 AND status = $4 AND claim_token = $5`,
		domain.OutboxSent, db.Now(), id, domain.OutboxSending, token)
}

// markFailed records a failed attempt: due again at retryAt, or failed for
// good when giveUp is set.
func (db *DB) markFailed(ctx context.Context, q claimQueue, id domain.ID, token, lastError string, retryAt time.Time, giveUp bool) error {
	status := domain.OutboxPending
	if giveUp {
		status = domain.OutboxFailed
	}
	return db.updateClaimed(ctx, q, `UPDATE `+q.table+` SET status = $1, last_error = $2, next_attempt_at = $3, claim_token = ''
		WHERE id = $4 AND status = $5 AND claim_token = $6`,
		status, lastError, retryAt.UTC().Truncate(time.Microsecond), id, domain.OutboxSending, token)
}

// release hands back a claimed row that was not tried (the worker is
// stopping): it is pending and due at once, and the claim's attempt is not
// counted.
func (db *DB) release(ctx context.Context, q claimQueue, id domain.ID, token string) error {
	return db.updateClaimed(ctx, q, `UPDATE `+q.table+` SET status = $1, next_attempt_at = $2, attempts = attempts - 1, claim_token = ''
		WHERE id = $3 AND status = $4 AND claim_token = $5`,
		domain.OutboxPending, db.Now(), id, domain.OutboxSending, token)
}

// updateClaimed runs an update that only the claim's holder may make; it is
// not found when the claim is no longer the caller's.
func (db *DB) updateClaimed(ctx context.Context, q claimQueue, query string, args ...any) error {
	res, err := db.write.ExecContext(ctx, query, args...)
	if err != nil {
		return err
	}
	n, err := res.RowsAffected()
	if err != nil {
		return err
	}
	if n == 0 {
		return domain.NotFound(q.what)
	}
	return nil
}
