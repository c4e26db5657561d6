package service

import (
	"context"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/store"
)

// ContactTimesheets lists the timesheets a contact sees in the Hiring
// Portal (D4), latest week first; status "" lists sent, approved and
// rejected ones, TimesheetSent those waiting for its decision. The store
// selects by the rule in SQL so the list pages in the database; each row is
// confirmed with domain.ContactSeesTimesheet, so the rule has one meaning.
func (s *Service) ContactTimesheets(ctx context.Context, who store.Actor, status domain.TimesheetStatus, limit, offset int) (_ []domain.Timesheet, more bool, err error) {
	defer domain.Wrap(&err, "service.ContactTimesheets(%d)", who.ID)
	if who.Kind != domain.AudienceHiring || who.ID == 0 {
		return nil, false, domain.NotFound("timesheets")
	}
	st := s.store()
	today := s.Today()
	list, more, err := st.ContactTimesheets(ctx, store.ContactTimesheetFilter{ContactID: who.ID, Today: today, Status: status,
		Limit: limit, Offset: offset})
	if err != nil {
		return nil, false, err
	}
	var ids []domain.ID
	for _, t := range list {
		ids = append(ids, t.PlacementID)
	}
	places, rates, err := st.PlacementsWithRates(ctx, ids)
	if err != nil {
		return nil, false, err
	}
	out := list[:0]
	for _, t := range list {
		if domain.ContactSeesTimesheet(places[t.PlacementID], rates[t.PlacementID], t, who.ID, today) {
			out = append(out, t)
		}
	}
	return out, more, nil
}
