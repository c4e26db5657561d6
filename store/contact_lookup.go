package store

import (
	"context"

	"github.com/matchpoint/matchpoint/domain"
)

// Groups and contact relations are small lists an admin keeps; both have only
// a name, so they share the queries below with the table name fixed in code.

type namedRow struct {
	ID, TenantID domain.ID
	Name         string
}

func (s *Store) namedRows(ctx context.Context, table string) ([]namedRow, error) {
	tid, err := tenant(ctx)
	if err != nil {
		return nil, err
	}
	rows, err := s.r.QueryContext(ctx, `SELECT id, tenant_id, name FROM `+table+` WHERE tenant_id = $1 ORDER BY name, id`, tid)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []namedRow
	for rows.Next() {
		var n namedRow
		if err := rows.Scan(&n.ID, &n.TenantID, &n.Name); err != nil {
			return nil, err
		}
		out = append(out, n)
	}
	return out, rows.Err()
}

func (s *Store) namedRow(ctx context.Context, table string, id domain.ID) (namedRow, error) {
	tid, err := tenant(ctx)
	if err != nil {
		return namedRow{}, err
	}
	var n namedRow
	err = s.r.QueryRowContext(ctx, `SELECT id, tenant_id, name FROM `+table+` WHERE tenant_id = $1 AND id = $2`, tid, id).
		Scan(&n.ID, &n.TenantID, &n.Name)
	return n, translate(err)
}

func (s *Store) saveNamedRow(ctx context.Context, table string, n *namedRow) error {
	tid, err := tenant(ctx)
	if err != nil {
		return err
	}
	n.TenantID = tid
	if n.ID == 0 {
		return translate(s.w.QueryRowContext(ctx, `INSERT INTO `+table+` (tenant_id, name) VALUES ($1, $2) RETURNING id`,
			tid, n.Name).Scan(&n.ID))
	}
	return expectOne(s.w.ExecContext(ctx, `UPDATE `+table+` SET name = $1 WHERE tenant_id = $2 AND id = $3`, n.Name, tid, n.ID))
}

// Groups lists the tenant's contact groups by name.
func (s *Store) Groups(ctx context.Context) (_ []domain.Group, err error) {
	defer domain.Wrap(&err, "store.Groups")
	rows, err := s.namedRows(ctx, "groups")
	out := make([]domain.Group, len(rows))
	for i, r := range rows {
		out[i] = domain.Group(r)
	}
	return out, err
}

// Group returns one contact group.
func (s *Store) Group(ctx context.Context, id domain.ID) (_ domain.Group, err error) {
	defer domain.Wrap(&err, "store.Group(%d)", id)
	r, err := s.namedRow(ctx, "groups", id)
	return domain.Group(r), err
}

// SaveGroup inserts (ID 0) or renames a contact group.
func (s *Store) SaveGroup(ctx context.Context, g *domain.Group) (err error) {
	defer domain.Wrap(&err, "store.SaveGroup(%d)", g.ID)
	r := namedRow(*g)
	err = s.saveNamedRow(ctx, "groups", &r)
	*g = domain.Group(r)
	return err
}

// ContactRelations lists the tenant's contact relations by name.
func (s *Store) ContactRelations(ctx context.Context) (_ []domain.ContactRelation, err error) {
	defer domain.Wrap(&err, "store.ContactRelations")
	rows, err := s.namedRows(ctx, "contact_relations")
	out := make([]domain.ContactRelation, len(rows))
	for i, r := range rows {
		out[i] = domain.ContactRelation(r)
	}
	return out, err
}

// ContactRelation returns one contact relation.
func (s *Store) ContactRelation(ctx context.Context, id domain.ID) (_ domain.ContactRelation, err error) {
	defer domain.Wrap(&err, "store.ContactRelation(%d)", id)
	r, err := s.namedRow(ctx, "contact_relations", id)
	return domain.ContactRelation(r), err
}

// SaveContactRelation inserts (ID 0) or renames a contact relation.
func (s *Store) SaveContactRelation(ctx context.Context, cr *domain.ContactRelation) (err error) {
	defer domain.Wrap(&err, "store.SaveContactRelation(%d)", cr.ID)
	r := namedRow(*cr)
	err = s.saveNamedRow(ctx, "contact_relations", &r)
	*cr = domain.ContactRelation(r)
	return err
}
