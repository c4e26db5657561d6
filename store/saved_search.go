package store

import (
	"context"

	"github.com/matchpoint/matchpoint/domain"
)

// SavedSearches lists the searches of a list that the recruiter may use:
// its own and those shared in the agency, by name.
func (s *Store) SavedSearches(ctx context.Context, list string, userID domain.ID) (_ []domain.SavedSearch, err error) {
	defer domain.Wrap(&err, "store.SavedSearches(%s)", list)
	tid, err := tenant(ctx)
	if err != nil {
		return nil, err
	}
	rows, err := s.r.QueryContext(ctx, `SELECT s.id, s.tenant_id, s.user_id,
		(SELECT u.name FROM users u WHERE u.tenant_id = s.tenant_id AND u.id = s.user_id),
		s.list, s.name, s.query, s.shared, s.created_at
		FROM saved_searches s WHERE s.tenant_id = $1 AND s.list = $2 AND (s.user_id = $3 OR s.shared = $4)
		ORDER BY s.name, s.id LIMIT 200`, tid, list, userID, true)
	if err != nil {
		return nil, translate(err)
	}
	defer rows.Close()
	var out []domain.SavedSearch
	for rows.Next() {
		var v domain.SavedSearch
		if err := rows.Scan(&v.ID, &v.TenantID, &v.UserID, &v.UserName, &v.List, &v.Name, &v.Query, &v.Shared, &v.CreatedAt); err != nil {
			return nil, translate(err)
		}
		out = append(out, v)
	}
	return out, rows.Err()
}

// SavedSearch returns one saved search that the recruiter may use.
func (s *Store) SavedSearch(ctx context.Context, id, userID domain.ID) (_ domain.SavedSearch, err error) {
	defer domain.Wrap(&err, "store.SavedSearch(%d)", id)
	tid, err := tenant(ctx)
	if err != nil {
		return domain.SavedSearch{}, err
	}
	var v domain.SavedSearch
	err = s.r.QueryRowContext(ctx, `SELECT s.id, s.tenant_id, s.user_id, s.list, s.name, s.query, s.shared, s.created_at
		FROM saved_searches s WHERE s.tenant_id = $1 AND s.id = $2 AND (s.user_id = $3 OR s.shared = $4)`,
		tid, id, userID, true).Scan(&v.ID, &v.TenantID, &v.UserID, &v.List, &v.Name, &v.Query, &v.Shared, &v.CreatedAt)
	return v, translate(err)
}

// CreateSavedSearch stores a saved search.
func (s *Store) CreateSavedSearch(ctx context.Context, v *domain.SavedSearch) (err error) {
	defer domain.Wrap(&err, "store.CreateSavedSearch")
	tid, err := tenant(ctx)
	if err != nil {
		return err
	}
	v.TenantID, v.CreatedAt = tid, s.now()
	return translate(s.w.QueryRowContext(ctx, `INSERT INTO saved_searches (tenant_id, user_id, list, name, query, shared, created_at)
		VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`, tid, v.UserID, v.List, v.Name, v.Query, v.Shared, v.CreatedAt).Scan(&v.ID))
}

// DeleteSavedSearch removes a saved search of the recruiter (a shared one
// only its author, or an admin when admin is true, removes).
func (s *Store) DeleteSavedSearch(ctx context.Context, id, userID domain.ID, admin bool) (err error) {
	defer domain.Wrap(&err, "store.DeleteSavedSearch(%d)", id)
	tid, err := tenant(ctx)
	if err != nil {
		return err
	}
	return expectOne(s.w.ExecContext(ctx, `DELETE FROM saved_searches WHERE tenant_id = $1 AND id = $2 AND (user_id = $3 OR (shared = $4 AND $5))`,
		tid, id, userID, true, admin))
}
