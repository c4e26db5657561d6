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

// ExpiringConsent is a live consent that ends soon, with its candidate's name.
type ExpiringConsent struct {
	domain.Consent
	CandidateName string
}

// ConsentsExpiring lists live (not withdrawn) consents that end on or before
// the date, of candidates that are not anonymised, soonest first (C6: the
// recruiter follows them up). Only each candidate's latest consent counts.
func (s *Store) ConsentsExpiring(ctx context.Context, until domain.Date, limit int) (_ []ExpiringConsent, err error) {
	defer domain.Wrap(&err, "store.ConsentsExpiring")
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
		WHERE k.tenant_id = $1 AND k.withdrawn_at IS NULL AND k.valid_until <= $2 AND c.anonymised_at IS NULL
		AND NOT EXISTS (SELECT 1 FROM consents n WHERE n.tenant_id = k.tenant_id AND n.candidate_id = k.candidate_id
			AND n.withdrawn_at IS NULL AND n.valid_until > k.valid_until)
		ORDER BY k.valid_until, k.id LIMIT $3`, tid, until, limit)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []ExpiringConsent
	for rows.Next() {
		var e ExpiringConsent
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
