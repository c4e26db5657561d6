package service

import (
	"context"
	"fmt"
	"slices"
	"strings"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/store"
)

// Keys of what can refuse a credit note.
const (
	KeyNotCreditable   = "invoice.error.not_creditable"
	KeyNothingToCredit = "invoice.error.nothing_to_credit"
	KeyNotApproved     = "invoice.error.not_approved"
)

// DraftCredit proposes a credit note for lines of a confirmed invoice (all
// its lines not yet credited when lineIDs is empty), with the reason the
// client will read. The draft can be confirmed or discarded; only its
// confirmation takes the lines back and frees their days to be invoiced
// again.
func (s *Service) DraftCredit(ctx context.Context, who store.Actor, invoiceID domain.ID, lineIDs []domain.ID, reason string) (_ domain.Invoice, err error) {
	defer domain.Wrap(&err, "service.DraftCredit(%d)", invoiceID)
	reason = strings.TrimSpace(reason)
	var v domain.Validator
	v.Required(reason, "reason")
	v.MaxLen(reason, 500, "reason")
	v.Check(!strings.ContainsFunc(reason, func(r rune) bool { return r < ' ' && r != '\n' && r != '\t' }), "reason", "validation.text")
	var out domain.Invoice
	err = s.store().InTx(ctx, func(tx *store.Store) error {
		inv, err := tx.Invoice(ctx, invoiceID)
		if err != nil {
			return err
		}
		if inv.Kind != domain.InvoiceKindInvoice || inv.Status != domain.InvoiceConfirmed {
			return domain.Conflict(KeyNotCreditable, nil)
		}
		if err := v.Err(); err != nil {
			return err
		}
		if out, err = s.draftCreditIn(ctx, tx, who, inv, lineIDs, reason); err != nil {
			return err
		}
		return tx.Audit(ctx, domain.AuditEntry{ActorKind: who.Kind, ActorID: who.ID, ActorName: who.Name,
			Action: "invoice_credit_draft", ObjectKind: "invoice", ObjectID: out.ID, Detail: "credits " + inv.Number})
	})
	return out, err
}

// draftCreditIn makes the draft credit note of the chosen lines of inv.
func (s *Service) draftCreditIn(ctx context.Context, tx *store.Store, who store.Actor, inv domain.Invoice, lineIDs []domain.ID, reason string) (domain.Invoice, error) {
	credited, err := tx.CreditedLineIDs(ctx, inv.ID)
	if err != nil {
		return domain.Invoice{}, err
	}
	if err := tx.InvoiceLineDays(ctx, &inv); err != nil {
		return domain.Invoice{}, err
	}
	open := domain.UncreditedLines(inv.Lines, credited)
	var chosen []domain.InvoiceLine
	for _, l := range open {
		if len(lineIDs) == 0 || slices.Contains(lineIDs, l.ID) {
			chosen = append(chosen, l)
		}
	}
	for _, id := range lineIDs {
		if !slices.ContainsFunc(open, func(l domain.InvoiceLine) bool { return l.ID == id }) {
			return domain.Invoice{}, &domain.ValidationError{Fields: domain.FieldErrors{"lines": KeyNothingToCredit}}
		}
	}
	if len(chosen) == 0 {
		return domain.Invoice{}, &domain.ValidationError{Fields: domain.FieldErrors{"lines": KeyNothingToCredit}}
	}
	lines := domain.CreditLines(chosen)
	t := domain.InvoiceTotals(lines)
	credit := domain.Invoice{Kind: domain.InvoiceKindCredit, Status: domain.InvoiceDraft, PeriodStart: inv.PeriodStart,
		PeriodEnd: inv.PeriodEnd, CompanyID: inv.CompanyID, CreditsID: inv.ID, CreditsNumber: inv.Number,
		CreditsIssueDate: inv.IssueDate, GroupKey: inv.GroupKey, OrderReference: inv.OrderReference,
		BuyerReference: inv.BuyerReference, Language: inv.Language, Currency: inv.Currency, PaymentDays: inv.PaymentDays,
		Note: reason, Seller: inv.Seller, Buyer: inv.Buyer, Lines: lines,
		NetCents: t.NetCents, VATCents: t.VATCents, TotalCents: t.TotalCents, CreatedBy: who.ID, CreatedByName: who.Name}
	if err := tx.CreateInvoice(ctx, &credit); err != nil {
		return domain.Invoice{}, err
	}
	return credit, nil
}

// ConfirmCredit confirms a draft credit note: it gets the next number of
// the invoices' sequence, takes its lines back (each line at most once,
// else KeyAlreadyCredited), frees their days, and is stored, mailed and
// audited like an invoice.
func (s *Service) ConfirmCredit(ctx context.Context, who store.Actor, id domain.ID) (_ domain.Invoice, err error) {
	defer domain.Wrap(&err, "service.ConfirmCredit(%d)", id)
	st := s.store()
	err = st.InTx(ctx, func(tx *store.Store) error {
		inv, err := tx.Invoice(ctx, id)
		if err != nil {
			return err
		}
		if inv.Kind != domain.InvoiceKindCredit {
			return domain.NotFound("credit note")
		}
		set, err := tx.InvoiceSettings(ctx)
		if err != nil {
			return err
		}
		if _, err := tx.NextInvoiceNumber(ctx, seriesInvoices+":lock", 0); err != nil {
			return err
		}
		return s.confirmDocument(ctx, tx, who, set, id, s.Today())
	})
	if err != nil {
		return domain.Invoice{}, err
	}
	return st.Invoice(ctx, id)
}

// DiscardCredit discards a draft credit note (a proposal nobody wants).
func (s *Service) DiscardCredit(ctx context.Context, who store.Actor, id domain.ID) (err error) {
	defer domain.Wrap(&err, "service.DiscardCredit(%d)", id)
	return s.store().InTx(ctx, func(tx *store.Store) error {
		inv, err := tx.Invoice(ctx, id)
		if err != nil {
			return err
		}
		if inv.Kind != domain.InvoiceKindCredit {
			return domain.NotFound("credit note")
		}
		moved, err := tx.DiscardInvoice(ctx, id)
		if err != nil {
			return err
		}
		if !moved {
			return domain.Conflict(KeyRunDecided, nil)
		}
		return tx.Audit(ctx, domain.AuditEntry{ActorKind: who.Kind, ActorID: who.ID, ActorName: who.Name,
			Action: "invoice_credit_discard", ObjectKind: "invoice", ObjectID: id})
	})
}

// ReverseApproval reopens an approved timesheet (D6) on an admin's word:
// it goes back to the candidate as rejected, with the admin's comment, so
// it can be corrected and sent again. When days of it are on confirmed
// invoices, the money is not changed silently: each such invoice gets a
// draft credit note (a credit proposal) for the lines that hold those
// days, for the agency to confirm. Its days stay claimed until then.
func (s *Service) ReverseApproval(ctx context.Context, who store.Actor, timesheetID domain.ID, comment string) (proposals []domain.Invoice, err error) {
	defer domain.Wrap(&err, "service.ReverseApproval(%d)", timesheetID)
	comment = strings.TrimSpace(comment)
	var v domain.Validator
	v.Required(comment, "comment")
	v.MaxLen(comment, 4000, "comment")
	err = s.store().InTx(ctx, func(tx *store.Store) error {
		t, p, _, err := s.timesheetFor(ctx, tx, who, timesheetID)
		if err != nil {
			return err
		}
		u, err := tx.User(ctx, who.ID)
		if err != nil || !u.Active || !u.IsAdmin() {
			return &domain.Error{Kind: domain.KindForbidden, Key: "error.forbidden"}
		}
		if err := v.Err(); err != nil {
			return err
		}
		now := s.now()
		moved, err := tx.TransitionTimesheet(ctx, t.ID, []domain.TimesheetStatus{domain.TimesheetApproved}, domain.TimesheetRejected, now)
		if err != nil {
			return err
		}
		if !moved {
			return domain.Conflict(KeyNotApproved, nil)
		}
		e := domain.TimesheetEvent{TimesheetID: t.ID, ActorKind: who.Kind, ActorID: who.ID, ActorName: who.Name,
			Action: string(domain.TimesheetRejected), Comment: comment, At: now}
		if err := tx.AddTimesheetEvent(ctx, &e); err != nil {
			return err
		}
		if err := tx.Audit(ctx, domain.AuditEntry{ActorKind: who.Kind, ActorID: who.ID, ActorName: who.Name,
			Action: "timesheet_reopened", ObjectKind: string(domain.SubjectTimesheet), ObjectID: t.ID}); err != nil {
			return err
		}
		invoiced, err := tx.InvoicedLinesOfTimesheet(ctx, t.ID)
		if err != nil {
			return err
		}
		ids := make([]domain.ID, 0, len(invoiced))
		for id := range invoiced {
			ids = append(ids, id)
		}
		slices.Sort(ids)
		for _, invID := range ids {
			inv, err := tx.Invoice(ctx, invID)
			if err != nil {
				return err
			}
			l, err := s.localizer(inv.Language)
			if err != nil {
				return err
			}
			reason := l.T("invoice.credit.reopened", map[string]any{"Week": weekLabel(t.Year, t.Week), "Candidate": p.CandidateName})
			credit, err := s.draftCreditIn(ctx, tx, who, inv, invoiced[invID], reason)
			if err != nil {
				return err
			}
			if err := tx.Audit(ctx, domain.AuditEntry{ActorKind: who.Kind, ActorID: who.ID, ActorName: who.Name,
				Action: "invoice_credit_proposed", ObjectKind: "invoice", ObjectID: credit.ID,
				Detail: fmt.Sprintf("credits %s: timesheet %d reopened", inv.Number, t.ID)}); err != nil {
				return err
			}
			proposals = append(proposals, credit)
		}
		out, err := tx.Timesheet(ctx, t.ID)
		if err != nil {
			return err
		}
		return s.mailCandidate(ctx, tx, p, out, "timesheet_rejected", comment)
	})
	return proposals, err
}
