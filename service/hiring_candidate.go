package service

import (
	"context"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/store"
)

// HiringCandidates lists the matches the contact sees (E5, E7): proposed
// candidates waiting for its decision and those it approved, whatever their
// phase now, latest change first, page by page (page 0 is the first).
func (s *Service) HiringCandidates(ctx context.Context, c domain.Contact, page int) (_ []store.PortalMatch, more bool, err error) {
	defer domain.Wrap(&err, "service.HiringCandidates(%d)", c.ID)
	st := s.store()
	set, err := hiringSettings(ctx, st, c)
	if err != nil {
		return nil, false, err
	}
	const size = 50
	list, more, err := st.PortalMatches(ctx, store.PortalMatchFilter{ContactID: c.ID, CompanyID: c.CompanyID, SourceID: set.PortalSourceID,
		Limit: size, Offset: max(page, 0) * size})
	if err != nil {
		return nil, false, err
	}
	return keepVisible(c, set, list), more, nil
}

// HiringCandidateView is a proposed candidate as the contact sees it: the
// match, its vacancy, whether it still waits for a decision, the portal-safe
// profile, the match's phase history so the contact can follow it (E7) and
// its evaluations.
type HiringCandidateView struct {
	Match       domain.Match
	Vacancy     domain.Vacancy
	Phase       domain.Phase
	Waiting     bool
	Candidate   PortalCandidate
	History     []domain.PhaseChange
	Evaluations []domain.Evaluation
}

// HiringCandidate returns a match the contact sees; any other is not found.
func (s *Service) HiringCandidate(ctx context.Context, c domain.Contact, matchID domain.ID) (_ HiringCandidateView, err error) {
	defer domain.Wrap(&err, "service.HiringCandidate(%d, %d)", c.ID, matchID)
	st := s.store()
	set, err := hiringSettings(ctx, st, c)
	if err != nil {
		return HiringCandidateView{}, err
	}
	m, v, ph, err := visibleMatch(ctx, st, c, matchID)
	if err != nil {
		return HiringCandidateView{}, err
	}
	view := HiringCandidateView{Match: m, Vacancy: v, Phase: ph,
		Waiting: waiting(store.PortalMatch{Match: m, Vacancy: v, Phase: ph}, set)}
	if view.Candidate, err = portalCandidate(ctx, st, set, m.CandidateID); err != nil {
		return HiringCandidateView{}, err
	}
	if err := auditContactView(ctx, st, c, m.CandidateID, "proposed candidate, vacancy "+v.Title); err != nil { // F4
		return HiringCandidateView{}, err
	}
	if view.History, err = st.PhaseChanges(ctx, m.ID); err != nil {
		return HiringCandidateView{}, err
	}
	evals, err := st.Evaluations(ctx, m.ID)
	if err != nil {
		return HiringCandidateView{}, err
	}
	// The contact sees its own company's word on the match, not the
	// recruiters' internal comments.
	for _, e := range evals {
		if e.ActorKind == domain.AudienceHiring {
			view.Evaluations = append(view.Evaluations, e)
		}
	}
	return view, nil
}
