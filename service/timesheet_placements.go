package service

import (
	"context"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/store"
)

// CandidatePlacement is one of the candidate's placements with whether it
// may write timesheets on it today (D1) and, when not, why in plain words.
type CandidatePlacement struct {
	Placement domain.Placement
	Allowed   bool
	Reason    domain.Reason // a message key; "" when allowed
}

// CandidatePlacements lists the candidate's placements, latest start first,
// each with the verdict of D1 for today, so the Professional Portal can
// offer the ones it may write timesheets on and say why not for the others.
// A status that does not grant timesheets (B1) refuses every placement with
// the reason "timesheet.reason.status".
func (s *Service) CandidatePlacements(ctx context.Context, who store.Actor) (_ []CandidatePlacement, err error) {
	defer domain.Wrap(&err, "service.CandidatePlacements(%d)", who.ID)
	if who.Kind != domain.AudiencePortal || who.ID == 0 {
		return nil, domain.NotFound("placements")
	}
	st := s.store()
	list, _, err := st.Placements(ctx, store.PlacementFilter{CandidateID: who.ID, Limit: 200})
	if err != nil {
		return nil, err
	}
	ids := make([]domain.ID, len(list))
	for i, p := range list {
		ids[i] = p.ID
	}
	places, rates, err := st.PlacementsWithRates(ctx, ids)
	if err != nil {
		return nil, err
	}
	statusErr := error(nil)
	if len(list) > 0 {
		statusErr = s.candidateStatusGrants(ctx, st, who.ID)
	}
	today := s.Today()
	out := make([]CandidatePlacement, 0, len(list))
	for _, p := range list {
		cp := CandidatePlacement{Placement: places[p.ID]}
		switch {
		case domain.KindOf(statusErr) == domain.KindForbidden:
			cp.Reason = domain.Reason(domain.KeyOf(statusErr))
		case statusErr != nil:
			return nil, statusErr
		default:
			cp.Allowed, cp.Reason = domain.TimesheetsAllowed(cp.Placement, rates[p.ID], today)
		}
		out = append(out, cp)
	}
	return out, nil
}
