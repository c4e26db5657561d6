package service

import (
	"context"
	"time"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/mail"
	"github.com/matchpoint/matchpoint/store"
)

// PlaceHold holds a candidate's data (F2, F3): neither the retention job
// nor an erasure removes it until an admin lifts the hold. A hold already in
// place is replaced. Audited.
func (s *Service) PlaceHold(ctx context.Context, h domain.PrivacyHold, actor store.Actor) (err error) {
	defer domain.Wrap(&err, "service.PlaceHold(%d)", h.CandidateID)
	h.HeldByID, h.HeldBy = actor.ID, actor.Name
	if err := h.Validate(); err != nil {
		return err
	}
	return s.store().InTx(ctx, func(tx *store.Store) error {
		c, err := tx.Candidate(ctx, h.CandidateID)
		if err != nil {
			return err
		}
		if c.AnonymisedAt != nil {
			return &domain.Error{Kind: domain.KindConflict, Key: domain.KeyCandidateAnonymised, Op: "hold"}
		}
		if err := tx.PlaceHold(ctx, &h); err != nil {
			return err
		}
		return auditCandidate(ctx, tx, actor, "hold_placed", domain.SubjectCandidate, h.CandidateID, string(h.Kind)+": "+h.Reason)
	})
}

// LiftHold lifts the hold on a candidate. Only an admin may (the route says
// so too; the rule is checked here, against the actor's account, so that no
// other caller can lift one). Audited with the hold that was lifted.
func (s *Service) LiftHold(ctx context.Context, candidateID domain.ID, actor store.Actor) (err error) {
	defer domain.Wrap(&err, "service.LiftHold(%d)", candidateID)
	return s.store().InTx(ctx, func(tx *store.Store) error {
		isAdmin := false
		if actor.Kind == domain.AudienceOffice {
			u, err := tx.User(ctx, actor.ID)
			if err != nil && domain.KindOf(err) != domain.KindNotFound {
				return err
			}
			isAdmin = err == nil && u.IsAdmin() && u.Active
		}
		if err := domain.CheckHoldLift(isAdmin); err != nil {
			return err
		}
		h, err := tx.PrivacyHold(ctx, candidateID)
		if err != nil {
			return err
		}
		if err := tx.LiftHold(ctx, candidateID); err != nil {
			return err
		}
		return auditCandidate(ctx, tx, actor, "hold_lifted", domain.SubjectCandidate, candidateID,
			string(h.Kind)+": "+h.Reason+" (held by "+h.HeldBy+" since "+h.HeldAt.Format(time.DateOnly)+")")
	})
}

// Hold returns the hold on a candidate and whether there is one.
func (s *Service) Hold(ctx context.Context, candidateID domain.ID) (domain.PrivacyHold, bool, error) {
	return s.store().Held(ctx, candidateID)
}

// RefuseErasure answers an erasure request of a held candidate (F2): the
// request is refused under the point of GDPR art. 17(3) that the hold's kind
// names, with the explanation the recruiter gives; the answer lands in the
// request's history and the audit log, and the candidate is mailed it.
func (s *Service) RefuseErasure(ctx context.Context, requestID domain.ID, explanation string, actor store.Actor) (err error) {
	defer domain.Wrap(&err, "service.RefuseErasure(%d)", requestID)
	var v domain.Validator
	v.Required(explanation, "explanation")
	v.MaxLen(explanation, domain.HoldReasonMaxChars, "explanation")
	if err := v.Err(); err != nil {
		return err
	}
	return s.store().InTx(ctx, func(tx *store.Store) error {
		r, err := tx.PrivacyRequest(ctx, requestID)
		if err != nil {
			return err
		}
		hold, held, err := tx.Held(ctx, r.CandidateID)
		if err != nil {
			return err
		}
		var hp *domain.PrivacyHold
		if held {
			hp = &hold
		}
		if err := domain.CheckErasureRefusal(r, hp); err != nil {
			return err
		}
		ground := "GDPR art. " + hold.Kind.ErasureGround()
		if err := tx.SetPrivacyRequestStatus(ctx, requestID, domain.PrivacyRefused, 0, ground+": "+explanation, actor); err != nil {
			return err
		}
		if err := auditCandidate(ctx, tx, actor, "erasure_refused", domain.SubjectCandidate, r.CandidateID, ground+" ("+string(hold.Kind)+")"); err != nil {
			return err
		}
		c, err := tx.Candidate(ctx, r.CandidateID)
		if err != nil {
			return err
		}
		if !domain.CandidateMayMail(c, "privacy_erasure_refused") {
			return nil
		}
		agency, err := tx.CurrentTenant(ctx)
		if err != nil {
			return err
		}
		_, err = mail.Enqueue(ctx, tx, mail.Message{To: c.Email, Language: c.Language, Key: "privacy_erasure_refused",
			CandidateID: c.ID, Data: mail.PrivacyRefusedData{Name: c.Name(), Agency: agency.Name,
				Date: r.ReceivedAt.Format(time.DateOnly), Ground: hold.Kind.ErasureGround(), Explanation: explanation,
				Link: s.link(agency, "/portal/privacy")}})
		return err
	})
}
