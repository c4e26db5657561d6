package store

import (
	"context"

	"github.com/matchpoint/matchpoint/domain"
)

const phaseColumns = `id, tenant_id, procedure_id, name, position, visible_in_portal`

func (s *Store) queryPhases(ctx context.Context, query string, args ...any) ([]domain.Phase, error) {
	rows, err := s.r.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []domain.Phase
	for rows.Next() {
		var ph domain.Phase
		if err := rows.Scan(&ph.ID, &ph.TenantID, &ph.ProcedureID, &ph.Name, &ph.Position, &ph.VisibleInPortal); err != nil {
			return nil, err
		}
		out = append(out, ph)
	}
	return out, rows.Err()
}

// Phases lists a procedure's phases in order.
func (s *Store) Phases(ctx context.Context, procedureID domain.ID) (_ []domain.Phase, err error) {
	defer domain.Wrap(&err, "store.Phases(%d)", procedureID)
	tid, err := tenant(ctx)
	if err != nil {
		return nil, err
	}
	return s.queryPhases(ctx, `SELECT `+phaseColumns+` FROM phases WHERE tenant_id = $1 AND procedure_id = $2
		ORDER BY position, id`, tid, procedureID)
}

// Phase returns one phase of a procedure.
func (s *Store) Phase(ctx context.Context, procedureID, id domain.ID) (_ domain.Phase, err error) {
	defer domain.Wrap(&err, "store.Phase(%d)", id)
	tid, err := tenant(ctx)
	if err != nil {
		return domain.Phase{}, err
	}
	list, err := s.queryPhases(ctx, `SELECT `+phaseColumns+` FROM phases WHERE tenant_id = $1 AND procedure_id = $2 AND id = $3`,
		tid, procedureID, id)
	if err != nil {
		return domain.Phase{}, err
	}
	if len(list) == 0 {
		return domain.Phase{}, domain.ErrNotFound
	}
	return list[0], nil
}

// SavePhase inserts (ID 0) or updates a phase of its procedure. A new phase
// with no position goes after the last one.
func (s *Store) SavePhase(ctx context.Context, ph *domain.Phase) (err error) {
	defer domain.Wrap(&err, "store.SavePhase(%d)", ph.ID)
	tid, err := tenant(ctx)
	if err != nil {
		return err
	}
	if err := ph.Validate(); err != nil {
		return err
	}
	ph.TenantID = tid
	return s.InTx(ctx, func(tx *Store) error {
		var last int
		err := tx.w.QueryRowContext(ctx, `SELECT COALESCE(MAX(ph.position), -1) FROM procedures p
			LEFT JOIN phases ph ON ph.tenant_id = p.tenant_id AND ph.procedure_id = p.id
			WHERE p.tenant_id = $1 AND p.id = $2 GROUP BY p.id`, tid, ph.ProcedureID).Scan(&last)
		if err != nil {
			return translate(err) // no such procedure in this tenant
		}
		if ph.ID != 0 {
			return expectOne(tx.w.ExecContext(ctx, `UPDATE phases SET name = $1, position = $2, visible_in_portal = $3
				WHERE tenant_id = $4 AND procedure_id = $5 AND id = $6`,
				ph.Name, ph.Position, ph.VisibleInPortal, tid, ph.ProcedureID, ph.ID))
		}
		if ph.Position == 0 {
			ph.Position = last + 1
		}
		return translate(tx.w.QueryRowContext(ctx, `INSERT INTO phases (tenant_id, procedure_id, name, position, visible_in_portal)
			VALUES ($1, $2, $3, $4, $5) RETURNING id`, tid, ph.ProcedureID, ph.Name, ph.Position, ph.VisibleInPortal).Scan(&ph.ID))
	})
}

// MovePhase moves a phase one place earlier (up) or later in its procedure
// and renumbers the procedure's phases 0, 1, 2 … so that positions stay
// distinct whatever they were before.
func (s *Store) MovePhase(ctx context.Context, procedureID, id domain.ID, up bool) (err error) {
	defer domain.Wrap(&err, "store.MovePhase(%d)", id)
	if _, err := tenant(ctx); err != nil {
		return err
	}
	return s.InTx(ctx, func(tx *Store) error {
		phases, err := tx.Phases(ctx, procedureID)
		if err != nil {
			return err
		}
		at := -1
		for i, ph := range phases {
			if ph.ID == id {
				at = i
			}
		}
		if at < 0 {
			return domain.ErrNotFound
		}
		to := at + 1
		if up {
			to = at - 1
		}
		if to >= 0 && to < len(phases) {
			phases[at], phases[to] = phases[to], phases[at]
		}
		for i := range phases {
			if phases[i].Position == i {
				continue
			}
			phases[i].Position = i
			if err := tx.SavePhase(ctx, &phases[i]); err != nil {
				return err
			}
		}
		return nil
	})
}
