package store

import (
	"context"

	"github.com/matchpoint/matchpoint/domain"
)

func experienceEntries() profileEntries[domain.Experience] {
	return profileEntries[domain.Experience]{
		table:   "experiences",
		columns: []string{"employer", "title", "start_date", "end_date", "description"},
		orderBy: "start_date DESC, id DESC",
		keys: func(e *domain.Experience) (*domain.ID, *domain.ID, *domain.ID) {
			return &e.ID, &e.TenantID, &e.CandidateID
		},
		fields: func(e *domain.Experience) []any {
			return []any{&e.Employer, &e.Title, &e.StartDate, &e.EndDate, &e.Description}
		},
		values: func(e *domain.Experience) []any {
			return []any{e.Employer, e.Title, e.StartDate, e.EndDate, e.Description}
		},
	}
}

func educationEntries() profileEntries[domain.Education] {
	return profileEntries[domain.Education]{
		table:   "educations",
		columns: []string{"institution", "degree", "start_date", "end_date"},
		orderBy: "start_date DESC, id DESC",
		keys: func(e *domain.Education) (*domain.ID, *domain.ID, *domain.ID) {
			return &e.ID, &e.TenantID, &e.CandidateID
		},
		fields: func(e *domain.Education) []any { return []any{&e.Institution, &e.Degree, &e.StartDate, &e.EndDate} },
		values: func(e *domain.Education) []any { return []any{e.Institution, e.Degree, e.StartDate, e.EndDate} },
	}
}

func skillEntries() profileEntries[domain.Skill] {
	return profileEntries[domain.Skill]{
		table:   "skills",
		columns: []string{"name", "level"},
		orderBy: "name, id",
		keys: func(sk *domain.Skill) (*domain.ID, *domain.ID, *domain.ID) {
			return &sk.ID, &sk.TenantID, &sk.CandidateID
		},
		fields:      func(sk *domain.Skill) []any { return []any{&sk.Name, &sk.Level} },
		values:      func(sk *domain.Skill) []any { return []any{sk.Name, sk.Level} },
		afterChange: (*Store).refreshCandidateSearch,
	}
}

// Experiences lists a candidate's work history, newest first.
func (s *Store) Experiences(ctx context.Context, candidateID domain.ID) (_ []domain.Experience, err error) {
	defer domain.Wrap(&err, "store.Experiences(%d)", candidateID)
	return experienceEntries().list(ctx, s, candidateID)
}

// SaveExperience inserts (ID 0) or updates an entry of the candidate.
func (s *Store) SaveExperience(ctx context.Context, e *domain.Experience) (err error) {
	defer domain.Wrap(&err, "store.SaveExperience")
	return experienceEntries().save(ctx, s, e)
}

// DeleteExperience removes an entry of the candidate.
func (s *Store) DeleteExperience(ctx context.Context, candidateID, id domain.ID) (err error) {
	defer domain.Wrap(&err, "store.DeleteExperience(%d)", id)
	return experienceEntries().delete(ctx, s, candidateID, id)
}

// Educations lists a candidate's education, newest first.
func (s *Store) Educations(ctx context.Context, candidateID domain.ID) (_ []domain.Education, err error) {
	defer domain.Wrap(&err, "store.Educations(%d)", candidateID)
	return educationEntries().list(ctx, s, candidateID)
}

// SaveEducation inserts (ID 0) or updates an entry of the candidate.
func (s *Store) SaveEducation(ctx context.Context, e *domain.Education) (err error) {
	defer domain.Wrap(&err, "store.SaveEducation")
	return educationEntries().save(ctx, s, e)
}

// DeleteEducation removes an entry of the candidate.
func (s *Store) DeleteEducation(ctx context.Context, candidateID, id domain.ID) (err error) {
	defer domain.Wrap(&err, "store.DeleteEducation(%d)", id)
	return educationEntries().delete(ctx, s, candidateID, id)
}

// Skills lists a candidate's skills by name.
func (s *Store) Skills(ctx context.Context, candidateID domain.ID) (_ []domain.Skill, err error) {
	defer domain.Wrap(&err, "store.Skills(%d)", candidateID)
	return skillEntries().list(ctx, s, candidateID)
}

// SaveSkill inserts (ID 0) or updates a skill and refreshes the search text.
func (s *Store) SaveSkill(ctx context.Context, sk *domain.Skill) (err error) {
	defer domain.Wrap(&err, "store.SaveSkill")
	return skillEntries().save(ctx, s, sk)
}

// DeleteSkill removes a skill and refreshes the search text.
func (s *Store) DeleteSkill(ctx context.Context, candidateID, id domain.ID) (err error) {
	defer domain.Wrap(&err, "store.DeleteSkill(%d)", id)
	return skillEntries().delete(ctx, s, candidateID, id)
}
