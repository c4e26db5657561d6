package store

import (
	"context"

	"github.com/matchpoint/matchpoint/domain"
)

// Sources lists the tenant's vacancy sources by name.
func (s *Store) Sources(ctx context.Context) (_ []domain.Source, err error) {
	defer domain.Wrap(&err, "store.Sources")
	tid, err := tenant(ctx)
	if err != nil {
		return nil, err
	}
	rows, err := s.r.QueryContext(ctx, `SELECT id, tenant_id, name FROM sources WHERE tenant_id = $1 ORDER BY name, id`, tid)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []domain.Source
	for rows.Next() {
		var src domain.Source
		if err := rows.Scan(&src.ID, &src.TenantID, &src.Name); err != nil {
			return nil, err
		}
		out = append(out, src)
	}
	return out, rows.Err()
}

// Source returns one source of the tenant.
func (s *Store) Source(ctx context.Context, id domain.ID) (_ domain.Source, err error) {
	defer domain.Wrap(&err, "store.Source(%d)", id)
	tid, err := tenant(ctx)
	if err != nil {
		return domain.Source{}, err
	}
	var src domain.Source
	err = s.r.QueryRowContext(ctx, `SELECT id, tenant_id, name FROM sources WHERE tenant_id = $1 AND id = $2`, tid, id).
		Scan(&src.ID, &src.TenantID, &src.Name)
	return src, translate(err)
}

// SaveSource inserts (ID 0) or renames a source.
func (s *Store) SaveSource(ctx context.Context, src *domain.Source) (err error) {
	defer domain.Wrap(&err, "store.SaveSource(%d)", src.ID)
	tid, err := tenant(ctx)
	if err != nil {
		return err
	}
	if err := src.Validate(); err != nil {
		return err
	}
	src.TenantID = tid
	if src.ID == 0 {
		return translate(s.w.QueryRowContext(ctx, `INSERT INTO sources (tenant_id, name) VALUES ($1, $2) RETURNING id`,
			tid, src.Name).Scan(&src.ID))
	}
	return expectOne(s.w.ExecContext(ctx, `UPDATE sources SET name = $1 WHERE tenant_id = $2 AND id = $3`, src.Name, tid, src.ID))
}

// Procedures lists the tenant's procedures by name, each with its phases in
// order.
func (s *Store) Procedures(ctx context.Context) (_ []domain.Procedure, err error) {
	defer domain.Wrap(&err, "store.Procedures")
	tid, err := tenant(ctx)
	if err != nil {
		return nil, err
	}
	rows, err := s.r.QueryContext(ctx, `SELECT id, tenant_id, name FROM procedures WHERE tenant_id = $1 ORDER BY name, id`, tid)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []domain.Procedure
	index := map[domain.ID]int{}
	for rows.Next() {
		var p domain.Procedure
		if err := rows.Scan(&p.ID, &p.TenantID, &p.Name); err != nil {
			return nil, err
		}
		index[p.ID] = len(out)
		out = append(out, p)
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	phases, err := s.queryPhases(ctx, `SELECT `+phaseColumns+` FROM phases WHERE tenant_id = $1 ORDER BY procedure_id, position, id`, tid)
	if err != nil {
		return nil, err
	}
	for _, ph := range phases {
		if i, ok := index[ph.ProcedureID]; ok {
			out[i].Phases = append(out[i].Phases, ph)
		}
	}
	return out, nil
}

// Procedure returns one procedure of the tenant with its phases in order.
func (s *Store) Procedure(ctx context.Context, id domain.ID) (_ domain.Procedure, err error) {
	defer domain.Wrap(&err, "store.Procedure(%d)", id)
	tid, err := tenant(ctx)
	if err != nil {
		return domain.Procedure{}, err
	}
	var p domain.Procedure
	err = s.r.QueryRowContext(ctx, `SELECT id, tenant_id, name FROM procedures WHERE tenant_id = $1 AND id = $2`, tid, id).
		Scan(&p.ID, &p.TenantID, &p.Name)
	if err != nil {
		return domain.Procedure{}, translate(err)
	}
	p.Phases, err = s.Phases(ctx, id)
	return p, err
}

// SaveProcedure inserts (ID 0) or renames a procedure; phases are saved with
// SavePhase.
func (s *Store) SaveProcedure(ctx context.Context, p *domain.Procedure) (err error) {
	defer domain.Wrap(&err, "store.SaveProcedure(%d)", p.ID)
	tid, err := tenant(ctx)
	if err != nil {
		return err
	}
	if err := p.Validate(); err != nil {
		return err
	}
	p.TenantID = tid
	if p.ID == 0 {
		return translate(s.w.QueryRowContext(ctx, `INSERT INTO procedures (tenant_id, name) VALUES ($1, $2) RETURNING id`,
			tid, p.Name).Scan(&p.ID))
	}
	return expectOne(s.w.ExecContext(ctx, `UPDATE procedures SET name = $1 WHERE tenant_id = $2 AND id = $3`, p.Name, tid, p.ID))
}
