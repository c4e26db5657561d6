package service

import (
	"context"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/store"
)

// PortalGiveConsent records in the ledger that the candidate consents to the
// current text, valid for the agency's retention period (C6).
func (s *Service) PortalGiveConsent(ctx context.Context, who store.Actor) (err error) {
	defer domain.Wrap(&err, "service.PortalGiveConsent(%d)", who.ID)
	return s.inTx(ctx, func(tx *store.Store) error {
		set, err := tx.Settings(ctx)
		if err != nil {
			return err
		}
		c := domain.PortalConsent(who.ID, s.now(), set)
		if err := tx.GiveConsent(ctx, &c); err != nil {
			return err
		}
		return auditPortal(ctx, tx, who, "consent_given", c.TextVersion)
	})
}

// PortalWithdrawConsent stamps the candidate's live consents as withdrawn (C6).
func (s *Service) PortalWithdrawConsent(ctx context.Context, who store.Actor) (err error) {
	defer domain.Wrap(&err, "service.PortalWithdrawConsent(%d)", who.ID)
	return s.inTx(ctx, func(tx *store.Store) error {
		if _, err := tx.WithdrawConsent(ctx, who.ID); err != nil {
			return err
		}
		return auditPortal(ctx, tx, who, "consent_withdrawn")
	})
}
