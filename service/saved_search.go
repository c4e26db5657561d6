package service

import (
	"context"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/store"
)

// SaveSearch keeps a list's filters under a name for the recruiter, or for
// the whole agency when shared (issue 15), audited.
func (s *Service) SaveSearch(ctx context.Context, by store.Actor, v *domain.SavedSearch) (err error) {
	defer domain.Wrap(&err, "service.SaveSearch")
	v.UserID = by.ID
	if err := v.Validate(); err != nil {
		return err
	}
	detail := v.List
	if v.Shared {
		detail += ", shared"
	}
	return s.audited(ctx, by, "saved_search", "create", detail, func(tx *store.Store) (domain.ID, error) {
		err := tx.CreateSavedSearch(ctx, v)
		return v.ID, err
	})
}

// DeleteSearch removes a saved search: the recruiter's own, or a shared one
// when an admin asks; any other is not found.
func (s *Service) DeleteSearch(ctx context.Context, by store.Actor, id domain.ID, admin bool) (err error) {
	defer domain.Wrap(&err, "service.DeleteSearch(%d)", id)
	return s.audited(ctx, by, "saved_search", "delete", "", func(tx *store.Store) (domain.ID, error) {
		return id, tx.DeleteSavedSearch(ctx, id, by.ID, admin)
	})
}

// ExportCandidates reads the candidates of ids for a CSV export (issue 15),
// leaving out those not found in the agency, and logs one read entry per
// exported candidate (F4) in one transaction.
func (s *Service) ExportCandidates(ctx context.Context, by store.Actor, ids []domain.ID) (_ []domain.Candidate, err error) {
	defer domain.Wrap(&err, "service.ExportCandidates")
	if len(ids) > BulkMax {
		ids = ids[:BulkMax]
	}
	var out []domain.Candidate
	err = s.inTx(ctx, func(tx *store.Store) error {
		seen := map[domain.ID]bool{}
		for _, id := range ids {
			if seen[id] {
				continue
			}
			seen[id] = true
			c, err := tx.Candidate(ctx, id)
			if domain.KindOf(err) == domain.KindNotFound {
				continue
			}
			if err != nil {
				return err
			}
			if err := auditRecord(ctx, tx, by, string(domain.SubjectCandidate), id, "export", "csv"); err != nil {
				return err
			}
			out = append(out, c)
		}
		return nil
	})
	return out, err
}
