package service

import (
	"context"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/store"
)

// PortalEditProfile saves the profile fields a candidate posted (C1): only
// visible, editable fields change (domain.EditProfile); the change is
// audited with the names of the fields, never their values.
func (s *Service) PortalEditProfile(ctx context.Context, who store.Actor, posted map[string]string) (err error) {
	defer domain.Wrap(&err, "service.PortalEditProfile(%d)", who.ID)
	return s.inTx(ctx, func(tx *store.Store) error {
		if err := portalMayChange(ctx, tx, who); err != nil {
			return err
		}
		c, err := tx.Candidate(ctx, who.ID)
		if err != nil {
			return err
		}
		set, err := tx.Settings(ctx)
		if err != nil {
			return err
		}
		next, changed, err := domain.EditProfile(c, set, posted)
		if err != nil || len(changed) == 0 {
			return err
		}
		if err := tx.UpdateCandidate(ctx, &next); err != nil {
			return err
		}
		return auditPortal(ctx, tx, who, "portal_profile", changed...)
	})
}

// PortalSetAvailability saves when and how much the candidate can work (C2).
func (s *Service) PortalSetAvailability(ctx context.Context, who store.Actor, a domain.Availability) (err error) {
	defer domain.Wrap(&err, "service.PortalSetAvailability(%d)", who.ID)
	if err := a.Validate(); err != nil {
		return err
	}
	return s.inTx(ctx, func(tx *store.Store) error {
		if err := portalMayChange(ctx, tx, who); err != nil {
			return err
		}
		c, err := tx.Candidate(ctx, who.ID)
		if err != nil {
			return err
		}
		c.AvailableFrom, c.AvailableHours, c.AvailabilityNote = a.From, a.Hours, a.Note
		if err := tx.UpdateCandidate(ctx, &c); err != nil {
			return err
		}
		return auditPortal(ctx, tx, who, "portal_availability")
	})
}

// PortalSaveExperience adds (ID 0) or changes a work-experience entry of
// the candidate's own (C1).
func (s *Service) PortalSaveExperience(ctx context.Context, who store.Actor, e *domain.Experience) (err error) {
	defer domain.Wrap(&err, "service.PortalSaveExperience(%d)", who.ID)
	return s.inTx(ctx, func(tx *store.Store) error {
		if err := portalMayChange(ctx, tx, who); err != nil {
			return err
		}
		// Another candidate's entry is not found before anything is checked.
		if e.ID != 0 {
			if _, err := s.PortalExperience(ctx, tx, who, e.ID); err != nil {
				return err
			}
		}
		if err := e.Validate(); err != nil {
			return err
		}
		e.CandidateID = who.ID
		if err := tx.SaveExperience(ctx, e); err != nil {
			return err
		}
		return auditPortal(ctx, tx, who, "portal_experience_save", idText(e.ID))
	})
}

// PortalDeleteExperience removes a work-experience entry of the candidate's own.
func (s *Service) PortalDeleteExperience(ctx context.Context, who store.Actor, id domain.ID) (err error) {
	defer domain.Wrap(&err, "service.PortalDeleteExperience(%d)", id)
	return s.inTx(ctx, func(tx *store.Store) error {
		if err := portalMayChange(ctx, tx, who); err != nil {
			return err
		}
		if err := tx.DeleteExperience(ctx, who.ID, id); err != nil {
			return err
		}
		return auditPortal(ctx, tx, who, "portal_experience_delete", idText(id))
	})
}

// PortalSaveEducation adds (ID 0) or changes an education entry (C1).
func (s *Service) PortalSaveEducation(ctx context.Context, who store.Actor, e *domain.Education) (err error) {
	defer domain.Wrap(&err, "service.PortalSaveEducation(%d)", who.ID)
	return s.inTx(ctx, func(tx *store.Store) error {
		if err := portalMayChange(ctx, tx, who); err != nil {
			return err
		}
		// Another candidate's entry is not found before anything is checked.
		if e.ID != 0 {
			if _, err := s.PortalEducation(ctx, tx, who, e.ID); err != nil {
				return err
			}
		}
		if err := e.Validate(); err != nil {
			return err
		}
		e.CandidateID = who.ID
		if err := tx.SaveEducation(ctx, e); err != nil {
			return err
		}
		return auditPortal(ctx, tx, who, "portal_education_save", idText(e.ID))
	})
}

// PortalDeleteEducation removes an education entry of the candidate's own.
func (s *Service) PortalDeleteEducation(ctx context.Context, who store.Actor, id domain.ID) (err error) {
	defer domain.Wrap(&err, "service.PortalDeleteEducation(%d)", id)
	return s.inTx(ctx, func(tx *store.Store) error {
		if err := portalMayChange(ctx, tx, who); err != nil {
			return err
		}
		if err := tx.DeleteEducation(ctx, who.ID, id); err != nil {
			return err
		}
		return auditPortal(ctx, tx, who, "portal_education_delete", idText(id))
	})
}

// PortalSaveSkill adds (ID 0) or changes a skill (C1).
func (s *Service) PortalSaveSkill(ctx context.Context, who store.Actor, sk *domain.Skill) (err error) {
	defer domain.Wrap(&err, "service.PortalSaveSkill(%d)", who.ID)
	return s.inTx(ctx, func(tx *store.Store) error {
		if err := portalMayChange(ctx, tx, who); err != nil {
			return err
		}
		// Another candidate's entry is not found before anything is checked.
		if sk.ID != 0 {
			if _, err := s.PortalSkill(ctx, tx, who, sk.ID); err != nil {
				return err
			}
		}
		if err := sk.Validate(); err != nil {
			return err
		}
		sk.CandidateID = who.ID
		if err := tx.SaveSkill(ctx, sk); err != nil {
			return err
		}
		return auditPortal(ctx, tx, who, "portal_skill_save", idText(sk.ID))
	})
}

// PortalDeleteSkill removes a skill of the candidate's own.
func (s *Service) PortalDeleteSkill(ctx context.Context, who store.Actor, id domain.ID) (err error) {
	defer domain.Wrap(&err, "service.PortalDeleteSkill(%d)", id)
	return s.inTx(ctx, func(tx *store.Store) error {
		if err := portalMayChange(ctx, tx, who); err != nil {
			return err
		}
		if err := tx.DeleteSkill(ctx, who.ID, id); err != nil {
			return err
		}
		return auditPortal(ctx, tx, who, "portal_skill_delete", idText(id))
	})
}

// PortalExperience returns one experience entry of the candidate's own; another
// candidate's id is not found. st may be a transaction's store or nil.
func (s *Service) PortalExperience(ctx context.Context, st *store.Store, who store.Actor, id domain.ID) (domain.Experience, error) {
	if st == nil {
		st = s.DB.Store()
	}
	all, err := st.Experiences(ctx, who.ID)
	if err != nil {
		return domain.Experience{}, err
	}
	for _, x := range all {
		if x.ID == id {
			return x, nil
		}
	}
	return domain.Experience{}, domain.NotFound("experience")
}

// PortalEducation returns one education entry of the candidate's own; another
// candidate's id is not found. st may be a transaction's store or nil.
func (s *Service) PortalEducation(ctx context.Context, st *store.Store, who store.Actor, id domain.ID) (domain.Education, error) {
	if st == nil {
		st = s.DB.Store()
	}
	all, err := st.Educations(ctx, who.ID)
	if err != nil {
		return domain.Education{}, err
	}
	for _, x := range all {
		if x.ID == id {
			return x, nil
		}
	}
	return domain.Education{}, domain.NotFound("education")
}

// PortalSkill returns one skill entry of the candidate's own; another
// candidate's id is not found. st may be a transaction's store or nil.
func (s *Service) PortalSkill(ctx context.Context, st *store.Store, who store.Actor, id domain.ID) (domain.Skill, error) {
	if st == nil {
		st = s.DB.Store()
	}
	all, err := st.Skills(ctx, who.ID)
	if err != nil {
		return domain.Skill{}, err
	}
	for _, x := range all {
		if x.ID == id {
			return x, nil
		}
	}
	return domain.Skill{}, domain.NotFound("skill")
}
