package store

import (
	"context"

	"github.com/matchpoint/matchpoint/domain"
)

// CreatePasswordToken stores a single-use token (its hash only).
func (s *Store) CreatePasswordToken(ctx context.Context, t *domain.PasswordToken) (err error) {
	defer domain.Wrap(&err, "store.CreatePasswordToken(%s, %d)", t.Audience, t.SubjectID)
	tid, err := tenant(ctx)
	if err != nil {
		return err
	}
	t.CreatedAt = s.now()
	_, err = s.w.ExecContext(ctx, `INSERT INTO password_tokens (token_hash, tenant_id, audience, subject_id, purpose, created_at, expires_at)
		VALUES ($1, $2, $3, $4, $5, $6, $7)`, t.TokenHash, tid, t.Audience, t.SubjectID, t.Purpose, t.CreatedAt, t.ExpiresAt)
	return translate(err)
}

const tokenColumns = `token_hash, audience, subject_id, purpose, created_at, expires_at, used_at`

// PasswordToken returns a live (unused, unexpired) token of the audience for
// one of purposes; any other gets domain.ErrNotFound.
func (s *Store) PasswordToken(ctx context.Context, aud domain.Audience, hash string, purposes ...domain.TokenPurpose) (_ domain.PasswordToken, err error) {
	defer domain.Wrap(&err, "store.PasswordToken(%s)", aud)
	tid, err := tenant(ctx)
	if err != nil {
		return domain.PasswordToken{}, err
	}
	var t domain.PasswordToken
	err = s.r.QueryRowContext(ctx, `SELECT `+tokenColumns+` FROM password_tokens
		WHERE tenant_id = $1 AND audience = $2 AND token_hash = $3 AND used_at IS NULL AND expires_at > $4`,
		tid, aud, hash, s.now()).Scan(&t.TokenHash, &t.Audience, &t.SubjectID, &t.Purpose, &t.CreatedAt, &t.ExpiresAt, &t.UsedAt)
	if err != nil {
		return domain.PasswordToken{}, translate(err)
	}
	for _, p := range purposes {
		if t.Purpose == p {
			return t, nil
		}
	}
	return domain.PasswordToken{}, domain.ErrNotFound
}

// UsePasswordToken marks a live token used and returns it. Of two requests
// with the same token only one succeeds: the update is the check.
func (s *Store) UsePasswordToken(ctx context.Context, aud domain.Audience, hash string, purposes ...domain.TokenPurpose) (_ domain.PasswordToken, err error) {
	defer domain.Wrap(&err, "store.UsePasswordToken(%s)", aud)
	tid, err := tenant(ctx)
	if err != nil {
		return domain.PasswordToken{}, err
	}
	var t domain.PasswordToken
	err = s.InTx(ctx, func(tx *Store) error {
		var err error
		if t, err = tx.PasswordToken(ctx, aud, hash, purposes...); err != nil {
			return err
		}
		now := tx.now()
		t.UsedAt = &now
		return expectOne(tx.w.ExecContext(ctx, `UPDATE password_tokens SET used_at = $1
			WHERE tenant_id = $2 AND audience = $3 AND token_hash = $4 AND used_at IS NULL AND expires_at > $1`, now, tid, aud, hash))
	})
	if err != nil {
		return domain.PasswordToken{}, err
	}
	return t, nil
}

// VoidPasswordTokens removes every password link of the person, used or
// not: a new link replaces the earlier ones (only the newest works) and a
// new password ends them all.
func (s *Store) VoidPasswordTokens(ctx context.Context, aud domain.Audience, subjectID domain.ID) (err error) {
	defer domain.Wrap(&err, "store.VoidPasswordTokens(%s, %d)", aud, subjectID)
	tid, err := tenant(ctx)
	if err != nil {
		return err
	}
	_, err = s.w.ExecContext(ctx, `DELETE FROM password_tokens WHERE tenant_id = $1 AND audience = $2 AND subject_id = $3`, tid, aud, subjectID)
	return translate(err)
}
