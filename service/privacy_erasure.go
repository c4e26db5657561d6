package service

import (
	"context"
	"fmt"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/store"
)

// ErasurePlan is what the erasure page shows before the recruiter confirms
// (F2): what goes, what stays, and until when the law keeps it.
type ErasurePlan struct {
	Candidate domain.Candidate
	// Removed.
	Experiences int
	Educations  int
	Skills      int
	Attachments int
	Notes       int
	Exports     int
	// Kept: the record as 'Anonymised', and under the fiscal hold the
	// placements and timesheets with their amounts; the consent ledger as proof.
	Placements    int
	Timesheets    int
	Consents      int
	FiscalYears   int
	FiscalUntil   domain.Date
	AlreadyErased bool
	// Mails: those not sent yet are cancelled, the sent ones lose their
	// subject and text (F2).
	UnsentMails, SentMails int
	// Self-billing (issue 17): the freelancer's invoicing details and
	// draft self-billed invoices go; issued self-billed invoices stay
	// unchanged under the fiscal hold.
	Freelancer       bool
	SelfBilledIssued int
	SelfBilledDrafts int
	// Hold is the candidate's hold, when Held: erasure is refused until an
	// admin lifts it (F2, art. 17(3)).
	Hold domain.PrivacyHold
	Held bool
}

// PlanErasure counts what erasing the candidate removes and keeps.
func (s *Service) PlanErasure(ctx context.Context, candidateID domain.ID) (p ErasurePlan, err error) {
	defer domain.Wrap(&err, "service.PlanErasure(%d)", candidateID)
	st := s.store()
	d, _, err := CollectExport(ctx, st, candidateID, s.now())
	if err != nil {
		return p, err
	}
	set, err := st.Settings(ctx)
	if err != nil {
		return p, err
	}
	exports, err := st.PrivacyExports(ctx, candidateID)
	if err != nil {
		return p, err
	}
	notes := 0
	for _, n := range d.Notes {
		if n.Body != "" {
			notes++
		}
	}
	p = ErasurePlan{Candidate: d.Candidate(), Experiences: len(d.Experience), Educations: len(d.Education), Skills: len(d.Skills),
		Attachments: len(d.Attachments), Notes: notes, Exports: len(exports), Placements: len(d.Placements), Timesheets: len(d.Timesheets),
		Consents: len(d.Consents), FiscalYears: set.FiscalRetentionYears, FiscalUntil: domain.FiscalRetentionUntil(s.now(), set),
		AlreadyErased: d.Candidate().AnonymisedAt != nil}
	if p.UnsentMails, p.SentMails, err = st.CandidateMailCounts(ctx, d.Candidate()); err != nil {
		return p, err
	}
	if p.Hold, p.Held, err = st.Held(ctx, candidateID); err != nil {
		return p, err
	}
	f, err := st.FreelancerBilling(ctx, candidateID)
	if err != nil {
		return p, err
	}
	p.Freelancer = f.Freelancer
	if p.SelfBilledIssued, p.SelfBilledDrafts, err = st.SelfBilledCounts(ctx, candidateID); err != nil {
		return p, err
	}
	return p, nil
}

// EraseCandidate anonymises the candidate in one transaction (F2), audits it,
// and closes the erasure request when one is given. A held candidate is not
// erased (domain.CheckErasable); its erasure request is answered with
// RefuseErasure instead. Once committed, the write-ahead log is
// checkpointed so that no earlier version of an erased value stays in it.
func (s *Service) EraseCandidate(ctx context.Context, candidateID, requestID domain.ID, actor store.Actor) (err error) {
	defer domain.Wrap(&err, "service.EraseCandidate(%d)", candidateID)
	plan, err := s.PlanErasure(ctx, candidateID)
	if err != nil {
		return err
	}
	var hold *domain.PrivacyHold
	if plan.Held {
		hold = &plan.Hold
	}
	if err := domain.CheckErasable(plan.Candidate, hold); err != nil {
		return err
	}
	err = s.store().InTx(ctx, func(tx *store.Store) error {
		if requestID != 0 {
			r, err := tx.PrivacyRequest(ctx, requestID)
			if err != nil || r.CandidateID != candidateID {
				return domain.NotFound("privacy request")
			}
		}
		if err := tx.AnonymiseCandidate(ctx, candidateID); err != nil {
			return err
		}
		if requestID != 0 {
			if err := tx.SetPrivacyRequestStatus(ctx, requestID, domain.PrivacyDone, 0, "erased", actor); err != nil {
				return err
			}
		}
		return auditCandidate(ctx, tx, actor, "erase", domain.SubjectCandidate, candidateID, fmt.Sprintf(
			"removed %d experiences, %d educations, %d skills, %d attachments, %d notes, %d exports; cancelled %d mails, scrubbed %d; kept %d placements, %d timesheets until %s, %d consents",
			plan.Experiences, plan.Educations, plan.Skills, plan.Attachments, plan.Notes, plan.Exports,
			plan.UnsentMails, plan.SentMails, plan.Placements, plan.Timesheets, plan.FiscalUntil, plan.Consents))
	})
	if err != nil {
		return err
	}
	return s.DB.Checkpoint(ctx)
}
