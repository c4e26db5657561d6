package store

import (
	"context"

	"github.com/matchpoint/matchpoint/domain"
)

// SetCandidateOwner gives a candidate another owner (a bulk action, issue
// 15) without writing its other fields, so that an edit made meanwhile is
// kept. It reports false when the candidate had this owner already.
func (s *Store) SetCandidateOwner(ctx context.Context, id, ownerID domain.ID) (bool, error) {
	return s.setCandidateRef(ctx, "owner_id", id, ownerID)
}

// SetCandidateStatus gives a candidate another status, as SetCandidateOwner
// its owner.
func (s *Store) SetCandidateStatus(ctx context.Context, id, statusID domain.ID) (bool, error) {
	return s.setCandidateRef(ctx, "status_id", id, statusID)
}

// setCandidateRef sets column (owner_id or status_id, never from input).
func (s *Store) setCandidateRef(ctx context.Context, column string, id, value domain.ID) (changed bool, err error) {
	defer domain.Wrap(&err, "store.SetCandidate %s(%d)", column, id)
	tid, err := tenant(ctx)
	if err != nil {
		return false, err
	}
	err = s.InTx(ctx, func(tx *Store) error {
		if err := tx.checkCandidateChangeable(ctx, id); err != nil {
			return err
		}
		res, err := tx.w.ExecContext(ctx, `UPDATE candidates SET `+column+` = $1, updated_at = $2
			WHERE tenant_id = $3 AND id = $4 AND `+column+` <> $1`, value, tx.now(), tid, id)
		if err != nil {
			return translate(err)
		}
		n, err := res.RowsAffected()
		changed = n == 1
		return err
	})
	return changed, err
}
