package service

import (
	"context"
	"errors"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/store"
)

// fieldErr is a validation error on one field.
func fieldErr(field, key string) error {
	return &domain.ValidationError{Fields: domain.FieldErrors{field: key}}
}

// CreateMatch matches a candidate to a vacancy (A1), in the given phase or,
// without one, in the first phase of the vacancy's procedure; the store logs
// the first phase in the match's history. The back office (from either side)
// and the API create matches through it. A vacancy that does not exist in
// the agency, or has no phases, is refused on its field; a candidate that
// does not is not found (B5); a second match of the same pair is a
// conflict.
func (s *Service) CreateMatch(ctx context.Context, by store.Actor, m *domain.Match) (err error) {
	defer domain.Wrap(&err, "service.CreateMatch")
	st := s.store()
	if m.VacancyID == 0 {
		return fieldErr("vacancy_id", "validation.required")
	}
	v, err := st.Vacancy(ctx, m.VacancyID)
	if errors.Is(err, domain.ErrNotFound) {
		return fieldErr("vacancy_id", "validation.choice")
	}
	if err != nil {
		return err
	}
	if m.PhaseID == 0 {
		phases, err := st.Phases(ctx, v.ProcedureID)
		if err != nil {
			return err
		}
		if len(phases) == 0 {
			return fieldErr("vacancy_id", "match.error.no_phase")
		}
		m.PhaseID = phases[0].ID
	}
	if err := m.Validate(); err != nil {
		return err
	}
	if _, err := st.Candidate(ctx, m.CandidateID); err != nil {
		return err // a candidate one may not see is not found (B5)
	}
	err = st.CreateMatch(ctx, m, by)
	if domain.KindOf(err) == domain.KindInvalid && !errors.As(err, new(*domain.ValidationError)) {
		return fieldErr("phase_id", domain.KeyOf(err))
	}
	return err
}

// MoveMatch moves a match to another phase of its vacancy's procedure,
// logged in its history (A1); a phase of another procedure is refused on
// phase_id, and of two concurrent moves from the same phase one wins.
func (s *Service) MoveMatch(ctx context.Context, by store.Actor, matchID, phaseID domain.ID) (err error) {
	defer domain.Wrap(&err, "service.MoveMatch(%d)", matchID)
	if phaseID == 0 {
		return fieldErr("phase_id", "validation.required")
	}
	err = s.store().MoveMatch(ctx, matchID, phaseID, by)
	if domain.KindOf(err) == domain.KindInvalid && !errors.As(err, new(*domain.ValidationError)) {
		return fieldErr("phase_id", domain.KeyOf(err))
	}
	return err
}

// AddEvaluation adds a recruiter's comment to a match's Evaluation tab.
func (s *Service) AddEvaluation(ctx context.Context, by store.Actor, e *domain.Evaluation) (err error) {
	defer domain.Wrap(&err, "service.AddEvaluation(%d)", e.MatchID)
	if err := e.Validate(); err != nil {
		return err
	}
	err = s.store().AddEvaluation(ctx, e, by)
	if domain.KindOf(err) == domain.KindInvalid && !errors.As(err, new(*domain.ValidationError)) {
		return fieldErr("comment", domain.KeyOf(err))
	}
	return err
}
