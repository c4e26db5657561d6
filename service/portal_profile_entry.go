package service

import (
	"context"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/store"
)

// profileEntries is one kind of entry a candidate keeps in its own profile
// (C1): work experience, education or skills. The portal finds, saves and
// deletes every kind alike; only the store's methods and the names differ.
type profileEntries[T interface{ Validate() error }] struct {
	what   string                                // the noun of its not-found error
	ids    func(*T) (id, candidateID *domain.ID) // where an entry keeps its id and its candidate's
	list   func(*store.Store, context.Context, domain.ID) ([]T, error)
	put    func(*store.Store, context.Context, *T) error // adds (ID 0) or changes one entry; sets a new one's ID
	remove func(st *store.Store, ctx context.Context, candidateID, id domain.ID) error
}

func experiences() profileEntries[domain.Experience] {
	return profileEntries[domain.Experience]{what: "experience",
		ids:  func(e *domain.Experience) (*domain.ID, *domain.ID) { return &e.ID, &e.CandidateID },
		list: (*store.Store).Experiences, put: (*store.Store).SaveExperience, remove: (*store.Store).DeleteExperience}
}

func educations() profileEntries[domain.Education] {
	return profileEntries[domain.Education]{what: "education",
		ids:  func(e *domain.Education) (*domain.ID, *domain.ID) { return &e.ID, &e.CandidateID },
		list: (*store.Store).Educations, put: (*store.Store).SaveEducation, remove: (*store.Store).DeleteEducation}
}

func skills() profileEntries[domain.Skill] {
	return profileEntries[domain.Skill]{what: "skill",
		ids:  func(sk *domain.Skill) (*domain.ID, *domain.ID) { return &sk.ID, &sk.CandidateID },
		list: (*store.Store).Skills, put: (*store.Store).SaveSkill, remove: (*store.Store).DeleteSkill}
}

// find returns entry id among the candidate's own entries; another
// candidate's id is not found.
func (k profileEntries[T]) find(ctx context.Context, st *store.Store, who store.Actor, id domain.ID) (T, error) {
	var zero T
	all, err := k.list(st, ctx, who.ID)
	if err != nil {
		return zero, err
	}
	for i := range all {
		if own, _ := k.ids(&all[i]); *own == id {
			return all[i], nil
		}
	}
	return zero, domain.NotFound(k.what)
}

// portalSave adds (ID 0) or changes an entry of the candidate's own,
// audited as action. Another candidate's entry is not found before anything
// is checked.
func (k profileEntries[T]) portalSave(ctx context.Context, s *Service, who store.Actor, action string, e *T) error {
	return s.portalChange(ctx, who, action, func(tx *store.Store) (domain.ID, error) {
		id, candidateID := k.ids(e)
		if *id != 0 {
			if _, err := k.find(ctx, tx, who, *id); err != nil {
				return 0, err
			}
		}
		if err := (*e).Validate(); err != nil {
			return 0, err
		}
		*candidateID = who.ID
		err := k.put(tx, ctx, e) // before reading *id: a new entry gets its id here
		return *id, err
	})
}

// portalDelete removes an entry of the candidate's own, audited as action.
func (k profileEntries[T]) portalDelete(ctx context.Context, s *Service, who store.Actor, action string, id domain.ID) error {
	return s.portalChange(ctx, who, action, func(tx *store.Store) (domain.ID, error) {
		return id, k.remove(tx, ctx, who.ID, id)
	})
}
