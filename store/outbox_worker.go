package store

import (
	"context"
	"time"

	"github.com/matchpoint/matchpoint/domain"
)

// The methods in this file serve the mail delivery worker only (G2). Unlike
// every other store method they work across all tenants, because one worker
// delivers every agency's mail; they hang off *DB, not the tenant-scoped
// *Store, so a handler cannot reach them by accident.

// ClaimDueMails claims up to limit mails that are due: pending mails whose
// next attempt time has come, and mails whose earlier claim's lease ran out
// (a worker that crashed while sending). A claimed mail becomes 'sending'
// under token until leaseUntil, and its attempts count goes up by one. One
// UPDATE claims the rows, so two workers never get the same mail; on
// PostgreSQL rows that another worker is claiming are skipped (FOR UPDATE
// SKIP LOCKED), on SQLite the single writer serialises the claims.
func (db *DB) ClaimDueMails(ctx context.Context, token string, limit int, leaseUntil time.Time) (_ []domain.Mail, err error) {
	defer domain.Wrap(&err, "store.ClaimDueMails")
	if limit <= 0 {
		limit = 10
	}
	lock := ""
	if db.Dialect == Postgres {
		lock = " FOR UPDATE SKIP LOCKED"
	}
	rows, err := db.write.QueryContext(ctx, `UPDATE outbox
		SET status = $1, claim_token = $2, attempts = attempts + 1, next_attempt_at = $3
		WHERE id IN (SELECT id FROM outbox WHERE status IN ($4, $1) AND next_attempt_at <= $5
			ORDER BY next_attempt_at, id LIMIT $6`+lock+`)
		RETURNING `+mailColumns,
		domain.OutboxSending, token, leaseUntil.UTC().Truncate(time.Microsecond), domain.OutboxPending, db.Now(), limit)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []domain.Mail
	for rows.Next() {
		m, err := scanMail(rows)
		if err != nil {
			return nil, err
		}
		out = append(out, m)
	}
	return out, rows.Err()
}

// MarkMailSent records that the mail claimed under token was delivered. It
// is not found when the claim is no longer the caller's.
func (db *DB) MarkMailSent(ctx context.Context, id domain.ID, token string) (err error) {
	defer domain.Wrap(&err, "store.MarkMailSent(%d)", id)
	now := db.Now()
	return db.updateClaimed(ctx, `UPDATE outbox SET status = $1, sent_at = $2, last_error = '', claim_token = ''
		WHERE id = $3 AND status = $4 AND claim_token = $5`,
		domain.OutboxSent, now, id, domain.OutboxSending, token)
}

// MarkMailFailed records a failed attempt of the mail claimed under token:
// the mail is due again at retryAt, or, when giveUp is set, it stays in the
// outbox as failed and is not tried again.
func (db *DB) MarkMailFailed(ctx context.Context, id domain.ID, token, lastError string, retryAt time.Time, giveUp bool) (err error) {
	defer domain.Wrap(&err, "store.MarkMailFailed(%d)", id)
	status := domain.OutboxPending
	if giveUp {
		status = domain.OutboxFailed
	}
	return db.updateClaimed(ctx, `UPDATE outbox SET status = $1, last_error = $2, next_attempt_at = $3, claim_token = ''
		WHERE id = $4 AND status = $5 AND claim_token = $6`,
		status, lastError, retryAt.UTC().Truncate(time.Microsecond), id, domain.OutboxSending, token)
}

// ReleaseMail hands back a claimed mail that was not tried (the worker is
// stopping): it is pending and due at once, and the claim's attempt is not
// counted.
func (db *DB) ReleaseMail(ctx context.Context, id domain.ID, token string) (err error) {
	defer domain.Wrap(&err, "store.ReleaseMail(%d)", id)
	return db.updateClaimed(ctx, `UPDATE outbox SET status = $1, next_attempt_at = $2, attempts = attempts - 1, claim_token = ''
		WHERE id = $3 AND status = $4 AND claim_token = $5`,
		domain.OutboxPending, db.Now(), id, domain.OutboxSending, token)
}

func (db *DB) updateClaimed(ctx context.Context, query string, args ...any) error {
	res, err := db.write.ExecContext(ctx, query, args...)
	if err != nil {
		return err
	}
	n, err := res.RowsAffected()
	if err != nil {
		return err
	}
	if n == 0 {
		return domain.NotFound("claimed mail")
	}
	return nil
}
