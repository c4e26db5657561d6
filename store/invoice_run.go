package store

import (
	"context"
	"encoding/json"
	"strconv"
	"strings"
	"time"

	"github.com/matchpoint/matchpoint/domain"
)

// CreateInvoiceRun inserts a draft run.
func (s *Store) CreateInvoiceRun(ctx context.Context, r *domain.InvoiceRun) (err error) {
	defer domain.Wrap(&err, "store.CreateInvoiceRun")
	tid, err := tenant(ctx)
	if err != nil {
		return err
	}
	r.TenantID, r.Status, r.CreatedAt = tid, domain.InvoiceDraft, s.now()
	skipped, err := json.Marshal(skippedRows(r.Skipped))
	if err != nil {
		return err
	}
	return translate(s.w.QueryRowContext(ctx, `INSERT INTO invoice_runs (tenant_id, period_start, period_end, company_ids, status,
		created_by, created_by_name, created_at, skipped) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id`,
		tid, r.Period.Start, r.Period.End, joinIDs(r.CompanyIDs), string(r.Status), r.CreatedBy, r.CreatedByName, r.CreatedAt,
		string(skipped)).Scan(&r.ID))
}

// skippedRow is a skipped day as the run keeps it.
type skippedRow struct {
	Timesheet   domain.ID `json:"timesheet"`
	Placement   domain.ID `json:"placement"`
	Declaration domain.ID `json:"declaration_type"`
	Day         string    `json:"day"`
	Minutes     int       `json:"minutes"`
	Reason      string    `json:"reason"`
}

func skippedRows(days []domain.SkippedDay) []skippedRow {
	out := make([]skippedRow, len(days))
	for i, d := range days {
		out[i] = skippedRow{d.TimesheetID, d.PlacementID, d.DeclarationTypeID, d.Day.String(), d.Minutes, d.Reason}
	}
	return out
}

func joinIDs(ids []domain.ID) string {
	s := make([]string, len(ids))
	for i, id := range ids {
		s[i] = strconv.FormatInt(id, 10)
	}
	return strings.Join(s, ",")
}

func splitIDs(s string) []domain.ID {
	var out []domain.ID
	for _, f := range strings.Split(s, ",") {
		if id, err := strconv.ParseInt(f, 10, 64); err == nil {
			out = append(out, id)
		}
	}
	return out
}

const runColumns = `r.id, r.tenant_id, r.period_start, r.period_end, r.company_ids, r.status, r.created_by, r.created_by_name,
	r.created_at, r.decided_at, r.skipped,
	(SELECT COUNT(*) FROM invoices i WHERE i.tenant_id = r.tenant_id AND i.run_id = r.id),
	(SELECT COALESCE(SUM(i.net_cents), 0) FROM invoices i WHERE i.tenant_id = r.tenant_id AND i.run_id = r.id),
	(SELECT COALESCE(SUM(i.total_cents), 0) FROM invoices i WHERE i.tenant_id = r.tenant_id AND i.run_id = r.id)`

func scanRun(row interface{ Scan(...any) error }) (domain.InvoiceRun, error) {
	var r domain.InvoiceRun
	var companies, skipped string
	err := row.Scan(&r.ID, &r.TenantID, &r.Period.Start, &r.Period.End, &companies, &r.Status, &r.CreatedBy, &r.CreatedByName,
		&r.CreatedAt, &r.DecidedAt, &skipped, &r.Invoices, &r.NetCents, &r.TotalCents)
	if err != nil {
		return r, translate(err)
	}
	r.CompanyIDs = splitIDs(companies)
	var rows []skippedRow
	if err := json.Unmarshal([]byte(skipped), &rows); err != nil {
		return r, err
	}
	for _, s := range rows {
		day, _ := domain.ParseDate(s.Day)
		r.Skipped = append(r.Skipped, domain.SkippedDay{DayLine: domain.DayLine{TimesheetID: s.Timesheet, PlacementID: s.Placement,
			DeclarationTypeID: s.Declaration, Day: day, Minutes: s.Minutes}, Reason: s.Reason})
	}
	return r, nil
}

// InvoiceRun returns one run with the count and sums of its invoices.
func (s *Store) InvoiceRun(ctx context.Context, id domain.ID) (_ domain.InvoiceRun, err error) {
	defer domain.Wrap(&err, "store.InvoiceRun(%d)", id)
	tid, err := tenant(ctx)
	if err != nil {
		return domain.InvoiceRun{}, err
	}
	return scanRun(s.r.QueryRowContext(ctx, `SELECT `+runColumns+` FROM invoice_runs r WHERE r.tenant_id = $1 AND r.id = $2`, tid, id))
}

// InvoiceRuns lists the latest runs, newest first.
func (s *Store) InvoiceRuns(ctx context.Context, limit, offset int) (_ []domain.InvoiceRun, more bool, err error) {
	defer domain.Wrap(&err, "store.InvoiceRuns")
	tid, err := tenant(ctx)
	if err != nil {
		return nil, false, err
	}
	if limit <= 0 || limit > 200 {
		limit = 50
	}
	rows, err := s.r.QueryContext(ctx, `SELECT `+runColumns+` FROM invoice_runs r WHERE r.tenant_id = $1
		ORDER BY r.created_at DESC, r.id DESC LIMIT $2 OFFSET $3`, tid, limit+1, offset)
	if err != nil {
		return nil, false, translate(err)
	}
	defer rows.Close()
	var out []domain.InvoiceRun
	for rows.Next() {
		r, err := scanRun(rows)
		if err != nil {
			return nil, false, err
		}
		out = append(out, r)
	}
	if len(out) > limit {
		return out[:limit], true, rows.Err()
	}
	return out, false, rows.Err()
}

// DecideInvoiceRun moves a draft run to confirmed or discarded, with its
// draft invoices when discarded; it reports whether the run was a draft.
// The conditional UPDATE lets exactly one of two concurrent decisions win.
func (s *Store) DecideInvoiceRun(ctx context.Context, id domain.ID, to domain.InvoiceStatus, at time.Time) (_ bool, err error) {
	defer domain.Wrap(&err, "store.DecideInvoiceRun(%d, %s)", id, to)
	tid, err := tenant(ctx)
	if err != nil {
		return false, err
	}
	res, err := s.w.ExecContext(ctx, `UPDATE invoice_runs SET status = $1, decided_at = $2 WHERE tenant_id = $3 AND id = $4 AND status = $5`,
		string(to), at, tid, id, string(domain.InvoiceDraft))
	if err != nil {
		return false, translate(err)
	}
	n, err := res.RowsAffected()
	if err != nil || n == 0 {
		return false, err
	}
	if to == domain.InvoiceDiscarded {
		_, err = s.w.ExecContext(ctx, `UPDATE invoices SET status = $1 WHERE tenant_id = $2 AND run_id = $3 AND status = $4`,
			string(domain.InvoiceDiscarded), tid, id, string(domain.InvoiceDraft))
	}
	return true, translate(err)
}
