package service

import (
	"context"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/store"
)

// PortalGiveConsent records in the ledger that the candidate consents to the
// current text, valid for the agency's retention period (C6). While that
// consent holds, giving it again adds nothing (domain.PortalConsentIsNew).
func (s *Service) PortalGiveConsent(ctx context.Context, who store.Actor) (err error) {
	defer domain.Wrap(&err, "service.PortalGiveConsent(%d)", who.ID)
	return s.inTx(ctx, func(tx *store.Store) error {
		set, err := tx.Settings(ctx)
		if err != nil {
			return err
		}
		c := domain.PortalConsent(who.ID, s.now(), set)
		added, err := giveConsent(ctx, tx, c, func(ledger []domain.Consent) bool {
			return domain.PortalConsentIsNew(ledger, domain.DateOf(s.now()))
		})
		if err != nil || !added {
			return err
		}
		return auditPortal(ctx, tx, who, "consent_given", c.TextVersion)
	})
}

// PortalWithdrawConsent stamps the candidate's live consents as withdrawn (C6).
func (s *Service) PortalWithdrawConsent(ctx context.Context, who store.Actor) (err error) {
	defer domain.Wrap(&err, "service.PortalWithdrawConsent(%d)", who.ID)
	return s.inTx(ctx, func(tx *store.Store) error {
		n, err := tx.WithdrawConsent(ctx, who.ID)
		if err != nil || n == 0 {
			return err
		}
		return auditPortal(ctx, tx, who, "consent_withdrawn")
	})
}

// giveConsent adds c to the ledger when isNew says the ledger lacks it, with
// the candidate's ledger locked meanwhile; it reports whether it added.
func giveConsent(ctx context.Context, tx *store.Store, c domain.Consent, isNew func([]domain.Consent) bool) (bool, error) {
	if err := tx.LockCandidateConsents(ctx, c.CandidateID); err != nil {
		return false, err
	}
	ledger, err := tx.Consents(ctx, c.CandidateID)
	if err != nil {
		return false, err
	}
	if !isNew(ledger) {
		return false, nil
	}
	return true, tx.GiveConsent(ctx, &c)
}
