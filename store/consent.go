package store

import (
	"context"

	"github.com/matchpoint/matchpoint/domain"
)

// The consent ledger (C6) is append-only: giving consent adds a row, withdrawing
// stamps the open rows. Rows hold no personal data besides the candidate's id,
// so they stay as proof when the candidate is anonymised.

const consentColumns = `id, tenant_id, candidate_id, text_version, given_at, valid_until, withdrawn_at`

func scanConsent(row interface{ Scan(...any) error }) (domain.Consent, error) {
	var c domain.Consent
	err := row.Scan(&c.ID, &c.TenantID, &c.CandidateID, &c.TextVersion, &c.GivenAt, &c.ValidUntil, &c.WithdrawnAt)
	return c, translate(err)
}

// GiveConsent records consent to the text version, valid until the date.
func (s *Store) GiveConsent(ctx context.Context, c *domain.Consent) (err error) {
	defer domain.Wrap(&err, "store.GiveConsent(%d)", c.CandidateID)
	tid, err := tenant(ctx)
	if err != nil {
		return err
	}
	var v domain.Validator
	v.Required(c.TextVersion, "text_version")
	v.MaxLen(c.TextVersion, 100, "text_version")
	v.Check(!c.ValidUntil.IsZero(), "valid_until", "validation.required")
	if err := v.Err(); err != nil {
		return err
	}
	c.TenantID = tid
	if c.GivenAt.IsZero() {
		c.GivenAt = s.now()
	}
	return translate(s.w.QueryRowContext(ctx, `INSERT INTO consents (tenant_id, candidate_id, text_version, given_at, valid_until)
		VALUES ($1, $2, $3, $4, $5) RETURNING id`, tid, c.CandidateID, c.TextVersion, c.GivenAt, c.ValidUntil).Scan(&c.ID))
}

// WithdrawConsent stamps every consent of the candidate that is not yet
// withdrawn; it reports how many it stamped.
func (s *Store) WithdrawConsent(ctx context.Context, candidateID domain.ID) (_ int64, err error) {
	defer domain.Wrap(&err, "store.WithdrawConsent(%d)", candidateID)
	tid, err := tenant(ctx)
	if err != nil {
		return 0, err
	}
	res, err := s.w.ExecContext(ctx, `UPDATE consents SET withdrawn_at = $1
		WHERE tenant_id = $2 AND candidate_id = $3 AND withdrawn_at IS NULL`, s.now(), tid, candidateID)
	if err != nil {
		return 0, translate(err)
	}
	return res.RowsAffected()
}

// Consents is a candidate's consent history, newest first.
func (s *Store) Consents(ctx context.Context, candidateID domain.ID) (_ []domain.Consent, err error) {
	defer domain.Wrap(&err, "store.Consents(%d)", candidateID)
	tid, err := tenant(ctx)
	if err != nil {
		return nil, err
	}
	return s.queryConsents(ctx, `SELECT `+consentColumns+` FROM consents WHERE tenant_id = $1 AND candidate_id = $2
		ORDER BY given_at DESC, id DESC`, tid, candidateID)
}

// FollowUpConsent is a consent the recruiter follows up (C6), with its
// candidate's name: one that ends soon or has ended, or one the candidate
// withdrew.
type FollowUpConsent struct {
	domain.Consent
	CandidateName string
}

// ConsentsToFollowUp lists, for candidates that are not anonymised, the
// latest consent of each when it was withdrawn or ends on or before until:
// withdrawals first, most recent first, then the soonest end (C6). A
// candidate that gave consent again after a withdrawal or an end drops off.
func (s *Store) ConsentsToFollowUp(ctx context.Context, until domain.Date, limit int) (_ []FollowUpConsent, err error) {
	defer domain.Wrap(&err, "store.ConsentsToFollowUp")
	tid, err := tenant(ctx)
	if err != nil {
		return nil, err
	}
	if limit <= 0 || limit > 500 {
		limit = 200
	}
	rows, err := s.r.QueryContext(ctx, `SELECT k.id, k.tenant_id, k.candidate_id, k.text_version, k.given_at, k.valid_until,
		k.withdrawn_at, c.first_name, c.last_name
		FROM consents k JOIN candidates c ON c.tenant_id = k.tenant_id AND c.id = k.candidate_id
		WHERE k.tenant_id = $1 AND c.anonymised_at IS NULL AND (k.withdrawn_at IS NOT NULL OR k.valid_until <= $2)
		AND NOT EXISTS (SELECT 1 FROM consents n WHERE n.tenant_id = k.tenant_id AND n.candidate_id = k.candidate_id
			AND (n.given_at > k.given_at OR (n.given_at = k.given_at AND n.id > k.id)))
		ORDER BY CASE WHEN k.withdrawn_at IS NULL THEN 1 ELSE 0 END, k.withdrawn_at DESC, k.valid_until, k.id LIMIT $3`, tid, until, limit)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []FollowUpConsent
	for rows.Next() {
		var e FollowUpConsent
		var first, last string
		if err := rows.Scan(&e.ID, &e.TenantID, &e.CandidateID, &e.TextVersion, &e.GivenAt, &e.ValidUntil, &e.WithdrawnAt,
			&first, &last); err != nil {
			return nil, err
		}
		e.CandidateName = domain.Candidate{FirstName: first, LastName: last}.Name()
		out = append(out, e)
	}
	return out, rows.Err()
}

// LockCandidateConsents serialises changes to a candidate's consent ledger
// inside the caller's transaction, so that two gives at once cannot both
// find no consent and both add one (C6). SQLite's single writer does this
// already; PostgreSQL locks the candidate's row.
func (s *Store) LockCandidateConsents(ctx context.Context, candidateID domain.ID) (err error) {
	defer domain.Wrap(&err, "store.LockCandidateConsents(%d)", candidateID)
	tid, err := tenant(ctx)
	if err != nil {
		return err
	}
	lock := ""
	if s.db.Dialect == Postgres {
		lock = " FOR UPDATE"
	}
	var id domain.ID
	return translate(s.w.QueryRowContext(ctx, `SELECT id FROM candidates WHERE tenant_id = $1 AND id = $2`+lock, tid, candidateID).Scan(&id))
}

func (s *Store) queryConsents(ctx context.Context, query string, args ...any) ([]domain.Consent, error) {
	rows, err := s.r.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []domain.Consent
	for rows.Next() {
		c, err := scanConsent(rows)
		if err != nil {
			return nil, err
		}
		out = append(out, c)
	}
	return out, rows.Err()
}
