package store

import (
	"context"

	"github.com/matchpoint/matchpoint/domain"
)

// endHiringSessionsUnlessAllowed ends a contact's Hiring Portal sessions when
// its groups no longer grant access (B2), so taking a contact out of the
// group shuts it out at once and not at its next request only.
func (s *Store) endHiringSessionsUnlessAllowed(ctx context.Context, tid, contactID domain.ID, groups []domain.ID) error {
	set, err := s.Settings(ctx)
	if err != nil {
		return err
	}
	if domain.ContactHiringAccess(groups, set) {
		return nil
	}
	_, err = s.w.ExecContext(ctx, `DELETE FROM sessions WHERE tenant_id = $1 AND audience = $2 AND subject_id = $3`,
		tid, domain.AudienceHiring, contactID)
	return translate(err)
}
