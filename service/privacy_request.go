package service

import (
	"context"
	"time"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/mail"
	"github.com/matchpoint/matchpoint/store"
)

// EnterPrivacyRequest records a request that reached the agency by mail,
// phone or letter (C9, F2), entered by a recruiter, and audits it.
func (s *Service) EnterPrivacyRequest(ctx context.Context, r *domain.PrivacyRequest, actor store.Actor) (err error) {
	defer domain.Wrap(&err, "service.EnterPrivacyRequest")
	return s.store().InTx(ctx, func(tx *store.Store) error {
		if err := tx.CreatePrivacyRequest(ctx, r, actor); err != nil {
			return err
		}
		return auditCandidate(ctx, tx, actor, "privacy_request", domain.SubjectCandidate, r.CandidateID, string(r.Right))
	})
}

// ExtendPrivacyRequest extends a request once, by at most two months, with a
// reason (F2), and tells the candidate in the same transaction through the
// privacy_request_extended mail.
func (s *Service) ExtendPrivacyRequest(ctx context.Context, id domain.ID, newDue time.Time, reason string, actor store.Actor) (err error) {
	defer domain.Wrap(&err, "service.ExtendPrivacyRequest(%d)", id)
	return s.store().InTx(ctx, func(tx *store.Store) error {
		r, err := tx.ExtendPrivacyRequest(ctx, id, newDue, reason, actor)
		if err != nil {
			return err
		}
		c, err := tx.Candidate(ctx, r.CandidateID)
		if err != nil {
			return err
		}
		if err := auditCandidate(ctx, tx, actor, "privacy_extend", domain.SubjectCandidate, c.ID, r.DueAt.Format(time.DateOnly)); err != nil {
			return err
		}
		if !domain.CandidateMayMail(c, "privacy_request_extended") {
			return nil
		}
		agency, err := tx.CurrentTenant(ctx)
		if err != nil {
			return err
		}
		_, err = mail.Enqueue(ctx, tx, mail.Message{To: c.Email, Language: c.Language, Key: "privacy_request_extended", CandidateID: c.ID,
			Data: mail.PrivacyExtendedData{Name: c.Name(), Agency: agency.Name, Right: s.rightNoun(c.Language, r.Right),
				Date: r.ReceivedAt.Format(time.DateOnly), DueDate: r.DueAt.Format(time.DateOnly), Reason: reason}})
		return err
	})
}

// SetPrivacyRequestStatus moves a request on and logs it (F2).
func (s *Service) SetPrivacyRequestStatus(ctx context.Context, id domain.ID, status domain.PrivacyRequestStatus, ownerID domain.ID, comment string, actor store.Actor) error {
	return s.store().SetPrivacyRequestStatus(ctx, id, status, ownerID, comment, actor)
}

// MayMail reports whether the application may mail the candidate with the
// mail key (F2): callers of mail.Enqueue to a candidate ask first. A
// restricted or objecting candidate only gets mails about its own request.
func (s *Service) MayMail(ctx context.Context, st *store.Store, candidateID domain.ID, key string) (bool, error) {
	if st == nil {
		st = s.store()
	}
	c, err := st.Candidate(ctx, candidateID)
	if err != nil {
		return false, err
	}
	return domain.CandidateMayMail(c, key), nil
}

// rightNoun is the right's name in lang for mails ("inzage"), or its code
// when the service has no catalogs.
func (s *Service) rightNoun(lang string, r domain.PrivacyRight) string {
	if s.Bundle == nil {
		return string(r)
	}
	return s.Bundle.For(lang).T("privacy.right_noun." + string(r))
}
