package service

import (
	"context"
	"fmt"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/store"
)

// seriesInvoices is the sequence invoices and credit notes share. A
// self-billed invoice is the freelancer's invoice, issued in its name: it
// draws from a gap-free series of its own per freelancer (and year when the
// agency numbers per year), prefixed SB<candidate>-, so that each
// freelancer's invoices are numbered consecutively as its own, and the
// prefix keeps them apart from each other and from the agency's numbers.
const seriesInvoices = "invoices"

// ConfirmInvoiceRun confirms a draft run in one transaction (issue 17):
// each invoice gets the next number of the agency's gap-free sequence, its
// days are claimed (a day another invoice holds fails the whole run with
// KeyAlreadyInvoiced, and a day whose timesheet was reopened or changed
// since the draft fails it with KeyStaleDraft), its UBL XML and PDF are
// stored on the client and mailed to the client's named contacts, and the
// run and each invoice are audited. Either all of it happens or nothing: a
// failed confirmation leaves no number used.
func (s *Service) ConfirmInvoiceRun(ctx context.Context, who store.Actor, id domain.ID) (_ domain.InvoiceRun, err error) {
	defer domain.Wrap(&err, "service.ConfirmInvoiceRun(%d)", id)
	if s, err = s.withBundle(); err != nil {
		return domain.InvoiceRun{}, err
	}
	st := s.store()
	err = st.InTx(ctx, func(tx *store.Store) error {
		run, err := tx.InvoiceRun(ctx, id)
		if err != nil {
			return err
		}
		set, err := tx.InvoiceSettings(ctx)
		if err != nil {
			return err
		}
		// The sequence row first: on PostgreSQL its lock queues concurrent
		// confirmations of the agency before they touch any day, so they
		// cannot deadlock on each other's claims.
		issue := s.Today()
		if _, err := tx.NextInvoiceNumber(ctx, seriesInvoices+":lock", 0); err != nil {
			return err
		}
		moved, err := tx.DecideInvoiceRun(ctx, id, domain.InvoiceConfirmed, s.now())
		if err != nil {
			return err
		}
		if !moved {
			return domain.Conflict(KeyRunDecided, nil)
		}
		drafts, _, err := tx.Invoices(ctx, store.InvoiceFilter{RunID: id, Status: domain.InvoiceDraft, Limit: 1000})
		if err != nil {
			return err
		}
		// One check of every draft's days, before any number is drawn.
		if stale, err := tx.StaleInvoiceDays(ctx, id, 0); err != nil {
			return err
		} else if stale > 0 {
			return domain.Conflict(KeyStaleDraft, nil)
		}
		for i := len(drafts) - 1; i >= 0; i-- { // the list is newest first; number in the order they were made
			if err := s.confirmDocument(ctx, tx, who, set, drafts[i].ID, issue); err != nil {
				return err
			}
		}
		return tx.Audit(ctx, domain.AuditEntry{ActorKind: who.Kind, ActorID: who.ID, ActorName: who.Name,
			Action: "invoice_run_confirm", ObjectKind: "invoice_run", ObjectID: run.ID,
			Detail: fmt.Sprintf("%s: %d invoices", run.Period.Label(), len(drafts))})
	})
	if err != nil {
		return domain.InvoiceRun{}, err
	}
	return st.InvoiceRun(ctx, id)
}

// confirmDocument numbers and locks one draft invoice or credit note in tx,
// stores its documents, mails it and audits it.
func (s *Service) confirmDocument(ctx context.Context, tx *store.Store, who store.Actor, set domain.InvoiceSettings, id domain.ID, issue domain.Date) error {
	inv, err := tx.Invoice(ctx, id)
	if err != nil {
		return err
	}
	if inv.Status != domain.InvoiceDraft {
		return domain.Conflict(KeyRunDecided, nil)
	}
	series, prefix := seriesInvoices, set.NumberPrefix
	if inv.Kind == domain.InvoiceKindSelfBilling {
		series, prefix = fmt.Sprintf("self:%d", inv.CandidateID), fmt.Sprintf("SB%d-", inv.CandidateID)
	}
	year := domain.SequenceYear(set.NumberPerYear, issue)
	n, err := tx.NextInvoiceNumber(ctx, series, year)
	if err != nil {
		return err
	}
	inv.Number = domain.InvoiceNumber(prefix, set.NumberPerYear, issue.Time().Year(), n)
	inv.IssueDate, inv.DueDate = issue, domain.DueDate(issue, inv.PaymentDays)
	moved, err := tx.ConfirmInvoice(ctx, &inv, s.now())
	if err != nil {
		return err
	}
	if !moved {
		return domain.Conflict(KeyRunDecided, nil)
	}
	switch inv.Kind {
	case domain.InvoiceKindInvoice:
		err = tx.ClaimInvoiceDays(ctx, id)
	case domain.InvoiceKindCredit:
		err = tx.ClaimCreditedLines(ctx, id)
	case domain.InvoiceKindSelfBilling:
		err = tx.ClaimSelfBilledDays(ctx, id)
	}
	if err != nil {
		return err
	}
	if err := s.storeDocuments(ctx, tx, &inv); err != nil {
		return err
	}
	mail := s.mailInvoice
	if inv.Kind == domain.InvoiceKindSelfBilling {
		mail = s.mailSelfBilled
	}
	if err := mail(ctx, tx, inv); err != nil {
		return err
	}
	return tx.Audit(ctx, domain.AuditEntry{ActorKind: who.Kind, ActorID: who.ID, ActorName: who.Name,
		Action: "invoice_confirm", ObjectKind: "invoice", ObjectID: inv.ID,
		Detail: fmt.Sprintf("%s %s %s", inv.Kind, inv.Number, domain.FormatCents(inv.TotalCents))})
}
