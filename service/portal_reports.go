package service

import (
	"context"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/store"
)

// ReportWeeks is how many weeks the 'hours per week' report shows.
const ReportWeeks = 26

// PortalHoursPerWeek is the 'hours per week' report of the candidate's own
// timesheets (C7): the last ReportWeeks weeks that have any.
func (s *Service) PortalHoursPerWeek(ctx context.Context, who store.Actor) (_ []domain.WeekHours, err error) {
	defer domain.Wrap(&err, "service.PortalHoursPerWeek(%d)", who.ID)
	ts, _, err := s.DB.Store().Timesheets(ctx, store.TimesheetFilter{CandidateID: who.ID, Limit: 200})
	if err != nil {
		return nil, err
	}
	return domain.HoursPerWeek(ts, ReportWeeks), nil
}
