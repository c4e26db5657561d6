package service

import (
	"context"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/store"
)

// TimesheetDetail is one timesheet as its reviewers see it: the grid with
// totals, the comments and approval log, the attachments (A5, D5; a
// candidate or contact gets those of them it sees, D3, D4).
type TimesheetDetail struct {
	TimesheetWeek
	Events      []domain.TimesheetEvent
	Attachments []domain.Attachment
	// CanDecide: who asked may approve or reject it now.
	CanDecide bool
}

// Decided returns the approval or rejection that decided the timesheet, if
// any: the last such entry of its log.
func (d TimesheetDetail) Decided() (domain.TimesheetEvent, bool) {
	for i := len(d.Events) - 1; i >= 0; i-- {
		if a := d.Events[i].Action; a == string(domain.TimesheetApproved) || a == string(domain.TimesheetRejected) {
			return d.Events[i], true
		}
	}
	return domain.TimesheetEvent{}, false
}

// TimesheetDetail returns a timesheet for who: a recruiter sees every
// timesheet of the agency, a contact only those D4 shows it, a candidate
// those of its own placements; anything else is not found (B5).
func (s *Service) TimesheetDetail(ctx context.Context, who store.Actor, id domain.ID) (_ TimesheetDetail, err error) {
	defer domain.Wrap(&err, "service.TimesheetDetail(%d)", id)
	st := s.store()
	t, p, rates, err := s.timesheetFor(ctx, st, who, id)
	if err != nil {
		return TimesheetDetail{}, err
	}
	lines, err := st.TimesheetLines(ctx, t.ID)
	if err != nil {
		return TimesheetDetail{}, err
	}
	d := TimesheetDetail{TimesheetWeek: buildWeek(p, rates, t.Year, t.Week, lines)}
	d.Timesheet = t
	d.ClientApproves = domain.ClientApprovalRequired(p, rates, s.Today())
	if d.Events, err = st.TimesheetEvents(ctx, t.ID); err != nil {
		return TimesheetDetail{}, err
	}
	if d.Attachments, err = st.Attachments(ctx, domain.SubjectTimesheet, t.ID); err != nil {
		return TimesheetDetail{}, err
	}
	if d.Attachments, err = visibleTimesheetFiles(ctx, st, who.Kind, d.Attachments); err != nil {
		return TimesheetDetail{}, err
	}
	if t.Status == domain.TimesheetSent {
		err := s.mayDecide(ctx, st, who, p, rates)
		switch domain.KindOf(err) {
		case domain.KindForbidden, domain.KindNotFound:
		default:
			if err != nil {
				return TimesheetDetail{}, err
			}
			d.CanDecide = true
		}
	}
	return d, nil
}
