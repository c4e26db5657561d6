package service

import (
	"context"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/store"
)

// CandidateDuplicates returns the possible duplicates of a candidate of the
// tenant with their evidence, strongest first (issue 16 item 7).
func (s *Service) CandidateDuplicates(ctx context.Context, id domain.ID) (_ []domain.Duplicate, err error) {
	defer domain.Wrap(&err, "service.CandidateDuplicates(%d)", id)
	st := s.store()
	c, err := st.Candidate(ctx, id)
	if err != nil {
		return nil, err
	}
	if c.AnonymisedAt != nil {
		return nil, nil
	}
	return s.duplicatesOf(ctx, st, c)
}

// duplicatesOf keeps of the store's suspects those with evidence.
func (s *Service) duplicatesOf(ctx context.Context, st *store.Store, c domain.Candidate) ([]domain.Duplicate, error) {
	suspects, err := st.DuplicateSuspects(ctx, c)
	if err != nil {
		return nil, err
	}
	var out []domain.Duplicate
	for _, o := range suspects {
		if reasons := domain.DuplicateReasons(c, o); len(reasons) > 0 {
			out = append(out, domain.Duplicate{Candidate: o, Reasons: reasons})
		}
	}
	domain.SortDuplicates(out)
	return out, nil
}
