package service

import (
	"context"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/store"
)

// GiveConsent records consent a candidate gave outside the portal, entered
// by a recruiter (C6), audited. The same consent given twice is recorded
// once (domain.ConsentIsNew); added says whether this one was.
func (s *Service) GiveConsent(ctx context.Context, c domain.Consent, actor store.Actor) (added bool, err error) {
	defer domain.Wrap(&err, "service.GiveConsent(%d)", c.CandidateID)
	err = s.store().InTx(ctx, func(tx *store.Store) error {
		cand, err := tx.Candidate(ctx, c.CandidateID)
		if err != nil {
			return err
		}
		if cand.AnonymisedAt != nil {
			return &domain.Error{Kind: domain.KindConflict, Key: domain.KeyCandidateAnonymised, Op: "consent"}
		}
		if added, err = giveConsent(ctx, tx, c, func(ledger []domain.Consent) bool {
			return domain.ConsentIsNew(ledger, c, domain.DateOf(s.now()))
		}); err != nil || !added {
			return err
		}
		return auditCandidate(ctx, tx, actor, "consent_given", domain.SubjectCandidate, c.CandidateID, c.TextVersion)
	})
	return added, err
}

// WithdrawConsent records that the candidate withdrew its consent (C6),
// audited when there was one to withdraw.
func (s *Service) WithdrawConsent(ctx context.Context, candidateID domain.ID, actor store.Actor) (err error) {
	defer domain.Wrap(&err, "service.WithdrawConsent(%d)", candidateID)
	return s.store().InTx(ctx, func(tx *store.Store) error {
		if _, err := tx.Candidate(ctx, candidateID); err != nil {
			return err
		}
		n, err := tx.WithdrawConsent(ctx, candidateID)
		if err != nil || n == 0 {
			return err
		}
		return auditCandidate(ctx, tx, actor, "consent_withdrawn", domain.SubjectCandidate, candidateID, "")
	})
}
