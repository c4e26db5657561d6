package store

import (
	"context"

	"github.com/matchpoint/matchpoint/domain"
)

const rateSelect = `SELECT r.id, r.tenant_id, r.placement_id, r.declaration_type_id, r.start_date, r.end_date, r.no_invoicing,
	r.bill_cents, r.pay_cents, COALESCE(d.name, ''), COALESCE(d.empty_line_per_placement, FALSE)
	FROM rates r LEFT JOIN declaration_types d ON d.tenant_id = r.tenant_id AND d.id = r.declaration_type_id`

func scanRate(row interface{ Scan(...any) error }) (domain.Rate, error) {
	var r domain.Rate
	err := row.Scan(&r.ID, &r.TenantID, &r.PlacementID, scanID{&r.DeclarationTypeID}, &r.StartDate, &r.EndDate, &r.NoInvoicing,
		&r.BillCents, &r.PayCents, &r.DeclarationTypeName, &r.EmptyLinePerPlacement)
	return r, translate(err)
}

// Rates lists a placement's rates, latest start first, with the name and the
// 'empty line' flag of their declaration types (for the D1 rule).
func (s *Store) Rates(ctx context.Context, placementID domain.ID) (_ []domain.Rate, err error) {
	defer domain.Wrap(&err, "store.Rates(%d)", placementID)
	tid, err := tenant(ctx)
	if err != nil {
		return nil, err
	}
	rows, err := s.r.QueryContext(ctx, rateSelect+` WHERE r.tenant_id = $1 AND r.placement_id = $2
		ORDER BY r.start_date DESC, r.id DESC`, tid, placementID)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []domain.Rate
	for rows.Next() {
		r, err := scanRate(rows)
		if err != nil {
			return nil, err
		}
		out = append(out, r)
	}
	return out, rows.Err()
}

// Rate returns one rate of a placement.
func (s *Store) Rate(ctx context.Context, placementID, id domain.ID) (_ domain.Rate, err error) {
	defer domain.Wrap(&err, "store.Rate(%d)", id)
	tid, err := tenant(ctx)
	if err != nil {
		return domain.Rate{}, err
	}
	return scanRate(s.r.QueryRowContext(ctx, rateSelect+` WHERE r.tenant_id = $1 AND r.placement_id = $2 AND r.id = $3`,
		tid, placementID, id))
}

// SaveRate inserts (ID 0) or updates a rate of its placement.
func (s *Store) SaveRate(ctx context.Context, r *domain.Rate) (err error) {
	defer domain.Wrap(&err, "store.SaveRate(%d)", r.ID)
	tid, err := tenant(ctx)
	if err != nil {
		return err
	}
	r.TenantID = tid
	if r.ID == 0 {
		return translate(s.w.QueryRowContext(ctx, `INSERT INTO rates (tenant_id, placement_id, declaration_type_id, start_date, end_date,
			no_invoicing, bill_cents, pay_cents) VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
			tid, r.PlacementID, nullID(r.DeclarationTypeID), r.StartDate, r.EndDate, r.NoInvoicing, r.BillCents, r.PayCents).Scan(&r.ID))
	}
	return expectOne(s.w.ExecContext(ctx, `UPDATE rates SET declaration_type_id = $1, start_date = $2, end_date = $3, no_invoicing = $4,
		bill_cents = $5, pay_cents = $6 WHERE tenant_id = $7 AND placement_id = $8 AND id = $9`,
		nullID(r.DeclarationTypeID), r.StartDate, r.EndDate, r.NoInvoicing, r.BillCents, r.PayCents, tid, r.PlacementID, r.ID))
}

// DeleteRate removes a rate of a placement.
func (s *Store) DeleteRate(ctx context.Context, placementID, id domain.ID) (err error) {
	defer domain.Wrap(&err, "store.DeleteRate(%d)", id)
	tid, err := tenant(ctx)
	if err != nil {
		return err
	}
	return expectOne(s.w.ExecContext(ctx, `DELETE FROM rates WHERE tenant_id = $1 AND placement_id = $2 AND id = $3`, tid, placementID, id))
}
