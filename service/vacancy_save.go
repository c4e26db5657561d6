package service

import (
	"context"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/store"
)

// SaveVacancy creates a vacancy (ID 0) or saves one from the back office or
// the API (A1). It validates the vacancy, applies the pay transparency rule
// (domain.CheckPayToPublish: a vacancy the careers site would publish needs
// a pay range when the agency requires one) and writes the audit entry, in
// one transaction; a record it names that does not exist in the agency is
// refused on its field. The Hiring Portal has its own (HiringCreateVacancy,
// E4), which applies the contact's rules.
func (s *Service) SaveVacancy(ctx context.Context, by store.Actor, v *domain.Vacancy) (err error) {
	defer domain.Wrap(&err, "service.SaveVacancy(%d)", v.ID)
	if err := v.Validate(); err != nil {
		return err
	}
	action := "update"
	if v.ID == 0 {
		action = "create"
	}
	err = s.audited(ctx, by, string(domain.SubjectVacancy), action, "record", func(tx *store.Store) (domain.ID, error) {
		set, err := tx.Settings(ctx)
		if err != nil {
			return 0, err
		}
		if err := domain.CheckPayToPublish(*v, set); err != nil {
			return 0, err
		}
		if v.ID == 0 {
			err := tx.CreateVacancy(ctx, v)
			return v.ID, err
		}
		return v.ID, tx.UpdateVacancy(ctx, v)
	})
	return onField(ctx, s.store(), err, vacancyRefs(v)...)
}
