package service

import (
	"context"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/store"
)

// contactRefs are the records a contact names, for onField.
func contactRefs(c *domain.Contact) []reference {
	refs := []reference{ref("company_id", c.CompanyID, (*store.Store).Company), ref("relation_id", c.RelationID, (*store.Store).ContactRelation)}
	for _, g := range c.GroupIDs {
		refs = append(refs, ref("group_ids", g, (*store.Store).Group))
	}
	return append(refs, ref("owner_id", c.OwnerID, (*store.Store).User))
}

// CreateContact validates c and stores it with its audit entry (A1, F4);
// a company, relation, group or owner that does not exist in the agency is
// reported on its field.
func (s *Service) CreateContact(ctx context.Context, by store.Actor, c *domain.Contact) (err error) {
	defer domain.Wrap(&err, "service.CreateContact")
	if err := c.Validate(); err != nil {
		return err
	}
	err = s.audited(ctx, by, string(domain.SubjectContact), "create", "record", func(tx *store.Store) (domain.ID, error) {
		err := tx.CreateContact(ctx, c)
		return c.ID, err
	})
	return onField(ctx, s.store(), err, contactRefs(c)...)
}

// UpdateContact validates and saves a changed contact, audited (A1, F4).
func (s *Service) UpdateContact(ctx context.Context, by store.Actor, c *domain.Contact) (err error) {
	defer domain.Wrap(&err, "service.UpdateContact(%d)", c.ID)
	if err := c.Validate(); err != nil {
		return err
	}
	err = s.audited(ctx, by, string(domain.SubjectContact), "update", "record", func(tx *store.Store) (domain.ID, error) {
		return c.ID, tx.UpdateContact(ctx, c)
	})
	return onField(ctx, s.store(), err, contactRefs(c)...)
}
