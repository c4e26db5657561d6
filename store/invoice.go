package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"strings"

	"github.com/matchpoint/matchpoint/domain"
)

// parties is how an invoice keeps its seller and buyer.
type parties struct {
	Seller domain.Party `json:"seller"`
	Buyer  domain.Party `json:"buyer"`
}

// CreateInvoice inserts a draft invoice with its lines and the timesheet
// days behind each line. Run it in the transaction that makes the run.
func (s *Store) CreateInvoice(ctx context.Context, inv *domain.Invoice) (err error) {
	defer domain.Wrap(&err, "store.CreateInvoice")
	tid, err := tenant(ctx)
	if err != nil {
		return err
	}
	inv.TenantID, inv.CreatedAt = tid, s.now()
	if inv.Status == "" {
		inv.Status = domain.InvoiceDraft
	}
	doc, err := json.Marshal(parties{inv.Seller, inv.Buyer})
	if err != nil {
		return err
	}
	var creditsDate any
	if !inv.CreditsIssueDate.IsZero() {
		creditsDate = inv.CreditsIssueDate
	}
	err = s.w.QueryRowContext(ctx, `INSERT INTO invoices (tenant_id, run_id, kind, status, period_start, period_end, company_id,
		candidate_id, credits_id, credits_number, credits_issue_date, group_key, order_reference, buyer_reference, language, currency,
		payment_days, note, parties, net_cents, vat_cents, total_cents, created_by, created_by_name, created_at)
		VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25)
		RETURNING id`,
		tid, nullID(inv.RunID), string(inv.Kind), string(inv.Status), inv.PeriodStart, inv.PeriodEnd, nullID(inv.CompanyID),
		nullID(inv.CandidateID), nullID(inv.CreditsID), inv.CreditsNumber, creditsDate, inv.GroupKey, inv.OrderReference,
		inv.BuyerReference, inv.Language, inv.Currency, inv.PaymentDays, inv.Note, string(doc), inv.NetCents, inv.VATCents,
		inv.TotalCents, inv.CreatedBy, inv.CreatedByName, inv.CreatedAt).Scan(&inv.ID)
	if err != nil {
		return translate(err)
	}
	// The lines go in with multi-row INSERTs (a run makes thousands); their
	// ids are then read back by position, which is unique in an invoice.
	lines := make([][]any, len(inv.Lines))
	for i := range inv.Lines {
		l := &inv.Lines[i]
		l.TenantID, l.InvoiceID = tid, inv.ID
		if l.Position == 0 {
			l.Position = i + 1
		}
		lines[i] = []any{tid, inv.ID, l.Position, nullID(l.PlacementID), nullID(l.CandidateID), nullID(l.DeclarationTypeID),
			l.Year, l.Week, l.Description, l.PONumber, l.CostCentre, l.Minutes, l.RateCents, l.SurchargeBP, l.PriceMicros, l.NetCents,
			l.PayCents, string(l.VAT.Category), l.VAT.RateBP, l.VAT.ExemptionCode, l.VAT.ExemptionReason, nullID(l.CreditsLineID)}
	}
	if err := s.insertMany(ctx, "invoice_lines", `tenant_id, invoice_id, position, placement_id, candidate_id, declaration_type_id,
		iso_year, iso_week, description, po_number, cost_centre, minutes, rate_cents, surcharge_bp, price_micros, net_cents, pay_cents,
		vat_category, vat_rate_bp, vat_exemption_code, vat_exemption_reason, credits_line_id`, lines); err != nil {
		return err
	}
	ids := map[int]domain.ID{}
	rows, err := s.w.QueryContext(ctx, `SELECT position, id FROM invoice_lines WHERE tenant_id = $1 AND invoice_id = $2`, tid, inv.ID)
	if err != nil {
		return translate(err)
	}
	for rows.Next() {
		var pos int
		var id domain.ID
		if err := rows.Scan(&pos, &id); err != nil {
			rows.Close()
			return err
		}
		ids[pos] = id
	}
	if err := rows.Close(); err != nil {
		return err
	}
	var days [][]any
	for i := range inv.Lines {
		l := &inv.Lines[i]
		l.ID = ids[l.Position]
		for _, d := range l.Sources {
			days = append(days, []any{tid, l.ID, d.TimesheetID, d.DeclarationTypeID, d.Day, d.Minutes})
		}
	}
	return s.insertMany(ctx, "invoice_line_days", "tenant_id, invoice_line_id, timesheet_id, declaration_type_id, day, minutes", days)
}

// insertMany inserts rows with multi-row INSERTs of about 400 values each;
// the full-size statement is prepared once and reused. (SQLite looks $n
// parameters up one by one, so a statement of thousands costs quadratic
// time to prepare.)
func (s *Store) insertMany(ctx context.Context, table, cols string, rows [][]any) error {
	n := strings.Count(cols, ",") + 1
	per := max(1, 400/n)
	statement := func(count int) string {
		var sb strings.Builder
		sb.WriteString("INSERT INTO " + table + " (" + cols + ") VALUES ")
		for i := range count {
			if i > 0 {
				sb.WriteString(", ")
			}
			sb.WriteByte('(')
			for j := range n {
				if j > 0 {
					sb.WriteString(", ")
				}
				fmt.Fprintf(&sb, "$%d", i*n+j+1)
			}
			sb.WriteByte(')')
		}
		return sb.String()
	}
	var full *sql.Stmt
	defer func() {
		if full != nil {
			full.Close()
		}
	}()
	for start := 0; start < len(rows); start += per {
		batch := rows[start:min(start+per, len(rows))]
		args := make([]any, 0, len(batch)*n)
		for _, r := range batch {
			args = append(args, r[:n]...)
		}
		var err error
		if len(batch) == per {
			if full == nil {
				if full, err = s.w.PrepareContext(ctx, statement(per)); err != nil {
					return translate(err)
				}
			}
			_, err = full.ExecContext(ctx, args...)
		} else {
			_, err = s.w.ExecContext(ctx, statement(len(batch)), args...)
		}
		if err != nil {
			return translate(err)
		}
	}
	return nil
}

const invoiceColumns = `i.id, i.tenant_id, i.run_id, i.kind, i.status, COALESCE(i.number, ''), i.issue_date, i.due_date,
	i.period_start, i.period_end, i.company_id, i.candidate_id, i.credits_id, i.credits_number, i.credits_issue_date, i.group_key,
	i.order_reference, i.buyer_reference, i.language, i.currency, i.payment_days, i.note, i.parties, i.net_cents, i.vat_cents,
	i.total_cents, i.xml_attachment_id, i.pdf_attachment_id, i.created_by, i.created_by_name, i.created_at, i.confirmed_at,
	COALESCE(co.name, '')`

const invoiceFrom = ` FROM invoices i LEFT JOIN companies co ON co.tenant_id = i.tenant_id AND co.id = i.company_id`

func scanInvoice(row interface{ Scan(...any) error }) (domain.Invoice, error) {
	var inv domain.Invoice
	var doc string
	err := row.Scan(&inv.ID, &inv.TenantID, scanID{&inv.RunID}, &inv.Kind, &inv.Status, &inv.Number, &inv.IssueDate, &inv.DueDate,
		&inv.PeriodStart, &inv.PeriodEnd, scanID{&inv.CompanyID}, scanID{&inv.CandidateID}, scanID{&inv.CreditsID}, &inv.CreditsNumber,
		&inv.CreditsIssueDate, &inv.GroupKey, &inv.OrderReference, &inv.BuyerReference, &inv.Language, &inv.Currency, &inv.PaymentDays,
		&inv.Note, &doc, &inv.NetCents, &inv.VATCents, &inv.TotalCents, scanID{&inv.XMLAttachmentID}, scanID{&inv.PDFAttachmentID},
		&inv.CreatedBy, &inv.CreatedByName, &inv.CreatedAt, &inv.ConfirmedAt, &inv.CompanyName)
	if err != nil {
		return inv, translate(err)
	}
	var p parties
	if err := json.Unmarshal([]byte(doc), &p); err != nil {
		return inv, fmt.Errorf("invoice %d parties: %w", inv.ID, err)
	}
	inv.Seller, inv.Buyer = p.Seller, p.Buyer
	return inv, nil
}

// Invoice returns one invoice with its lines (without their days) and its
// VAT breakdown, computed from the lines as EN 16931 adds them up.
func (s *Store) Invoice(ctx context.Context, id domain.ID) (_ domain.Invoice, err error) {
	defer domain.Wrap(&err, "store.Invoice(%d)", id)
	tid, err := tenant(ctx)
	if err != nil {
		return domain.Invoice{}, err
	}
	inv, err := scanInvoice(s.r.QueryRowContext(ctx, `SELECT `+invoiceColumns+invoiceFrom+` WHERE i.tenant_id = $1 AND i.id = $2`, tid, id))
	if err != nil {
		return domain.Invoice{}, err
	}
	if inv.Lines, err = s.invoiceLines(ctx, tid, `l.invoice_id = $2`, id); err != nil {
		return domain.Invoice{}, err
	}
	inv.VAT = domain.InvoiceTotals(inv.Lines).VAT
	noteRead(ctx, domain.SubjectCandidate, inv.CandidateID) // self-billing: the freelancer
	return inv, nil
}

const lineColumns = `l.id, l.tenant_id, l.invoice_id, l.position, l.placement_id, l.candidate_id, l.declaration_type_id, l.iso_year,
	l.iso_week, l.description, l.po_number, l.cost_centre, l.minutes, l.rate_cents, l.surcharge_bp, l.price_micros, l.net_cents,
	l.pay_cents, l.vat_category, l.vat_rate_bp, l.vat_exemption_code, l.vat_exemption_reason, l.credits_line_id`

func (s *Store) invoiceLines(ctx context.Context, tid domain.ID, cond string, arg any) ([]domain.InvoiceLine, error) {
	rows, err := s.r.QueryContext(ctx, `SELECT `+lineColumns+` FROM invoice_lines l WHERE l.tenant_id = $1 AND `+cond+`
		ORDER BY l.invoice_id, l.position, l.id`, tid, arg)
	if err != nil {
		return nil, translate(err)
	}
	defer rows.Close()
	var out []domain.InvoiceLine
	for rows.Next() {
		var l domain.InvoiceLine
		if err := rows.Scan(&l.ID, &l.TenantID, &l.InvoiceID, &l.Position, scanID{&l.PlacementID}, scanID{&l.CandidateID},
			scanID{&l.DeclarationTypeID}, &l.Year, &l.Week, &l.Description, &l.PONumber, &l.CostCentre, &l.Minutes, &l.RateCents,
			&l.SurchargeBP, &l.PriceMicros, &l.NetCents, &l.PayCents, &l.VAT.Category, &l.VAT.RateBP, &l.VAT.ExemptionCode,
			&l.VAT.ExemptionReason, scanID{&l.CreditsLineID}); err != nil {
			return nil, err
		}
		out = append(out, l)
	}
	noteReads(ctx, domain.SubjectCandidate, out, lineCandidate) // F4: lines name the candidate
	return out, rows.Err()
}

func lineCandidate(l domain.InvoiceLine) domain.ID { return l.CandidateID }

// InvoiceLineDays fills the timesheet days behind each line of inv.
func (s *Store) InvoiceLineDays(ctx context.Context, inv *domain.Invoice) (err error) {
	defer domain.Wrap(&err, "store.InvoiceLineDays(%d)", inv.ID)
	tid, err := tenant(ctx)
	if err != nil {
		return err
	}
	rows, err := s.r.QueryContext(ctx, `SELECT d.invoice_line_id, d.timesheet_id, d.declaration_type_id, d.day, d.minutes,
		t.placement_id FROM invoice_line_days d
		JOIN invoice_lines l ON l.tenant_id = d.tenant_id AND l.id = d.invoice_line_id
		JOIN timesheets t ON t.tenant_id = d.tenant_id AND t.id = d.timesheet_id
		WHERE d.tenant_id = $1 AND l.invoice_id = $2 ORDER BY d.day, d.timesheet_id`, tid, inv.ID)
	if err != nil {
		return translate(err)
	}
	defer rows.Close()
	idx := map[domain.ID]int{}
	for i, l := range inv.Lines {
		idx[l.ID] = i
		inv.Lines[i].Sources = nil
	}
	for rows.Next() {
		var line domain.ID
		var d domain.DayLine
		if err := rows.Scan(&line, &d.TimesheetID, &d.DeclarationTypeID, &d.Day, &d.Minutes, &d.PlacementID); err != nil {
			return err
		}
		if i, ok := idx[line]; ok {
			inv.Lines[i].Sources = append(inv.Lines[i].Sources, d)
		}
	}
	return rows.Err()
}

// InvoiceFilter selects invoices for a list.
type InvoiceFilter struct {
	RunID       domain.ID
	CompanyID   domain.ID
	CandidateID domain.ID // a self-billed invoice's freelancer
	Status      domain.InvoiceStatus
	Kinds       []domain.InvoiceKind
	Period      domain.Period // issue date within; zero = any
	Invoiced    domain.Period // invoiced period within; zero = any
	CreditsID   domain.ID
	Query       string // part of the number or the company's name
	Limit       int
	Offset      int
}

// Invoices lists invoices without their lines, newest first (drafts by
// creation). It fetches one more than Limit to tell whether a next page
// exists.
func (s *Store) Invoices(ctx context.Context, f InvoiceFilter) (_ []domain.Invoice, more bool, err error) {
	defer domain.Wrap(&err, "store.Invoices")
	tid, err := tenant(ctx)
	if err != nil {
		return nil, false, err
	}
	if f.Limit <= 0 || f.Limit > 1000 {
		f.Limit = 50
	}
	args := []any{tid}
	arg := func(v any) string {
		args = append(args, v)
		return "$" + itoa(len(args))
	}
	where := []string{"i.tenant_id = $1"}
	if f.RunID != 0 {
		where = append(where, "i.run_id = "+arg(f.RunID))
	}
	if f.CompanyID != 0 {
		where = append(where, "i.company_id = "+arg(f.CompanyID))
	}
	if f.CandidateID != 0 {
		where = append(where, "i.candidate_id = "+arg(f.CandidateID))
	}
	if f.CreditsID != 0 {
		where = append(where, "i.credits_id = "+arg(f.CreditsID))
	}
	if f.Status != "" {
		where = append(where, "i.status = "+arg(string(f.Status)))
	}
	if len(f.Kinds) > 0 {
		var ks []string
		for _, k := range f.Kinds {
			ks = append(ks, arg(string(k)))
		}
		where = append(where, "i.kind IN ("+strings.Join(ks, ", ")+")")
	}
	if !f.Period.Start.IsZero() {
		where = append(where, "i.issue_date >= "+arg(f.Period.Start)+" AND i.issue_date <= "+arg(f.Period.End))
	}
	if !f.Invoiced.Start.IsZero() {
		where = append(where, "i.period_start >= "+arg(f.Invoiced.Start)+" AND i.period_end <= "+arg(f.Invoiced.End))
	}
	if q := strings.TrimSpace(f.Query); q != "" {
		p := arg(likePattern(q))
		where = append(where, `(lower(COALESCE(i.number, '')) LIKE `+p+` ESCAPE '\' OR lower(COALESCE(co.name, '')) LIKE `+p+` ESCAPE '\')`)
	}
	query := `SELECT ` + invoiceColumns + invoiceFrom + ` WHERE ` + strings.Join(where, " AND ") +
		` ORDER BY COALESCE(i.confirmed_at, i.created_at) DESC, i.id DESC LIMIT ` + arg(f.Limit+1) + ` OFFSET ` + arg(f.Offset)
	rows, err := s.r.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, false, translate(err)
	}
	defer rows.Close()
	var out []domain.Invoice
	for rows.Next() {
		inv, err := scanInvoice(rows)
		if err != nil {
			return nil, false, err
		}
		out = append(out, inv)
	}
	if len(out) > f.Limit {
		return out[:f.Limit], true, rows.Err()
	}
	return out, false, rows.Err()
}

// DiscardInvoice discards a draft (a credit proposal nobody wants); it
// reports whether it was a draft.
func (s *Store) DiscardInvoice(ctx context.Context, id domain.ID) (_ bool, err error) {
	defer domain.Wrap(&err, "store.DiscardInvoice(%d)", id)
	tid, err := tenant(ctx)
	if err != nil {
		return false, err
	}
	res, err := s.w.ExecContext(ctx, `UPDATE invoices SET status = $1 WHERE tenant_id = $2 AND id = $3 AND status = $4`,
		string(domain.InvoiceDiscarded), tid, id, string(domain.InvoiceDraft))
	if err != nil {
		return false, translate(err)
	}
	n, err := res.RowsAffected()
	return n == 1, err
}

// CreditedLineIDs returns the lines of an invoice that a confirmed credit
// note took back.
func (s *Store) CreditedLineIDs(ctx context.Context, invoiceID domain.ID) (_ map[domain.ID]bool, err error) {
	defer domain.Wrap(&err, "store.CreditedLineIDs(%d)", invoiceID)
	tid, err := tenant(ctx)
	if err != nil {
		return nil, err
	}
	rows, err := s.r.QueryContext(ctx, `SELECT c.invoice_line_id FROM credited_lines c
		JOIN invoice_lines l ON l.tenant_id = c.tenant_id AND l.id = c.invoice_line_id
		WHERE c.tenant_id = $1 AND l.invoice_id = $2`, tid, invoiceID)
	if err != nil {
		return nil, translate(err)
	}
	defer rows.Close()
	out := map[domain.ID]bool{}
	for rows.Next() {
		var id domain.ID
		if err := rows.Scan(&id); err != nil {
			return nil, err
		}
		out[id] = true
	}
	return out, rows.Err()
}

// InvoicedLinesOfTimesheet returns the lines of confirmed invoices that
// hold a day of the timesheet, with their invoice ids.
func (s *Store) InvoicedLinesOfTimesheet(ctx context.Context, timesheetID domain.ID) (_ map[domain.ID][]domain.ID, err error) {
	defer domain.Wrap(&err, "store.InvoicedLinesOfTimesheet(%d)", timesheetID)
	tid, err := tenant(ctx)
	if err != nil {
		return nil, err
	}
	rows, err := s.r.QueryContext(ctx, `SELECT DISTINCT l.invoice_id, l.id FROM invoiced_days d
		JOIN invoice_lines l ON l.tenant_id = d.tenant_id AND l.id = d.invoice_line_id
		WHERE d.tenant_id = $1 AND d.timesheet_id = $2 ORDER BY l.invoice_id, l.id`, tid, timesheetID)
	if err != nil {
		return nil, translate(err)
	}
	defer rows.Close()
	out := map[domain.ID][]domain.ID{}
	for rows.Next() {
		var inv, line domain.ID
		if err := rows.Scan(&inv, &line); err != nil {
			return nil, err
		}
		out[inv] = append(out[inv], line)
	}
	return out, rows.Err()
}
