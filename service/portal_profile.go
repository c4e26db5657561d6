package service

import (
	"context"
	"fmt"
	"strings"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/store"
)

// Reauth is the current password a person gives to make a change that
// would hand the account over to whoever holds its session (issue 11).
type Reauth struct {
	Current string
	Origin  Origin
}

// PortalEditProfile saves the profile fields a candidate posted (C1): only
// visible, editable fields change (domain.EditProfile); the change is
// audited with the names of the fields, never their values. A new e-mail
// address, which is also the sign-in name and where reset links go, needs
// the current password.
func (s *Service) PortalEditProfile(ctx context.Context, who store.Actor, posted map[string]string, proof Reauth) (err error) {
	defer domain.Wrap(&err, "service.PortalEditProfile(%d)", who.ID)
	if err := s.reauthProfileEmail(ctx, who, posted, proof); err != nil {
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

// portalChange runs one change of an entry of the candidate's own profile in
// a transaction: refused while processing is restricted, audited with action
// and the id change returns.
func (s *Service) portalChange(ctx context.Context, who store.Actor, action string, change func(tx *store.Store) (domain.ID, error)) error {
	return s.inTx(ctx, func(tx *store.Store) error {
		if err := portalMayChange(ctx, tx, who); err != nil {
			return err
		}
		id, err := change(tx)
		if err != nil {
			return err
		}
		return auditPortal(ctx, tx, who, action, idText(id))
	})
}

// PortalSaveExperience adds (ID 0) or changes a work-experience entry of
// the candidate's own (C1). Another candidate's entry is not found before
// anything is checked.
func (s *Service) PortalSaveExperience(ctx context.Context, who store.Actor, e *domain.Experience) (err error) {
	defer domain.Wrap(&err, "service.PortalSaveExperience(%d)", who.ID)
	return experiences().portalSave(ctx, s, who, "portal_experience_save", e)
}

// PortalDeleteExperience removes a work-experience entry of the candidate's own.
func (s *Service) PortalDeleteExperience(ctx context.Context, who store.Actor, id domain.ID) (err error) {
	defer domain.Wrap(&err, "service.PortalDeleteExperience(%d)", id)
	return experiences().portalDelete(ctx, s, who, "portal_experience_delete", id)
}

// PortalSaveEducation adds (ID 0) or changes an education entry (C1).
func (s *Service) PortalSaveEducation(ctx context.Context, who store.Actor, e *domain.Education) (err error) {
	defer domain.Wrap(&err, "service.PortalSaveEducation(%d)", who.ID)
	return educations().portalSave(ctx, s, who, "portal_education_save", e)
}

// PortalDeleteEducation removes an education entry of the candidate's own.
func (s *Service) PortalDeleteEducation(ctx context.Context, who store.Actor, id domain.ID) (err error) {
	defer domain.Wrap(&err, "service.PortalDeleteEducation(%d)", id)
	return educations().portalDelete(ctx, s, who, "portal_education_delete", id)
}

// PortalSaveSkill adds (ID 0) or changes a skill (C1).
func (s *Service) PortalSaveSkill(ctx context.Context, who store.Actor, sk *domain.Skill) (err error) {
	defer domain.Wrap(&err, "service.PortalSaveSkill(%d)", who.ID)
	return skills().portalSave(ctx, s, who, "portal_skill_save", sk)
}

// PortalDeleteSkill removes a skill of the candidate's own.
func (s *Service) PortalDeleteSkill(ctx context.Context, who store.Actor, id domain.ID) (err error) {
	defer domain.Wrap(&err, "service.PortalDeleteSkill(%d)", id)
	return skills().portalDelete(ctx, s, who, "portal_skill_delete", id)
}

// storeOr is st, or the pools' store when st is nil.
func (s *Service) storeOr(st *store.Store) *store.Store {
	if st == nil {
		return s.DB.Store()
	}
	return st
}

// PortalExperience returns one experience entry of the candidate's own; another
// candidate's id is not found. st may be a transaction's store or nil.
func (s *Service) PortalExperience(ctx context.Context, st *store.Store, who store.Actor, id domain.ID) (domain.Experience, error) {
	return experiences().find(ctx, s.storeOr(st), who, id)
}

// PortalEducation returns one education entry of the candidate's own; another
// candidate's id is not found. st may be a transaction's store or nil.
func (s *Service) PortalEducation(ctx context.Context, st *store.Store, who store.Actor, id domain.ID) (domain.Education, error) {
	return educations().find(ctx, s.storeOr(st), who, id)
}

// PortalSkill returns one skill entry of the candidate's own; another
// candidate's id is not found. st may be a transaction's store or nil.
func (s *Service) PortalSkill(ctx context.Context, st *store.Store, who store.Actor, id domain.ID) (domain.Skill, error) {
	return skills().find(ctx, s.storeOr(st), who, id)
}

// reauthProfileEmail checks the current password when the posted profile
// would really change the candidate's e-mail address: posts that the rules
// refuse, or that keep the address, need none.
func (s *Service) reauthProfileEmail(ctx context.Context, who store.Actor, posted map[string]string, proof Reauth) error {
	if _, ok := posted["email"]; !ok {
		return nil
	}
	st := s.store()
	c, err := st.Candidate(ctx, who.ID)
	if err != nil {
		return err
	}
	set, err := st.Settings(ctx)
	if err != nil {
		return err
	}
	next, _, err := domain.EditProfile(c, set, posted)
	if err != nil || strings.EqualFold(strings.TrimSpace(next.Email), strings.TrimSpace(c.Email)) {
		return nil // the transaction reports the refusal
	}
	a, err := st.Account(ctx, domain.AudiencePortal, who.ID)
	if err != nil {
		return err
	}
	if s.Accounts == nil {
		return fmt.Errorf("reauthProfileEmail: no accounts service")
	}
	return s.Accounts.ConfirmPassword(ctx, a, proof.Current, proof.Origin, "email_change_failed")
}
