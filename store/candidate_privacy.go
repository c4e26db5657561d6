package store

import (
	"context"

	"github.com/matchpoint/matchpoint/domain"
)

// SetCandidateRestricted sets or lifts the restriction of processing (F2).
func (s *Store) SetCandidateRestricted(ctx context.Context, id domain.ID, on bool) (err error) {
	defer domain.Wrap(&err, "store.SetCandidateRestricted(%d)", id)
	return s.setCandidateFlag(ctx, "restricted", id, on)
}

// SetCandidateObjected records or lifts the candidate's objection (F2).
func (s *Store) SetCandidateObjected(ctx context.Context, id domain.ID, on bool) (err error) {
	defer domain.Wrap(&err, "store.SetCandidateObjected(%d)", id)
	return s.setCandidateFlag(ctx, "objected", id, on)
}

// setCandidateFlag writes one of the two flag columns; column is a constant
// of this file, never input.
func (s *Store) setCandidateFlag(ctx context.Context, column string, id domain.ID, on bool) error {
	tid, err := tenant(ctx)
	if err != nil {
		return err
	}
	return expectOne(s.w.ExecContext(ctx, `UPDATE candidates SET `+column+` = $1, updated_at = $2
		WHERE tenant_id = $3 AND id = $4 AND anonymised_at IS NULL`, on, s.now(), tid, id))
}

// AnonymisedName is what an erased candidate is called in every list.
const AnonymisedName = "Anonymised"

// AnonymiseCandidate erases a candidate's personal data (F2, F3) in the
// caller's transaction: name, contact data, free text, experience, education,
// skills, the bodies of notes and evaluations about it, its attachments, its
// exports, its sessions, the messages of its requests, and its mails (the
// unsent cancelled, the sent scrubbed, scrubCandidateMail), and the free text
// of its requests' histories, its freelancer details and draft self-billed
// invoices. What the law keeps stays: the record itself (so lists and counts
// stay consistent), placements, rates, timesheets with their lines, issued
// invoices (self-billed ones too) with their documents, the consent ledger
// and the audit log.
// A held candidate is not erased (a conflict, domain.KeyCandidateHeld), and
// its hold stays: only an admin lifts it.
func (s *Store) AnonymiseCandidate(ctx context.Context, id domain.ID) (err error) {
	defer domain.Wrap(&err, "store.AnonymiseCandidate(%d)", id)
	tid, err := tenant(ctx)
	if err != nil {
		return err
	}
	return s.InTx(ctx, func(tx *Store) error {
		c, err := tx.Candidate(ctx, id)
		if err != nil {
			return err
		}
		hold, held, err := tx.Held(ctx, id)
		if err != nil {
			return err
		}
		if err := domain.CheckErasable(c, holdPtr(hold, held)); err != nil {
			return err
		}
		set, values := candidateErasure(tx.now(), 1)
		n := len(values)
		if err := expectOne(tx.w.ExecContext(ctx, `UPDATE candidates SET `+set+` WHERE tenant_id = $`+itoa(n+1)+
			` AND id = $`+itoa(n+2)+` AND anonymised_at IS NULL`, append(values, tid, id)...)); err != nil {
			return err
		}
		matchSubjects := `SELECT id FROM matches WHERE tenant_id = $1 AND candidate_id = $2`
		attachmentsOf := `SELECT id FROM attachments WHERE tenant_id = $1 AND ((subject_kind = 'candidate' AND subject_id = $2)
			OR (subject_kind = 'match' AND subject_id IN (` + matchSubjects + `)))`
		for _, q := range []string{
			`DELETE FROM experiences WHERE tenant_id = $1 AND candidate_id = $2`,
			`DELETE FROM educations WHERE tenant_id = $1 AND candidate_id = $2`,
			`DELETE FROM skills WHERE tenant_id = $1 AND candidate_id = $2`,
			`DELETE FROM attachment_contents WHERE tenant_id = $1 AND attachment_id IN (` + attachmentsOf + `)`,
			`DELETE FROM attachments WHERE tenant_id = $1 AND id IN (` + attachmentsOf + `)`,
			`UPDATE notes SET subject = '', body = '' WHERE tenant_id = $1 AND ((subject_kind = 'candidate' AND subject_id = $2)
				OR (subject_kind = 'match' AND subject_id IN (` + matchSubjects + `)))`,
			`UPDATE match_evaluations SET comment = '' WHERE tenant_id = $1 AND match_id IN (` + matchSubjects + `)`,
			`UPDATE privacy_requests SET message = '', extension_reason = '' WHERE tenant_id = $1 AND candidate_id = $2`,
			// The requests' histories keep who did what when, as proof of
			// handling; their free text goes.
			`UPDATE privacy_request_events SET detail = '' WHERE tenant_id = $1 AND request_id IN
				(SELECT id FROM privacy_requests WHERE tenant_id = $1 AND candidate_id = $2)`,
			`DELETE FROM privacy_exports WHERE tenant_id = $1 AND candidate_id = $2`,
			// Self-billing (issue 17): the freelancer's details (trading
			// name, address, VAT number, IBAN, agreement) go, and so do
			// self-billed invoices still in draft, which no one issued.
			// Confirmed ones are the freelancer's issued invoices: kept
			// unchanged, with their documents, for the fiscal retention.
			`DELETE FROM freelancer_billing WHERE tenant_id = $1 AND candidate_id = $2`,
			`DELETE FROM invoice_line_days WHERE tenant_id = $1 AND invoice_line_id IN (SELECT l.id FROM invoice_lines l
				JOIN invoices i ON i.tenant_id = l.tenant_id AND i.id = l.invoice_id
				WHERE i.tenant_id = $1 AND i.candidate_id = $2 AND i.kind = 'self_billing' AND i.status = 'draft')`,
			`DELETE FROM invoice_lines WHERE tenant_id = $1 AND invoice_id IN (SELECT id FROM invoices
				WHERE tenant_id = $1 AND candidate_id = $2 AND kind = 'self_billing' AND status = 'draft')`,
			`DELETE FROM invoices WHERE tenant_id = $1 AND candidate_id = $2 AND kind = 'self_billing' AND status = 'draft'`,
			`DELETE FROM sessions WHERE tenant_id = $1 AND audience = 'portal' AND subject_id = $2`,
		} {
			if _, err := tx.w.ExecContext(ctx, q, tid, id); err != nil {
				return translate(err)
			}
		}
		return tx.scrubCandidateMail(ctx, tid, c)
	})
}

func holdPtr(h domain.PrivacyHold, held bool) *domain.PrivacyHold {
	if !held {
		return nil
	}
	return &h
}

// checkCandidateChangeable refuses changes to a restricted or anonymised
// candidate's data (F2): only lifting the restriction is allowed.
func (s *Store) checkCandidateChangeable(ctx context.Context, id domain.ID) error {
	c, err := s.Candidate(ctx, id)
	if err != nil {
		return err
	}
	return domain.CandidateMayBeChanged(c)
}
