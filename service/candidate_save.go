package service

import (
	"context"
	"strconv"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/store"
)

// CreateCandidate validates c and stores it with its audit entry (A1, F4).
// The back office and the API both create candidates through it.
func (s *Service) CreateCandidate(ctx context.Context, by store.Actor, c *domain.Candidate) (err error) {
	defer domain.Wrap(&err, "service.CreateCandidate")
	if err := c.Validate(); err != nil {
		return err
	}
	return s.audited(ctx, by, string(domain.SubjectCandidate), "create", "record", func(tx *store.Store) (domain.ID, error) {
		err := tx.CreateCandidate(ctx, c)
		return c.ID, err
	})
}

// UpdateCandidate validates and saves a changed candidate (A1; F2
// rectification), audited (F4). A candidate that restricted processing,
// objected or was anonymised is not changed: the store refuses with the
// reason's key.
func (s *Service) UpdateCandidate(ctx context.Context, by store.Actor, c *domain.Candidate) (err error) {
	defer domain.Wrap(&err, "service.UpdateCandidate(%d)", c.ID)
	if err := c.Validate(); err != nil {
		return err
	}
	return s.audited(ctx, by, string(domain.SubjectCandidate), "update", "record", func(tx *store.Store) (domain.ID, error) {
		return c.ID, tx.UpdateCandidate(ctx, c)
	})
}

// officeSave adds an entry to a candidate's profile for a recruiter, audited
// on the candidate as an update.
func (k profileEntries[T]) officeSave(ctx context.Context, s *Service, by store.Actor, candidateID domain.ID, e *T) error {
	if err := (*e).Validate(); err != nil {
		return err
	}
	id, cid := k.ids(e)
	*cid = candidateID
	return s.inTx(ctx, func(tx *store.Store) error {
		if _, err := tx.Candidate(ctx, candidateID); err != nil {
			return err
		}
		if err := k.put(tx, ctx, e); err != nil {
			return err
		}
		return auditRecord(ctx, tx, by, string(domain.SubjectCandidate), candidateID, "update", k.what+" "+strconv.FormatInt(*id, 10)+" added")
	})
}

// officeDelete removes an entry of a candidate's profile for a recruiter.
func (k profileEntries[T]) officeDelete(ctx context.Context, s *Service, by store.Actor, candidateID, id domain.ID) error {
	return s.audited(ctx, by, string(domain.SubjectCandidate), "update", k.what+" "+strconv.FormatInt(id, 10)+" deleted",
		func(tx *store.Store) (domain.ID, error) { return candidateID, k.remove(tx, ctx, candidateID, id) })
}

// AddExperience adds a work-experience entry to a candidate (A1, C1).
func (s *Service) AddExperience(ctx context.Context, by store.Actor, candidateID domain.ID, e *domain.Experience) (err error) {
	defer domain.Wrap(&err, "service.AddExperience(%d)", candidateID)
	return experiences().officeSave(ctx, s, by, candidateID, e)
}

// AddEducation adds an education entry to a candidate.
func (s *Service) AddEducation(ctx context.Context, by store.Actor, candidateID domain.ID, e *domain.Education) (err error) {
	defer domain.Wrap(&err, "service.AddEducation(%d)", candidateID)
	return educations().officeSave(ctx, s, by, candidateID, e)
}

// AddSkill adds a skill to a candidate.
func (s *Service) AddSkill(ctx context.Context, by store.Actor, candidateID domain.ID, sk *domain.Skill) (err error) {
	defer domain.Wrap(&err, "service.AddSkill(%d)", candidateID)
	return skills().officeSave(ctx, s, by, candidateID, sk)
}

// DeleteExperience removes a work-experience entry of a candidate.
func (s *Service) DeleteExperience(ctx context.Context, by store.Actor, candidateID, id domain.ID) (err error) {
	defer domain.Wrap(&err, "service.DeleteExperience(%d)", id)
	return experiences().officeDelete(ctx, s, by, candidateID, id)
}

// DeleteEducation removes an education entry of a candidate.
func (s *Service) DeleteEducation(ctx context.Context, by store.Actor, candidateID, id domain.ID) (err error) {
	defer domain.Wrap(&err, "service.DeleteEducation(%d)", id)
	return educations().officeDelete(ctx, s, by, candidateID, id)
}

// DeleteSkill removes a skill of a candidate.
func (s *Service) DeleteSkill(ctx context.Context, by store.Actor, candidateID, id domain.ID) (err error) {
	defer domain.Wrap(&err, "service.DeleteSkill(%d)", id)
	return skills().officeDelete(ctx, s, by, candidateID, id)
}
