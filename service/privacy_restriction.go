package service

import (
	"context"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/store"
)

// SetRestriction sets or lifts the candidate's restriction of processing
// (F2) and audits it. While set, the candidate is out of searches, pools and
// matching, gets no mail but about its request, and its data is frozen.
func (s *Service) SetRestriction(ctx context.Context, candidateID domain.ID, on bool, actor store.Actor) error {
	action := "restriction_lifted"
	if on {
		action = "restricted"
	}
	return s.store().InTx(ctx, func(tx *store.Store) error {
		if err := tx.SetCandidateRestricted(ctx, candidateID, on); err != nil {
			return err
		}
		return auditCandidate(ctx, tx, actor, action, domain.SubjectCandidate, candidateID, "")
	})
}

// SetObjection records or lifts the candidate's objection (F2) and audits
// it. While set, the candidate gets no mail but about its request and is not
// matched.
func (s *Service) SetObjection(ctx context.Context, candidateID domain.ID, on bool, actor store.Actor) error {
	action := "objection_lifted"
	if on {
		action = "objected"
	}
	return s.store().InTx(ctx, func(tx *store.Store) error {
		if err := tx.SetCandidateObjected(ctx, candidateID, on); err != nil {
			return err
		}
		return auditCandidate(ctx, tx, actor, action, domain.SubjectCandidate, candidateID, "")
	})
}
