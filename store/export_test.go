package store

import (
	"context"

	"github.com/matchpoint/matchpoint/domain"
)

// CandidatesPlanned is Candidates with the PostgreSQL search's probe window
// and plan ("auto", "walk" or "index") set by the test, so that every path
// can be compared with the others; SQLite ignores both.
func (s *Store) CandidatesPlanned(ctx context.Context, f CandidateFilter, window int, plan string) ([]domain.Candidate, bool, error) {
	return s.candidates(ctx, f, window, map[string]searchPlan{"auto": planAuto, "walk": planWalk, "index": planIndex}[plan])
}
