package service

import (
	"context"
	"strconv"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/store"
)

// SubmitTimesheet sends the candidate's timesheet of a week: its status
// becomes Sent (D2) with the time it was sent, the log gets a 'sent' entry,
// and when the client approves the placement's timesheets (D4) each contact
// of the placement gets the timesheet_sent mail; otherwise the timesheet
// waits in the agency's queue and no contact hears of it. All of it is one
// transaction, so a sent timesheet and its mails land together or not at all.
//
// Submitting is idempotent: a week has one timesheet (unique placement,
// year, week) and only the call that moves it from draft or rejected to sent
// logs and mails; a second call (double click, retry) returns the sent
// timesheet unchanged. An approved timesheet is locked.
func (s *Service) SubmitTimesheet(ctx context.Context, who store.Actor, placementID domain.ID, year, week int) (_ domain.Timesheet, err error) {
	defer domain.Wrap(&err, "service.SubmitTimesheet(%d, %d-W%02d)", placementID, year, week)
	if who.Kind != domain.AudiencePortal {
		return domain.Timesheet{}, domain.NotFound("placement")
	}
	var out domain.Timesheet
	err = s.store().InTx(ctx, func(tx *store.Store) error {
		w, err := s.timesheetWeek(ctx, tx, who, placementID, year, week)
		if err != nil {
			return err
		}
		t, err := tx.EnsureTimesheet(ctx, placementID, year, week)
		if err != nil {
			return err
		}
		now := s.now()
		moved, err := tx.TransitionTimesheet(ctx, t.ID, []domain.TimesheetStatus{domain.TimesheetDraft, domain.TimesheetRejected},
			domain.TimesheetSent, now)
		if err != nil {
			return err
		}
		if out, err = tx.Timesheet(ctx, t.ID); err != nil {
			return err
		}
		if !moved {
			if out.Status == domain.TimesheetSent {
				return nil // already sent: nothing more to do
			}
			return lockedError(out.Status)
		}
		e := domain.TimesheetEvent{TimesheetID: t.ID, ActorKind: who.Kind, ActorID: who.ID, ActorName: who.Name, Action: "sent", At: now}
		if err := tx.AddTimesheetEvent(ctx, &e); err != nil {
			return err
		}
		if err := tx.Audit(ctx, domain.AuditEntry{ActorKind: who.Kind, ActorID: who.ID, ActorName: who.Name, Action: "timesheet_sent",
			ObjectKind: string(domain.SubjectTimesheet), ObjectID: t.ID}); err != nil {
			return err
		}
		if err := EnqueueWebhook(ctx, tx, domain.EventTimesheetSent, timesheetEvent(out, "")); err != nil { // G1
			return err
		}
		if !w.ClientApproves {
			return nil
		}
		return s.mailContacts(ctx, tx, w.Placement, out)
	})
	return out, err
}

// mailContacts sends timesheet_sent to each contact of the placement (D4),
// in the contact's language, with a link into the Hiring Portal.
func (s *Service) mailContacts(ctx context.Context, tx *store.Store, p domain.Placement, t domain.Timesheet) error {
	contacts, err := tx.PlacementContacts(ctx, p.ID)
	if err != nil {
		return err
	}
	data, tenant, err := s.timesheetMailData(ctx, tx, p, t.Year, t.Week)
	if err != nil {
		return err
	}
	data.Link = s.link(tenant, "/hiring/timesheets/"+strconv.FormatInt(t.ID, 10))
	for _, c := range contacts {
		data.Name = c.Name()
		if err := mailTimesheet(ctx, tx, "timesheet_sent", c.Email, c.Language, p.CandidateID, data); err != nil {
			return err
		}
	}
	return nil
}
