package store

import (
	"context"

	"github.com/matchpoint/matchpoint/domain"
)

// DeclarationTypes lists the tenant's declaration types by name.
func (s *Store) DeclarationTypes(ctx context.Context) (_ []domain.DeclarationType, err error) {
	defer domain.Wrap(&err, "store.DeclarationTypes")
	tid, err := tenant(ctx)
	if err != nil {
		return nil, err
	}
	rows, err := s.r.QueryContext(ctx, `SELECT id, tenant_id, name, empty_line_per_placement
		FROM declaration_types WHERE tenant_id = $1 ORDER BY lower(name), id`, tid)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []domain.DeclarationType
	for rows.Next() {
		var d domain.DeclarationType
		if err := rows.Scan(&d.ID, &d.TenantID, &d.Name, &d.EmptyLinePerPlacement); err != nil {
			return nil, err
		}
		out = append(out, d)
	}
	return out, rows.Err()
}

// DeclarationType returns one declaration type of the tenant.
func (s *Store) DeclarationType(ctx context.Context, id domain.ID) (_ domain.DeclarationType, err error) {
	defer domain.Wrap(&err, "store.DeclarationType(%d)", id)
	tid, err := tenant(ctx)
	if err != nil {
		return domain.DeclarationType{}, err
	}
	var d domain.DeclarationType
	err = s.r.QueryRowContext(ctx, `SELECT id, tenant_id, name, empty_line_per_placement
		FROM declaration_types WHERE tenant_id = $1 AND id = $2`, tid, id).Scan(&d.ID, &d.TenantID, &d.Name, &d.EmptyLinePerPlacement)
	return d, translate(err)
}

// SaveDeclarationType inserts (ID 0) or updates a declaration type.
func (s *Store) SaveDeclarationType(ctx context.Context, d *domain.DeclarationType) (err error) {
	defer domain.Wrap(&err, "store.SaveDeclarationType(%d)", d.ID)
	tid, err := tenant(ctx)
	if err != nil {
		return err
	}
	d.TenantID = tid
	if d.ID == 0 {
		return translate(s.w.QueryRowContext(ctx, `INSERT INTO declaration_types (tenant_id, name, empty_line_per_placement)
			VALUES ($1, $2, $3) RETURNING id`, tid, d.Name, d.EmptyLinePerPlacement).Scan(&d.ID))
	}
	return expectOne(s.w.ExecContext(ctx, `UPDATE declaration_types SET name = $1, empty_line_per_placement = $2
		WHERE tenant_id = $3 AND id = $4`, d.Name, d.EmptyLinePerPlacement, tid, d.ID))
}
