package store

import (
	"context"
	"database/sql"
	"time"

	"github.com/matchpoint/matchpoint/domain"
)

// The methods in this file serve the mail delivery worker only (G2). Unlike
// every other store method they work across all tenants, because one worker
// delivers every agency's mail; they hang off *DB, not the tenant-scoped
// *Store, so a handler cannot reach them by accident. The claim mechanism is
// claimQueue's (claim_queue.go), shared with the webhook worker.

// ClaimDueMails claims up to limit due mails under token until leaseUntil,
// counting the attempt.
func (db *DB) ClaimDueMails(ctx context.Context, token string, limit int, leaseUntil time.Time) (_ []domain.Mail, err error) {
	defer domain.Wrap(&err, "store.ClaimDueMails")
	var out []domain.Mail
	err = db.claim(ctx, mailQueue, token, limit, leaseUntil, func(rows *sql.Rows) error {
		m, err := scanMail(rows)
		out = append(out, m)
		return err
	})
	return out, err
}

// RenewMailClaims extends the lease of the mails claimed under token to
// leaseUntil, while the worker that claimed them is alive.
func (db *DB) RenewMailClaims(ctx context.Context, token string, leaseUntil time.Time) (err error) {
	defer domain.Wrap(&err, "store.RenewMailClaims")
	return db.renew(ctx, mailQueue, token, leaseUntil)
}

// MarkMailSent records that the mail claimed under token was delivered. It
// is not found when the claim is no longer the caller's.
func (db *DB) MarkMailSent(ctx context.Context, id domain.ID, token string) (err error) {
	defer domain.Wrap(&err, "store.MarkMailSent(%d)", id)
	return db.markSent(ctx, mailQueue, id, token)
}

// MarkMailFailed records a failed attempt of the mail claimed under token:
// the mail is due again at retryAt, or, when giveUp is set, it stays in the
// outbox as failed and is not tried again.
func (db *DB) MarkMailFailed(ctx context.Context, id domain.ID, token, lastError string, retryAt time.Time, giveUp bool) (err error) {
	defer domain.Wrap(&err, "store.MarkMailFailed(%d)", id)
	return db.markFailed(ctx, mailQueue, id, token, lastError, retryAt, giveUp)
}

// ReleaseMail hands back a claimed mail that was not tried (the worker is
// stopping): it is pending and due at once, and the claim's attempt is not
// counted.
func (db *DB) ReleaseMail(ctx context.Context, id domain.ID, token string) (err error) {
	defer domain.Wrap(&err, "store.ReleaseMail(%d)", id)
	return db.release(ctx, mailQueue, id, token)
}
