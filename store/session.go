package store

import (
	"context"
	"time"

	"github.com/matchpoint/matchpoint/domain"
)

// CreateSession stores a new session.
func (s *Store) CreateSession(ctx context.Context, ses domain.Session) (err error) {
	defer domain.Wrap(&err, "store.CreateSession")
	tid, err := tenant(ctx)
	if err != nil {
		return err
	}
	_, err = s.w.ExecContext(ctx,
		`INSERT INTO sessions (token_hash, tenant_id, audience, subject_id, created_at, last_seen_at, expires_at)
		 VALUES ($1, $2, $3, $4, $5, $6, $7)`,
		ses.TokenHash, tid, ses.Audience, ses.SubjectID, ses.CreatedAt, ses.LastSeenAt, ses.ExpiresAt)
	return translate(err)
}

// Session returns the session of token hash for the audience, if not expired.
func (s *Store) Session(ctx context.Context, tokenHash string, aud domain.Audience) (_ domain.Session, err error) {
	defer domain.Wrap(&err, "store.Session")
	tid, err := tenant(ctx)
	if err != nil {
		return domain.Session{}, err
	}
	var ses domain.Session
	err = s.r.QueryRowContext(ctx,
		`SELECT token_hash, tenant_id, audience, subject_id, created_at, last_seen_at, expires_at
		 FROM sessions WHERE token_hash = $1 AND tenant_id = $2 AND audience = $3 AND expires_at > $4`,
		tokenHash, tid, aud, s.now()).Scan(&ses.TokenHash, &ses.TenantID, &ses.Audience, &ses.SubjectID, &ses.CreatedAt, &ses.LastSeenAt, &ses.ExpiresAt)
	return ses, translate(err)
}

// TouchSession records activity on a session.
func (s *Store) TouchSession(ctx context.Context, tokenHash string, at time.Time) (err error) {
	defer domain.Wrap(&err, "store.TouchSession")
	tid, err := tenant(ctx)
	if err != nil {
		return err
	}
	_, err = s.w.ExecContext(ctx, `UPDATE sessions SET last_seen_at = $1 WHERE token_hash = $2 AND tenant_id = $3`, at, tokenHash, tid)
	return translate(err)
}

// DeleteSession ends one session.
func (s *Store) DeleteSession(ctx context.Context, tokenHash string) (err error) {
	defer domain.Wrap(&err, "store.DeleteSession")
	tid, err := tenant(ctx)
	if err != nil {
		return err
	}
	_, err = s.w.ExecContext(ctx, `DELETE FROM sessions WHERE token_hash = $1 AND tenant_id = $2`, tokenHash, tid)
	return translate(err)
}

// DeleteSessionsOf ends every session of one person of an audience.
func (s *Store) DeleteSessionsOf(ctx context.Context, aud domain.Audience, subjectID domain.ID) (err error) {
	defer domain.Wrap(&err, "store.DeleteSessionsOf(%s, %d)", aud, subjectID)
	tid, err := tenant(ctx)
	if err != nil {
		return err
	}
	_, err = s.w.ExecContext(ctx, `DELETE FROM sessions WHERE tenant_id = $1 AND audience = $2 AND subject_id = $3`, tid, aud, subjectID)
	return translate(err)
}

// DeleteExpiredSessions removes sessions past their expiry in all tenants;
// a housekeeping job calls it.
func (db *DB) DeleteExpiredSessions(ctx context.Context) (int64, error) {
	res, err := db.write.ExecContext(ctx, `DELETE FROM sessions WHERE expires_at <= $1`, db.Now())
	if err != nil {
		return 0, translate(err)
	}
	return res.RowsAffected()
}
