package store

import (
	"context"

	"github.com/matchpoint/matchpoint/domain"
)

// TOTP returns a person's second factor, confirmed or not.
func (s *Store) TOTP(ctx context.Context, aud domain.Audience, id domain.ID) (_ domain.TOTP, err error) {
	defer domain.Wrap(&err, "store.TOTP(%s, %d)", aud, id)
	tid, err := tenant(ctx)
	if err != nil {
		return domain.TOTP{}, err
	}
	t := domain.TOTP{Audience: aud, SubjectID: id}
	err = s.r.QueryRowContext(ctx, `SELECT secret, confirmed_at, last_step FROM totp_secrets
		WHERE tenant_id = $1 AND audience = $2 AND subject_id = $3`, tid, aud, id).Scan(&t.Secret, &t.ConfirmedAt, &t.LastStep)
	return t, translate(err)
}

// StartTOTP stores a new, unconfirmed secret, replacing an unconfirmed one.
// A confirmed second factor is never replaced this way.
func (s *Store) StartTOTP(ctx context.Context, aud domain.Audience, id domain.ID, secret string) (err error) {
	defer domain.Wrap(&err, "store.StartTOTP(%s, %d)", aud, id)
	tid, err := tenant(ctx)
	if err != nil {
		return err
	}
	return s.InTx(ctx, func(tx *Store) error {
		if _, err := tx.w.ExecContext(ctx, `DELETE FROM totp_secrets WHERE tenant_id = $1 AND audience = $2 AND subject_id = $3
			AND confirmed_at IS NULL`, tid, aud, id); err != nil {
			return translate(err)
		}
		_, err := tx.w.ExecContext(ctx, `INSERT INTO totp_secrets (tenant_id, audience, subject_id, secret) VALUES ($1, $2, $3, $4)`,
			tid, aud, id, secret)
		return translate(err)
	})
}

// ConfirmTOTP turns an unconfirmed second factor on, records the step of the
// code that confirmed it, and replaces the recovery codes, in one transaction.
func (s *Store) ConfirmTOTP(ctx context.Context, aud domain.Audience, id domain.ID, step int64, codeHashes []string) (err error) {
	defer domain.Wrap(&err, "store.ConfirmTOTP(%s, %d)", aud, id)
	tid, err := tenant(ctx)
	if err != nil {
		return err
	}
	return s.InTx(ctx, func(tx *Store) error {
		if err := expectOne(tx.w.ExecContext(ctx, `UPDATE totp_secrets SET confirmed_at = $1, last_step = $2
			WHERE tenant_id = $3 AND audience = $4 AND subject_id = $5 AND confirmed_at IS NULL`, tx.now(), step, tid, aud, id)); err != nil {
			return err
		}
		if _, err := tx.w.ExecContext(ctx, `DELETE FROM recovery_codes WHERE tenant_id = $1 AND audience = $2 AND subject_id = $3`,
			tid, aud, id); err != nil {
			return translate(err)
		}
		for _, h := range codeHashes {
			if _, err := tx.w.ExecContext(ctx, `INSERT INTO recovery_codes (tenant_id, audience, subject_id, code_hash) VALUES ($1, $2, $3, $4)`,
				tid, aud, id, h); err != nil {
				return translate(err)
			}
		}
		return nil
	})
}

// UseTOTPStep records that the code of step was accepted. It fails with
// domain.ErrNotFound when that step or a later one was used already, so a
// code cannot be replayed.
func (s *Store) UseTOTPStep(ctx context.Context, aud domain.Audience, id domain.ID, step int64) (err error) {
	defer domain.Wrap(&err, "store.UseTOTPStep(%s, %d)", aud, id)
	tid, err := tenant(ctx)
	if err != nil {
		return err
	}
	return expectOne(s.w.ExecContext(ctx, `UPDATE totp_secrets SET last_step = $1
		WHERE tenant_id = $2 AND audience = $3 AND subject_id = $4 AND confirmed_at IS NOT NULL AND last_step < $1`, step, tid, aud, id))
}

// DeleteTOTP turns the second factor off and drops the recovery codes.
func (s *Store) DeleteTOTP(ctx context.Context, aud domain.Audience, id domain.ID) (err error) {
	defer domain.Wrap(&err, "store.DeleteTOTP(%s, %d)", aud, id)
	tid, err := tenant(ctx)
	if err != nil {
		return err
	}
	return s.InTx(ctx, func(tx *Store) error {
		for _, table := range []string{"totp_secrets", "recovery_codes"} {
			if _, err := tx.w.ExecContext(ctx, `DELETE FROM `+table+` WHERE tenant_id = $1 AND audience = $2 AND subject_id = $3`,
				tid, aud, id); err != nil {
				return translate(err)
			}
		}
		return nil
	})
}

// UseRecoveryCode spends one unused recovery code; domain.ErrNotFound when
// there is none with this hash.
func (s *Store) UseRecoveryCode(ctx context.Context, aud domain.Audience, id domain.ID, codeHash string) (err error) {
	defer domain.Wrap(&err, "store.UseRecoveryCode(%s, %d)", aud, id)
	tid, err := tenant(ctx)
	if err != nil {
		return err
	}
	return expectOne(s.w.ExecContext(ctx, `UPDATE recovery_codes SET used_at = $1
		WHERE tenant_id = $2 AND audience = $3 AND subject_id = $4 AND code_hash = $5 AND used_at IS NULL`, s.now(), tid, aud, id, codeHash))
}

// RecoveryCodesLeft counts a person's unused recovery codes.
func (s *Store) RecoveryCodesLeft(ctx context.Context, aud domain.Audience, id domain.ID) (_ int, err error) {
	defer domain.Wrap(&err, "store.RecoveryCodesLeft(%s, %d)", aud, id)
	tid, err := tenant(ctx)
	if err != nil {
		return 0, err
	}
	var n int
	err = s.r.QueryRowContext(ctx, `SELECT COUNT(*) FROM recovery_codes WHERE tenant_id = $1 AND audience = $2 AND subject_id = $3
		AND used_at IS NULL`, tid, aud, id).Scan(&n)
	return n, translate(err)
}
