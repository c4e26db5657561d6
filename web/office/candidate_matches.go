package office

import (
	"context"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/store"
)

// candidateMatches lists a candidate's matches for the section on the
// candidate page (template "candidate_matches").
func (a *App) candidateMatches(ctx context.Context, candidateID domain.ID) ([]domain.Match, error) {
	list, _, err := a.Store.Matches(ctx, store.MatchFilter{CandidateID: candidateID, Limit: 100})
	return list, err
}
