package service

import (
	"context"
	"strconv"
	"strings"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/mail"
	"github.com/matchpoint/matchpoint/store"
)

// MatchDecision is a contact's approval or rejection of a proposed
// candidate (E6).
type MatchDecision struct {
	Approve bool
	Comment string
}

// HiringDecide approves or rejects a proposed candidate with a comment (E6).
// In one transaction: the match moves to the configured approve or reject
// phase (logged in its history), the comment lands on its Evaluation tab, an
// approval is recorded so the contact keeps seeing the match (E7), and the
// recruiter who owns the vacancy gets a match_decided mail. A rejection needs
// a comment. Only a match that still waits for the contact can be decided;
// of two concurrent decisions one wins and the other gets a conflict.
func (s *Service) HiringDecide(ctx context.Context, c domain.Contact, matchID domain.ID, d MatchDecision) (err error) {
	defer domain.Wrap(&err, "service.HiringDecide(%d, %d)", c.ID, matchID)
	d.Comment = strings.TrimSpace(d.Comment)
	var val domain.Validator
	val.Check(d.Approve || d.Comment != "", "comment", "hiring.error.comment_required")
	val.MaxLen(d.Comment, 5000, "comment")
	return s.store().InTx(ctx, func(tx *store.Store) error {
		set, err := hiringSettings(ctx, tx, c)
		if err != nil {
			return err
		}
		m, v, ph, err := visibleMatch(ctx, tx, c, matchID)
		if err != nil {
			return err
		}
		if !waiting(store.PortalMatch{Match: m, Vacancy: v, Phase: ph}, set) {
			return domain.Conflict(KeyHiringAlreadyDecided, nil)
		}
		if err := val.Err(); err != nil {
			return err
		}
		to, verdict, action := set.RejectPhaseID, domain.VerdictReject, "match_reject"
		if d.Approve {
			to, verdict, action = set.ApprovePhaseID, domain.VerdictApprove, "match_approve"
		}
		if to == 0 {
			return &domain.Error{Kind: domain.KindInvalid, Key: KeyHiringNoPhase, Op: "HiringDecide"}
		}
		who := contactActor(c)
		if err := tx.MoveMatch(ctx, m.ID, to, who); err != nil {
			if domain.KindOf(err) == domain.KindConflict {
				return domain.Conflict(KeyHiringAlreadyDecided, err)
			}
			return err
		}
		if err := tx.AddEvaluation(ctx, &domain.Evaluation{MatchID: m.ID, Verdict: verdict, Comment: d.Comment}, who); err != nil {
			return err
		}
		if d.Approve {
			if err := tx.ApproveMatch(ctx, m.ID, s.now()); err != nil {
				return err
			}
		}
		if err := tx.Audit(ctx, domain.AuditEntry{ActorKind: who.Kind, ActorID: who.ID, ActorName: who.Name,
			Action: action, ObjectKind: string(domain.SubjectMatch), ObjectID: m.ID}); err != nil {
			return err
		}
		event := domain.EventMatchRejected
		if d.Approve {
			event = domain.EventMatchApproved
		}
		if err := EnqueueWebhook(ctx, tx, event, MatchDecidedEvent{MatchID: m.ID, VacancyID: v.ID, CandidateID: m.CandidateID,
			ContactID: c.ID, PhaseID: to, Comment: d.Comment}); err != nil { // G1
			return err
		}
		return s.mailMatchDecided(ctx, tx, c, m, v, d)
	})
}

// mailMatchDecided tells the recruiter who owns the vacancy (E6).
func (s *Service) mailMatchDecided(ctx context.Context, tx *store.Store, c domain.Contact, m domain.Match, v domain.Vacancy, d MatchDecision) error {
	owner, err := tx.User(ctx, v.OwnerID)
	if err != nil {
		return err
	}
	if owner.Email == "" {
		return nil
	}
	t, err := tx.CurrentTenant(ctx)
	if err != nil {
		return err
	}
	_, err = mail.Enqueue(ctx, tx, mail.Message{To: owner.Email, Language: owner.Language, Key: "match_decided", CandidateID: m.CandidateID,
		Data: mail.MatchDecidedData{Name: owner.Name, Agency: t.Name, Contact: c.Name(), Company: v.CompanyName,
			Candidate: m.CandidateName, Vacancy: v.Title, Approved: d.Approve, Comment: d.Comment,
			Link: s.link(t, "/office/matches/"+strconv.FormatInt(int64(m.ID), 10))}})
	return err
}
