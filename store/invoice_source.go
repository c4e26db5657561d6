package store

import (
	"context"
	"strings"

	"github.com/matchpoint/matchpoint/domain"
)

// InvoicePlacement is what invoicing needs of a placement: the placement
// with its candidate's and company's names, its PO number and cost centre,
// and the recruiter it counts for in the margin report.
type InvoicePlacement struct {
	domain.Placement
	PONumber    string
	CostCentre  string
	RecruiterID domain.ID
}

// idList appends ids to args and returns their "$n, $m …" list.
func idList(args *[]any, ids []domain.ID) string {
	marks := make([]string, len(ids))
	for i, id := range ids {
		*args = append(*args, id)
		marks[i] = "$" + itoa(len(*args))
	}
	return strings.Join(marks, ", ")
}

// weeksOf lists the ISO weeks that touch the period, as a condition on the
// timesheets' (iso_year, iso_week) that the timesheets_week index serves.
func weeksOf(args *[]any, p domain.Period) string {
	var conds []string
	for d := domain.MondayOfISOWeek(p.Start.ISOWeek()); !d.After(p.End); d = d.AddDays(7) {
		y, w := d.ISOWeek()
		*args = append(*args, y, w)
		conds = append(conds, "(t.iso_year = $"+itoa(len(*args)-1)+" AND t.iso_week = $"+itoa(len(*args))+")")
	}
	return "(" + strings.Join(conds, " OR ") + ")"
}

// DayFilter selects approved timesheet days of a period.
type DayFilter struct {
	Period        domain.Period
	CompanyIDs    []domain.ID // empty = every company
	CandidateID   domain.ID   // 0 = every candidate
	Uninvoiced    bool        // only days no confirmed invoice holds
	NotSelfBilled bool        // only days no confirmed self-billed invoice holds
	PlacementIDs  []domain.ID // empty = every placement
}

// ApprovedDays lists the lines of approved timesheets whose day lies in the
// period, ordered by placement and day. Only approved timesheets are
// locked (D6), so only their days are ever invoiced or paid.
func (s *Store) ApprovedDays(ctx context.Context, f DayFilter) (_ []domain.DayLine, err error) {
	defer domain.Wrap(&err, "store.ApprovedDays(%s)", f.Period.Label())
	tid, err := tenant(ctx)
	if err != nil {
		return nil, err
	}
	args := []any{tid, string(domain.TimesheetApproved), f.Period.Start, f.Period.End}
	where := []string{"l.tenant_id = $1", "t.status = $2", "l.day >= $3", "l.day <= $4", weeksOf(&args, f.Period)}
	if len(f.CompanyIDs) > 0 {
		where = append(where, "p.company_id IN ("+idList(&args, f.CompanyIDs)+")")
	}
	if len(f.PlacementIDs) > 0 {
		where = append(where, "p.id IN ("+idList(&args, f.PlacementIDs)+")")
	}
	if f.CandidateID != 0 {
		args = append(args, f.CandidateID)
		where = append(where, "p.candidate_id = $"+itoa(len(args)))
	}
	if f.Uninvoiced {
		where = append(where, `NOT EXISTS (SELECT 1 FROM invoiced_days d WHERE d.tenant_id = l.tenant_id
			AND d.timesheet_id = l.timesheet_id AND d.declaration_type_id = l.declaration_type_id AND d.day = l.day)`)
	}
	if f.NotSelfBilled {
		where = append(where, `NOT EXISTS (SELECT 1 FROM self_billed_days d WHERE d.tenant_id = l.tenant_id
			AND d.timesheet_id = l.timesheet_id AND d.declaration_type_id = l.declaration_type_id AND d.day = l.day)`)
	}
	rows, err := s.r.QueryContext(ctx, `SELECT l.timesheet_id, t.placement_id, l.declaration_type_id, l.day, l.minutes
		FROM timesheets t
		JOIN timesheet_lines l ON l.tenant_id = t.tenant_id AND l.timesheet_id = t.id
		JOIN placements p ON p.tenant_id = t.tenant_id AND p.id = t.placement_id
		WHERE `+strings.Join(where, " AND ")+` AND l.minutes > 0
		ORDER BY t.placement_id, l.day, l.declaration_type_id`, args...)
	if err != nil {
		return nil, translate(err)
	}
	defer rows.Close()
	var out []domain.DayLine
	for rows.Next() {
		var d domain.DayLine
		if err := rows.Scan(&d.TimesheetID, &d.PlacementID, &d.DeclarationTypeID, &d.Day, &d.Minutes); err != nil {
			return nil, err
		}
		out = append(out, d)
	}
	return out, rows.Err()
}

// chunks splits ids into slices of at most n, for IN lists.
func chunks(ids []domain.ID, n int) [][]domain.ID {
	var out [][]domain.ID
	for len(ids) > n {
		out = append(out, ids[:n])
		ids = ids[n:]
	}
	if len(ids) > 0 {
		out = append(out, ids)
	}
	return out
}

// InvoicePlacements returns the placements of ids with what invoicing
// needs of them, by id. The recruiter is the owner of the placement's
// vacancy, or of its candidate when it has none.
func (s *Store) InvoicePlacements(ctx context.Context, ids []domain.ID) (_ map[domain.ID]InvoicePlacement, err error) {
	defer domain.Wrap(&err, "store.InvoicePlacements(%d)", len(ids))
	tid, err := tenant(ctx)
	if err != nil {
		return nil, err
	}
	out := make(map[domain.ID]InvoicePlacement, len(ids))
	for _, chunk := range chunks(ids, 500) {
		args := []any{tid}
		rows, err := s.r.QueryContext(ctx, `SELECT `+placementColumns+`, COALESCE(b.po_number, ''), COALESCE(b.cost_centre, ''),
			COALESCE(v.owner_id, ca.owner_id)`+placementFrom+`
			LEFT JOIN placement_billing b ON b.tenant_id = p.tenant_id AND b.placement_id = p.id
			LEFT JOIN vacancies v ON v.tenant_id = p.tenant_id AND v.id = p.vacancy_id
			WHERE p.tenant_id = $1 AND p.id IN (`+idList(&args, chunk)+`)`, args...)
		if err != nil {
			return nil, translate(err)
		}
		for rows.Next() {
			var ip InvoicePlacement
			var first, last string
			p := &ip.Placement
			if err := rows.Scan(&p.ID, &p.TenantID, &p.CandidateID, &p.CompanyID, scanID{&p.VacancyID}, &p.Title, &p.StartDate,
				&p.EndDate, &p.TimesheetApproval, &p.CreatedAt, &p.UpdatedAt, &first, &last, &p.CompanyName,
				&ip.PONumber, &ip.CostCentre, &ip.RecruiterID); err != nil {
				rows.Close()
				return nil, err
			}
			p.CandidateName = domain.Candidate{FirstName: first, LastName: last}.Name()
			out[p.ID] = ip
		}
		if err := rows.Close(); err != nil {
			return nil, err
		}
	}
	return out, nil
}

// RatesOf lists the rates of the placements ids.
func (s *Store) RatesOf(ctx context.Context, ids []domain.ID) (_ []domain.Rate, err error) {
	defer domain.Wrap(&err, "store.RatesOf(%d)", len(ids))
	tid, err := tenant(ctx)
	if err != nil {
		return nil, err
	}
	var out []domain.Rate
	for _, chunk := range chunks(ids, 500) {
		args := []any{tid}
		rows, err := s.r.QueryContext(ctx, rateSelect+` WHERE r.tenant_id = $1 AND r.placement_id IN (`+idList(&args, chunk)+`)`, args...)
		if err != nil {
			return nil, translate(err)
		}
		for rows.Next() {
			r, err := scanRate(rows)
			if err != nil {
				rows.Close()
				return nil, err
			}
			out = append(out, r)
		}
		if err := rows.Close(); err != nil {
			return nil, err
		}
	}
	return out, nil
}

// ClientBillings returns the invoicing details of the companies ids that
// have any, by company, with the contacts they name.
func (s *Store) ClientBillings(ctx context.Context, ids []domain.ID) (_ map[domain.ID]domain.ClientBilling, err error) {
	defer domain.Wrap(&err, "store.ClientBillings(%d)", len(ids))
	out := map[domain.ID]domain.ClientBilling{}
	for _, id := range ids {
		b, err := s.ClientBilling(ctx, id)
		if domain.KindOf(err) == domain.KindNotFound {
			continue
		}
		if err != nil {
			return nil, err
		}
		out[id] = b
	}
	return out, nil
}
