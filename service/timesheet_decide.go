package service

import (
	"context"
	"fmt"
	"strings"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/store"
)

// Decision is an approval or a rejection of a sent timesheet (D5).
type Decision struct {
	Approve bool
	Comment string
}

// KeyAlreadyDecided is the conflict the loser of two concurrent decisions
// gets; KeyAlreadyDecidedByYou the one a second click of the same person gets.
const (
	KeyAlreadyDecided      = "timesheet.error.already_decided"
	KeyAlreadyDecidedByYou = "timesheet.error.already_decided_by_you"
)

// DecideTimesheet approves or rejects a sent timesheet with a comment (D5).
//
// Who may decide:
//   - a contact, only on a timesheet it sees in the Hiring Portal
//     (domain.ContactSeesTimesheet, D4); any other gets not found;
//   - a recruiter on the agency's behalf, only when the client's approval is
//     not required (domain.ClientApprovalRequired is false): then the
//     timesheet waits in the agency's queue and nobody else can decide it;
//   - an admin always, so that the agency can settle a week whose contacts
//     have left or do not answer. The log names the admin, so the client can
//     see it was not its own approval.
//
// A rejection needs a comment, so the candidate knows what to correct.
// Exactly one of two concurrent decisions wins: the status moves with a
// conditional UPDATE … WHERE status = 'sent', and the other gets a conflict
// with KeyAlreadyDecided. The log entry and the mail to the candidate
// (timesheet_approved or timesheet_rejected) are written in the same
// transaction. A rejected timesheet goes back to the candidate, who can
// correct and send it again; an approved one is locked (D6).
func (s *Service) DecideTimesheet(ctx context.Context, who store.Actor, id domain.ID, d Decision) (_ domain.Timesheet, err error) {
	defer domain.Wrap(&err, "service.DecideTimesheet(%d)", id)
	d.Comment = strings.TrimSpace(d.Comment)
	var v domain.Validator
	v.Check(d.Approve || d.Comment != "", "comment", "timesheet.error.comment_required")
	v.MaxLen(d.Comment, 4000, "comment")
	var out domain.Timesheet
	err = s.store().InTx(ctx, func(tx *store.Store) error {
		t, p, rates, err := s.timesheetFor(ctx, tx, who, id)
		if err != nil {
			return err
		}
		if err := s.mayDecide(ctx, tx, who, p, rates); err != nil {
			return err
		}
		if err := v.Err(); err != nil {
			return err
		}
		to, action := domain.TimesheetRejected, "timesheet_rejected"
		if d.Approve {
			to, action = domain.TimesheetApproved, "timesheet_approved"
		}
		now := s.now()
		moved, err := tx.TransitionTimesheet(ctx, t.ID, []domain.TimesheetStatus{domain.TimesheetSent}, to, now)
		if err != nil {
			return err
		}
		if !moved {
			return decidedError(ctx, tx, who, t.ID)
		}
		e := domain.TimesheetEvent{TimesheetID: t.ID, ActorKind: who.Kind, ActorID: who.ID, ActorName: who.Name,
			Action: string(to), Comment: d.Comment, At: now}
		if err := tx.AddTimesheetEvent(ctx, &e); err != nil {
			return err
		}
		if err := tx.Audit(ctx, domain.AuditEntry{ActorKind: who.Kind, ActorID: who.ID, ActorName: who.Name,
			Action: action, ObjectKind: string(domain.SubjectTimesheet), ObjectID: t.ID}); err != nil {
			return err
		}
		if out, err = tx.Timesheet(ctx, t.ID); err != nil {
			return err
		}
		event := domain.EventTimesheetRejected
		if d.Approve {
			event = domain.EventTimesheetApproved
		}
		if err := EnqueueWebhook(ctx, tx, event, timesheetEvent(out, d.Comment)); err != nil { // G1
			return err
		}
		return s.mailCandidate(ctx, tx, p, out, "timesheet_"+string(to), d.Comment)
	})
	return out, err
}

// decidedError tells the loser of a race, or a late click, why nothing
// changed: a second click of the one who decided is told it was its own.
func decidedError(ctx context.Context, tx *store.Store, who store.Actor, id domain.ID) error {
	t, err := tx.Timesheet(ctx, id)
	if err != nil {
		return err
	}
	if t.Status == domain.TimesheetApproved || t.Status == domain.TimesheetRejected {
		events, err := tx.TimesheetEvents(ctx, id)
		if err != nil {
			return err
		}
		if e, ok := (TimesheetDetail{Events: events}).Decided(); ok && e.ActorKind == who.Kind && e.ActorID == who.ID {
			return domain.Conflict(KeyAlreadyDecidedByYou, nil)
		}
		return domain.Conflict(KeyAlreadyDecided, nil)
	}
	return domain.Conflict("timesheet.error.not_sent", nil)
}

// timesheetFor loads a timesheet with its placement and rates, checked
// against who asks: a recruiter sees every timesheet of the agency, a
// contact only what D4 shows it, a candidate only those of its placements.
// Anything else is not found (B5).
func (s *Service) timesheetFor(ctx context.Context, st *store.Store, who store.Actor, id domain.ID) (domain.Timesheet, domain.Placement, []domain.Rate, error) {
	t, err := st.Timesheet(ctx, id)
	if err != nil {
		return domain.Timesheet{}, domain.Placement{}, nil, err
	}
	p, err := st.Placement(ctx, t.PlacementID)
	if err != nil {
		return domain.Timesheet{}, domain.Placement{}, nil, err
	}
	rates, err := st.Rates(ctx, p.ID)
	if err != nil {
		return domain.Timesheet{}, domain.Placement{}, nil, err
	}
	switch who.Kind {
	case domain.AudienceOffice:
	case domain.AudienceHiring:
		if !domain.ContactSeesTimesheet(p, rates, t, who.ID, s.Today()) {
			return domain.Timesheet{}, domain.Placement{}, nil, domain.NotFound("timesheet")
		}
	case domain.AudiencePortal:
		if p.CandidateID != who.ID {
			return domain.Timesheet{}, domain.Placement{}, nil, domain.NotFound("timesheet")
		}
	default:
		return domain.Timesheet{}, domain.Placement{}, nil, domain.NotFound("timesheet")
	}
	return t, p, rates, nil
}

// mayDecide says whether who may approve or reject timesheets of p; the
// caller has checked that who sees the timesheet (see DecideTimesheet).
func (s *Service) mayDecide(ctx context.Context, st *store.Store, who store.Actor, p domain.Placement, rates []domain.Rate) error {
	switch who.Kind {
	case domain.AudienceHiring:
		return nil
	case domain.AudienceOffice:
		if !domain.ClientApprovalRequired(p, rates, s.Today()) {
			return nil
		}
		u, err := st.User(ctx, who.ID)
		if err != nil {
			return err
		}
		if u.Active && u.IsAdmin() {
			return nil
		}
		return &domain.Error{Kind: domain.KindForbidden, Key: "timesheet.error.client_approves"}
	}
	return domain.NotFound("timesheet")
}

// mailCandidate tells the candidate of a decision, in its language, with a
// link to the week in the Professional Portal.
func (s *Service) mailCandidate(ctx context.Context, tx *store.Store, p domain.Placement, t domain.Timesheet, key, comment string) error {
	c, err := tx.Candidate(ctx, p.CandidateID)
	if err != nil {
		return err
	}
	data, tenant, err := s.timesheetMailData(ctx, tx, p, t.Year, t.Week)
	if err != nil {
		return err
	}
	data.Name, data.Comment = c.Name(), comment
	data.Link = s.link(tenant, portalWeekPath(p.ID, t.Year, t.Week))
	return mailTimesheet(ctx, tx, key, c.Email, c.Language, p.CandidateID, data)
}

// portalWeekPath is where the candidate opens a week in the Professional Portal.
func portalWeekPath(placementID domain.ID, year, week int) string {
	return fmt.Sprintf("/portal/timesheets/%d/%d/%d", placementID, year, week)
}
