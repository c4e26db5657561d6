package service

import (
	"context"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/store"
)

// SaveVacancy creates a vacancy (ID 0) or saves one from the back office or
// the API. It validates the vacancy, applies the pay transparency rule
// (domain.CheckPayToPublish: a vacancy the careers site would publish needs
// a pay range when the agency requires one) and writes the audit entry, in
// one transaction. addr is the client's address for the audit log.
func (s *Service) SaveVacancy(ctx context.Context, who store.Actor, addr string, v *domain.Vacancy) (err error) {
	defer domain.Wrap(&err, "service.SaveVacancy(%d)", v.ID)
	if err := v.Validate(); err != nil {
		return err
	}
	return s.store().InTx(ctx, func(tx *store.Store) error {
		set, err := tx.Settings(ctx)
		if err != nil {
			return err
		}
		if err := domain.CheckPayToPublish(*v, set); err != nil {
			return err
		}
		action := "update"
		if v.ID == 0 {
			action = "create"
			err = tx.CreateVacancy(ctx, v)
		} else {
			err = tx.UpdateVacancy(ctx, v)
		}
		if err != nil {
			return err
		}
		return tx.Audit(ctx, domain.AuditEntry{ActorKind: who.Kind, ActorID: who.ID, ActorName: who.Name, Action: action,
			ObjectKind: string(domain.SubjectVacancy), ObjectID: v.ID, Detail: "record", RemoteAddr: addr})
	})
}
