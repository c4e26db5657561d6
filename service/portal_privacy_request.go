package service

import (
	"context"
	"time"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/mail"
	"github.com/matchpoint/matchpoint/store"
)

// PortalPrivacyRequest stores a data-subject request the candidate makes in
// the portal (C9, F2) and, in the same transaction, puts two mails in the
// outbox: privacy_request_confirmation to the candidate and
// privacy_request_notice to its owner.
func (s *Service) PortalPrivacyRequest(ctx context.Context, who store.Actor, right domain.PrivacyRight, message string) (_ domain.PrivacyRequest, err error) {
	defer domain.Wrap(&err, "service.PortalPrivacyRequest(%d)", who.ID)
	r := domain.PrivacyRequest{CandidateID: who.ID, Right: right, Message: message, ReceivedAt: s.now(),
		Origin: domain.PrivacyOriginPortal}
	err = s.inTx(ctx, func(tx *store.Store) error {
		if err := tx.CreatePrivacyRequest(ctx, &r, who); err != nil {
			return err
		}
		if err := auditPortal(ctx, tx, who, "privacy_request", string(r.Right)); err != nil {
			return err
		}
		c, err := tx.Candidate(ctx, who.ID)
		if err != nil {
			return err
		}
		owner, err := tx.User(ctx, r.OwnerID)
		if err != nil {
			return err
		}
		agency, err := tx.CurrentTenant(ctx)
		if err != nil {
			return err
		}
		data := func(name, lang, link string) mail.PrivacyData {
			return mail.PrivacyData{Name: name, Agency: agency.Name, Candidate: c.Name(), Right: s.rightNoun(lang, r.Right),
				Date: r.ReceivedAt.Format(time.DateOnly), DueDate: r.DueAt.Format(time.DateOnly), Link: link}
		}
		if domain.CandidateMayMail(c, "privacy_request_confirmation") {
			if _, err := mail.Enqueue(ctx, tx, mail.Message{To: c.Email, Language: c.Language, Key: "privacy_request_confirmation", CandidateID: c.ID,
				Data: data(c.Name(), c.Language, s.link(agency, "/portal/privacy"))}); err != nil {
				return err
			}
		}
		_, err = mail.Enqueue(ctx, tx, mail.Message{To: owner.Email, Language: owner.Language, Key: "privacy_request_notice", CandidateID: c.ID,
			Data: data(owner.Name, owner.Language, s.link(agency, "/office/privacy/"+idText(r.ID)))})
		return err
	})
	return r, err
}

// PortalPrivacyRequests lists the candidate's own requests.
func (s *Service) PortalPrivacyRequests(ctx context.Context, who store.Actor) (_ []domain.PrivacyRequest, err error) {
	defer domain.Wrap(&err, "service.PortalPrivacyRequests(%d)", who.ID)
	out, _, err := s.DB.Store().PrivacyRequests(ctx, store.PrivacyRequestFilter{CandidateID: who.ID, Limit: 100})
	return out, err
}
