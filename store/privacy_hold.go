package store

import (
	"context"

	"github.com/matchpoint/matchpoint/domain"
)

// Holds (F2, F3) live in the table retention_holds, named for the first
// kind of hold there was: one row per held candidate.

const holdColumns = `candidate_id, kind, reason, held_by_id, held_by, held_at`

func scanHold(row interface{ Scan(...any) error }) (domain.PrivacyHold, error) {
	var h domain.PrivacyHold
	err := row.Scan(&h.CandidateID, &h.Kind, &h.Reason, &h.HeldByID, &h.HeldBy, &h.HeldAt)
	return h, translate(err)
}

func derefID(id *domain.ID) domain.ID {
	if id == nil {
		return 0
	}
	return *id
}

// PrivacyHold returns the hold on a candidate; not found when there is none.
func (s *Store) PrivacyHold(ctx context.Context, candidateID domain.ID) (_ domain.PrivacyHold, err error) {
	defer domain.Wrap(&err, "store.PrivacyHold(%d)", candidateID)
	tid, err := tenant(ctx)
	if err != nil {
		return domain.PrivacyHold{}, err
	}
	return scanHold(s.r.QueryRowContext(ctx, `SELECT `+holdColumns+` FROM retention_holds
		WHERE tenant_id = $1 AND candidate_id = $2`, tid, candidateID))
}

// Held returns the hold on a candidate and whether there is one.
func (s *Store) Held(ctx context.Context, candidateID domain.ID) (domain.PrivacyHold, bool, error) {
	h, err := s.PrivacyHold(ctx, candidateID)
	switch {
	case domain.KindOf(err) == domain.KindNotFound:
		return domain.PrivacyHold{}, false, nil
	case err != nil:
		return domain.PrivacyHold{}, false, err
	}
	return h, true, nil
}

// PlaceHold holds a candidate, or replaces its hold (another kind or
// reason); HeldAt is set to now.
func (s *Store) PlaceHold(ctx context.Context, h *domain.PrivacyHold) (err error) {
	defer domain.Wrap(&err, "store.PlaceHold(%d)", h.CandidateID)
	tid, err := tenant(ctx)
	if err != nil {
		return err
	}
	h.HeldAt = s.now()
	return s.InTx(ctx, func(tx *Store) error {
		if _, err := tx.w.ExecContext(ctx, `DELETE FROM retention_holds WHERE tenant_id = $1 AND candidate_id = $2`, tid, h.CandidateID); err != nil {
			return translate(err)
		}
		_, err := tx.w.ExecContext(ctx, `INSERT INTO retention_holds (tenant_id, candidate_id, kind, reason, held_by_id, held_by, held_at)
			VALUES ($1, $2, $3, $4, $5, $6, $7)`, tid, h.CandidateID, h.Kind, h.Reason, h.HeldByID, h.HeldBy, h.HeldAt)
		return translate(err)
	})
}

// LiftHold removes the hold on a candidate; not found when there is none.
func (s *Store) LiftHold(ctx context.Context, candidateID domain.ID) (err error) {
	defer domain.Wrap(&err, "store.LiftHold(%d)", candidateID)
	tid, err := tenant(ctx)
	if err != nil {
		return err
	}
	return expectOne(s.w.ExecContext(ctx, `DELETE FROM retention_holds WHERE tenant_id = $1 AND candidate_id = $2`, tid, candidateID))
}
