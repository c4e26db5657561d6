package service

import (
	"context"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/store"
)

// auditRecord writes, through tx, that by did action to the object (F4): who,
// what, when (the store's clock) and from where. detail never holds a
// password or a value of personal data, only names of fields and ids.
func auditRecord(ctx context.Context, tx *store.Store, by store.Actor, kind string, id domain.ID, action, detail string) error {
	return tx.Audit(ctx, domain.AuditEntry{ActorKind: by.Kind, ActorID: by.ID, ActorName: by.Name,
		Action: action, ObjectKind: kind, ObjectID: id, Detail: detail, RemoteAddr: by.Addr})
}

// audited runs change and its audit entry in one transaction: a change is
// kept if and only if it is logged. change returns the id of the record the
// entry names, known only afterwards for a new one.
func (s *Service) audited(ctx context.Context, by store.Actor, kind, action, detail string, change func(tx *store.Store) (domain.ID, error)) error {
	return s.inTx(ctx, func(tx *store.Store) error {
		id, err := change(tx)
		if err != nil {
			return err
		}
		return auditRecord(ctx, tx, by, kind, id, action, detail)
	})
}
