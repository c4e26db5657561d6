package service

import (
	"context"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/store"
)

// RejectedWeek is a week of the candidate that a contact sent back, with
// the rejection that says what to correct (issue 15).
type RejectedWeek struct {
	Timesheet domain.Timesheet
	Rejection domain.TimesheetEvent
}

// rejectedWeeksShown caps the weeks the timesheets page lists.
const rejectedWeeksShown = 20

// CandidateRejectedWeeks lists the candidate's own weeks that wait to be
// corrected (rejected, not yet sent again), latest week first, each with its
// last rejection. Other audiences get not found.
func (s *Service) CandidateRejectedWeeks(ctx context.Context, who store.Actor) (_ []RejectedWeek, err error) {
	defer domain.Wrap(&err, "service.CandidateRejectedWeeks(%d)", who.ID)
	if who.Kind != domain.AudiencePortal || who.ID == 0 {
		return nil, domain.NotFound("timesheets")
	}
	st := s.store()
	list, _, err := st.Timesheets(ctx, store.TimesheetFilter{CandidateID: who.ID, Status: domain.TimesheetRejected, Limit: rejectedWeeksShown})
	if err != nil {
		return nil, err
	}
	out := make([]RejectedWeek, 0, len(list))
	for _, t := range list {
		events, err := st.TimesheetEvents(ctx, t.ID)
		if err != nil {
			return nil, err
		}
		rw := RejectedWeek{Timesheet: t}
		for _, e := range events {
			if e.Action == string(domain.TimesheetRejected) {
				rw.Rejection = e
			}
		}
		out = append(out, rw)
	}
	return out, nil
}
