package store

import (
	"context"
	"time"

	"github.com/matchpoint/matchpoint/domain"
)

// NextInvoiceNumber draws the next number of a series (per year or, with
// year 0, for ever). Call it in the confirming transaction: the row lock of
// the UPDATE serialises concurrent confirmations of the agency on
// PostgreSQL (SQLite has one writer anyway), and a transaction that rolls
// back gives its number back, so the sequence has no gaps.
func (s *Store) NextInvoiceNumber(ctx context.Context, series string, year int) (_ int64, err error) {
	defer domain.Wrap(&err, "store.NextInvoiceNumber(%s, %d)", series, year)
	tid, err := tenant(ctx)
	if err != nil {
		return 0, err
	}
	if _, err := s.w.ExecContext(ctx, `INSERT INTO invoice_sequences (tenant_id, series, year, next_number) VALUES ($1, $2, $3, 1)
		ON CONFLICT (tenant_id, series, year) DO NOTHING`, tid, series, year); err != nil {
		return 0, translate(err)
	}
	var next int64
	err = s.w.QueryRowContext(ctx, `UPDATE invoice_sequences SET next_number = next_number + 1
		WHERE tenant_id = $1 AND series = $2 AND year = $3 RETURNING next_number`, tid, series, year).Scan(&next)
	if err != nil {
		return 0, translate(err)
	}
	return next - 1, nil
}

// ConfirmInvoice gives a draft its number and dates; it reports whether the
// invoice was a draft (the loser of a race finds it confirmed).
func (s *Store) ConfirmInvoice(ctx context.Context, inv *domain.Invoice, at time.Time) (_ bool, err error) {
	defer domain.Wrap(&err, "store.ConfirmInvoice(%d)", inv.ID)
	tid, err := tenant(ctx)
	if err != nil {
		return false, err
	}
	res, err := s.w.ExecContext(ctx, `UPDATE invoices SET status = $1, number = $2, issue_date = $3, due_date = $4, confirmed_at = $5
		WHERE tenant_id = $6 AND id = $7 AND status = $8`,
		string(domain.InvoiceConfirmed), inv.Number, inv.IssueDate, inv.DueDate, at, tid, inv.ID, string(domain.InvoiceDraft))
	if err != nil {
		return false, translate(err)
	}
	n, err := res.RowsAffected()
	if n == 1 {
		inv.Status, inv.ConfirmedAt = domain.InvoiceConfirmed, &at
	}
	return n == 1, err
}

// StaleInvoiceDays counts the days behind the draft invoices of a run (or,
// with runID 0, behind the invoice invoiceID) that no longer stand as
// drafted: their timesheet is no longer approved, or the day's time
// changed or is gone. A draft with stale days must be made again.
func (s *Store) StaleInvoiceDays(ctx context.Context, runID, invoiceID domain.ID) (_ int, err error) {
	defer domain.Wrap(&err, "store.StaleInvoiceDays(%d, %d)", runID, invoiceID)
	tid, err := tenant(ctx)
	if err != nil {
		return 0, err
	}
	var n int
	err = s.r.QueryRowContext(ctx, `SELECT COUNT(*) FROM invoice_line_days d
		JOIN invoice_lines il ON il.tenant_id = d.tenant_id AND il.id = d.invoice_line_id
		JOIN invoices i ON i.tenant_id = il.tenant_id AND i.id = il.invoice_id
		JOIN timesheets t ON t.tenant_id = d.tenant_id AND t.id = d.timesheet_id
		LEFT JOIN timesheet_lines l ON l.tenant_id = d.tenant_id AND l.timesheet_id = d.timesheet_id
			AND l.declaration_type_id = d.declaration_type_id AND l.day = d.day
		WHERE d.tenant_id = $1 AND (i.run_id = $2 AND i.status = $4 OR i.id = $3)
		AND (t.status <> $5 OR l.minutes IS NULL OR l.minutes <> d.minutes)`,
		tid, runID, invoiceID, string(domain.InvoiceDraft), string(domain.TimesheetApproved)).Scan(&n)
	return n, translate(err)
}

// ClaimInvoiceDays records every day behind an invoice's lines as
// invoiced. A day another confirmed invoice holds makes it fail with
// KeyAlreadyInvoiced: the primary key on the day is what keeps a timesheet
// day on one invoice, whatever runs race.
func (s *Store) ClaimInvoiceDays(ctx context.Context, invoiceID domain.ID) (err error) {
	defer domain.Wrap(&err, "store.ClaimInvoiceDays(%d)", invoiceID)
	tid, err := tenant(ctx)
	if err != nil {
		return err
	}
	_, err = s.w.ExecContext(ctx, `INSERT INTO invoiced_days (tenant_id, timesheet_id, declaration_type_id, day, invoice_line_id)
		SELECT d.tenant_id, d.timesheet_id, d.declaration_type_id, d.day, d.invoice_line_id FROM invoice_line_days d
		JOIN invoice_lines l ON l.tenant_id = d.tenant_id AND l.id = d.invoice_line_id
		WHERE d.tenant_id = $1 AND l.invoice_id = $2`, tid, invoiceID)
	if err = translate(err); domain.KindOf(err) == domain.KindConflict {
		return domain.Conflict(KeyAlreadyInvoiced, err)
	}
	return err
}

// ClaimSelfBilledDays records every day behind a self-billed invoice's
// lines as paid to its freelancer; a day another confirmed self-billed
// invoice holds makes it fail with KeyAlreadyInvoiced, as ClaimInvoiceDays.
func (s *Store) ClaimSelfBilledDays(ctx context.Context, invoiceID domain.ID) (err error) {
	defer domain.Wrap(&err, "store.ClaimSelfBilledDays(%d)", invoiceID)
	tid, err := tenant(ctx)
	if err != nil {
		return err
	}
	_, err = s.w.ExecContext(ctx, `INSERT INTO self_billed_days (tenant_id, timesheet_id, declaration_type_id, day, invoice_line_id)
		SELECT d.tenant_id, d.timesheet_id, d.declaration_type_id, d.day, d.invoice_line_id FROM invoice_line_days d
		JOIN invoice_lines l ON l.tenant_id = d.tenant_id AND l.id = d.invoice_line_id
		WHERE d.tenant_id = $1 AND l.invoice_id = $2`, tid, invoiceID)
	if err = translate(err); domain.KindOf(err) == domain.KindConflict {
		return domain.Conflict(KeyAlreadyInvoiced, err)
	}
	return err
}

// KeyAlreadyInvoiced is the conflict of a confirmation that lost a day to
// another invoice.
const KeyAlreadyInvoiced = "invoice.error.already_invoiced"

// KeyAlreadyCredited is the conflict of a credit note for a line that
// another credit note took back.
const KeyAlreadyCredited = "invoice.error.already_credited"

// ClaimCreditedLines records the lines a credit note takes back, each at
// most once, and frees their timesheet days so that they can be invoiced
// again.
func (s *Store) ClaimCreditedLines(ctx context.Context, creditID domain.ID) (err error) {
	defer domain.Wrap(&err, "store.ClaimCreditedLines(%d)", creditID)
	tid, err := tenant(ctx)
	if err != nil {
		return err
	}
	_, err = s.w.ExecContext(ctx, `INSERT INTO credited_lines (tenant_id, invoice_line_id, credit_line_id)
		SELECT tenant_id, credits_line_id, id FROM invoice_lines WHERE tenant_id = $1 AND invoice_id = $2 AND credits_line_id IS NOT NULL`,
		tid, creditID)
	if err = translate(err); domain.KindOf(err) == domain.KindConflict {
		return domain.Conflict(KeyAlreadyCredited, err)
	}
	if err != nil {
		return err
	}
	_, err = s.w.ExecContext(ctx, `DELETE FROM invoiced_days WHERE tenant_id = $1 AND invoice_line_id IN
		(SELECT credits_line_id FROM invoice_lines WHERE tenant_id = $1 AND invoice_id = $2 AND credits_line_id IS NOT NULL)`,
		tid, creditID)
	return translate(err)
}

// SetInvoiceDocuments links an invoice to the attachments that hold its
// UBL XML and its PDF.
func (s *Store) SetInvoiceDocuments(ctx context.Context, id, xmlID, pdfID domain.ID) (err error) {
	defer domain.Wrap(&err, "store.SetInvoiceDocuments(%d)", id)
	tid, err := tenant(ctx)
	if err != nil {
		return err
	}
	return expectOne(s.w.ExecContext(ctx, `UPDATE invoices SET xml_attachment_id = $1, pdf_attachment_id = $2
		WHERE tenant_id = $3 AND id = $4`, xmlID, pdfID, tid, id))
}
