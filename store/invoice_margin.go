package store

import (
	"context"

	"github.com/matchpoint/matchpoint/domain"
)

// MarginLine is what confirmed invoices and credit notes of a period billed
// and cost on one placement (credit notes subtract).
type MarginLine struct {
	PlacementID   domain.ID
	Placement     string
	CandidateName string
	CompanyID     domain.ID
	CompanyName   string
	RecruiterID   domain.ID
	RecruiterName string
	BilledCents   int64
	PaidCents     int64
}

// MarginLines sums the lines of confirmed invoices and credit notes whose
// invoiced period lies within p, per placement. The recruiter is the owner
// of the placement's vacancy, or of its candidate when it has none.
func (s *Store) MarginLines(ctx context.Context, p domain.Period) (_ []MarginLine, err error) {
	defer domain.Wrap(&err, "store.MarginLines(%s)", p.Label())
	tid, err := tenant(ctx)
	if err != nil {
		return nil, err
	}
	rows, err := s.r.QueryContext(ctx, `SELECT p.id, p.title, ca.first_name, ca.last_name, co.id, co.name, u.id, u.name,
		SUM(CASE WHEN i.kind = $2 THEN -l.net_cents ELSE l.net_cents END),
		SUM(CASE WHEN i.kind = $2 THEN -l.pay_cents ELSE l.pay_cents END)
		FROM invoice_lines l
		JOIN invoices i ON i.tenant_id = l.tenant_id AND i.id = l.invoice_id
		JOIN placements p ON p.tenant_id = l.tenant_id AND p.id = l.placement_id
		JOIN candidates ca ON ca.tenant_id = p.tenant_id AND ca.id = p.candidate_id
		JOIN companies co ON co.tenant_id = p.tenant_id AND co.id = p.company_id
		LEFT JOIN vacancies v ON v.tenant_id = p.tenant_id AND v.id = p.vacancy_id
		JOIN users u ON u.tenant_id = p.tenant_id AND u.id = COALESCE(v.owner_id, ca.owner_id)
		WHERE l.tenant_id = $1 AND i.status = $3 AND i.kind IN ($2, $4) AND i.period_start >= $5 AND i.period_end <= $6
		GROUP BY p.id, p.title, ca.first_name, ca.last_name, co.id, co.name, u.id, u.name
		ORDER BY co.name, p.id`,
		tid, string(domain.InvoiceKindCredit), string(domain.InvoiceConfirmed), string(domain.InvoiceKindInvoice), p.Start, p.End)
	if err != nil {
		return nil, translate(err)
	}
	defer rows.Close()
	var out []MarginLine
	for rows.Next() {
		var m MarginLine
		var first, last string
		if err := rows.Scan(&m.PlacementID, &m.Placement, &first, &last, &m.CompanyID, &m.CompanyName, &m.RecruiterID,
			&m.RecruiterName, &m.BilledCents, &m.PaidCents); err != nil {
			return nil, err
		}
		m.CandidateName = domain.Candidate{FirstName: first, LastName: last}.Name()
		out = append(out, m)
	}
	return out, rows.Err()
}
