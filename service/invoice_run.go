package service

import (
	"context"
	"fmt"
	"slices"
	"sort"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/i18n"
	"github.com/matchpoint/matchpoint/store"
)

// Keys of what can stop a run.
const (
	KeySettingsIncomplete = "invoice.error.settings_incomplete"
	KeyNothingToInvoice   = "invoice.error.nothing_to_invoice"
	KeyRunDecided         = "invoice.error.run_decided"
	KeyStaleDraft         = "invoice.error.stale"
	skipNoClientDetails   = "invoice.skip.no_client_details"
)

// DraftInvoiceRun invoices a period for some clients (all when companyIDs
// is empty) as a draft run that can be reviewed, then confirmed or
// discarded (issue 17). It takes the days of approved (locked) timesheets
// that no confirmed invoice holds, prices each at its day's rate with its
// declaration type's surcharge, and makes one invoice per client and
// grouping key with a line per placement, declaration type, week and rate.
// Days it cannot price, and days of clients without invoicing details, are
// kept on the run as skipped, with the reason. When the agency self-bills,
// the run also makes its freelancers' self-billed invoices
// (makeSelfBilled). Drafts claim nothing: two drafts may hold the same
// day, and the first confirmed wins it.
func (s *Service) DraftInvoiceRun(ctx context.Context, who store.Actor, period domain.Period, companyIDs []domain.ID) (_ domain.InvoiceRun, err error) {
	defer domain.Wrap(&err, "service.DraftInvoiceRun(%s)", period.Label())
	if s, err = s.withBundle(); err != nil {
		return domain.InvoiceRun{}, err
	}
	st := s.store()
	set, err := st.InvoiceSettings(ctx)
	if err != nil {
		return domain.InvoiceRun{}, err
	}
	if !set.Ready() {
		return domain.InvoiceRun{}, &domain.Error{Kind: domain.KindInvalid, Key: KeySettingsIncomplete}
	}
	slices.Sort(companyIDs)
	companyIDs = slices.Compact(companyIDs)
	days, err := st.ApprovedDays(ctx, store.DayFilter{Period: period, CompanyIDs: companyIDs, Uninvoiced: true})
	if err != nil {
		return domain.InvoiceRun{}, err
	}
	invoices, skipped, err := s.makeInvoices(ctx, st, set, period, days)
	if err != nil {
		return domain.InvoiceRun{}, err
	}
	selfBilled, err := s.makeSelfBilled(ctx, st, set, period, companyIDs)
	if err != nil {
		return domain.InvoiceRun{}, err
	}
	invoices = append(invoices, selfBilled...)
	if len(invoices) == 0 && len(skipped) == 0 {
		return domain.InvoiceRun{}, &domain.ValidationError{Fields: domain.FieldErrors{"period": KeyNothingToInvoice}}
	}
	run := domain.InvoiceRun{Period: period, CompanyIDs: companyIDs, CreatedBy: who.ID, CreatedByName: who.Name, Skipped: skipped}
	err = st.InTx(ctx, func(tx *store.Store) error {
		if err := tx.CreateInvoiceRun(ctx, &run); err != nil {
			return err
		}
		for i := range invoices {
			invoices[i].RunID, invoices[i].CreatedBy, invoices[i].CreatedByName = run.ID, who.ID, who.Name
			if err := tx.CreateInvoice(ctx, &invoices[i]); err != nil {
				return err
			}
		}
		return tx.Audit(ctx, domain.AuditEntry{ActorKind: who.Kind, ActorID: who.ID, ActorName: who.Name,
			Action: "invoice_run_draft", ObjectKind: "invoice_run", ObjectID: run.ID,
			Detail: fmt.Sprintf("%s: %d invoices, %d days skipped", period.Label(), len(invoices), len(skipped))})
	})
	if err != nil {
		return domain.InvoiceRun{}, err
	}
	return st.InvoiceRun(ctx, run.ID)
}

// makeInvoices prices days and groups them into draft invoices per client
// and grouping key, in company and key order.
func (s *Service) makeInvoices(ctx context.Context, st *store.Store, set domain.InvoiceSettings, period domain.Period,
	days []domain.DayLine) ([]domain.Invoice, []domain.SkippedDay, error) {
	var placementIDs []domain.ID
	for _, d := range days {
		if len(placementIDs) == 0 || placementIDs[len(placementIDs)-1] != d.PlacementID {
			placementIDs = append(placementIDs, d.PlacementID)
		}
	}
	slices.Sort(placementIDs)
	placementIDs = slices.Compact(placementIDs)
	placements, err := st.InvoicePlacements(ctx, placementIDs)
	if err != nil {
		return nil, nil, err
	}
	rates, err := st.RatesOf(ctx, placementIDs)
	if err != nil {
		return nil, nil, err
	}
	var companyIDs []domain.ID
	for _, p := range placements {
		companyIDs = append(companyIDs, p.CompanyID)
	}
	slices.Sort(companyIDs)
	companyIDs = slices.Compact(companyIDs)
	billings, err := st.ClientBillings(ctx, companyIDs)
	if err != nil {
		return nil, nil, err
	}
	priced, skipped := domain.PriceDays(days, rates, set)
	type groupKey struct {
		company domain.ID
		key     string
	}
	groups := map[groupKey][]domain.PricedDay{}
	for _, d := range priced {
		p := placements[d.PlacementID]
		b, ok := billings[p.CompanyID]
		if !ok {
			skipped = append(skipped, domain.SkippedDay{DayLine: d.DayLine, Reason: skipNoClientDetails})
			continue
		}
		k := groupKey{p.CompanyID, domain.InvoiceGroupKey(b.Grouping, p.ID, p.PONumber, p.CostCentre)}
		groups[k] = append(groups[k], d)
	}
	keys := make([]groupKey, 0, len(groups))
	for k := range groups {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		if keys[i].company != keys[j].company {
			return keys[i].company < keys[j].company
		}
		return keys[i].key < keys[j].key
	})
	texts := map[string]*i18n.Localizer{}
	var out []domain.Invoice
	for _, k := range keys {
		b := billings[k.company]
		l, ok := texts[b.Language]
		if !ok {
			if l, err = s.localizer(b.Language); err != nil {
				return nil, nil, err
			}
			texts[b.Language] = l
		}
		inv := clientInvoice(set, b, period, k.key, domain.GroupDays(groups[k]), placements, l)
		out = append(out, inv)
	}
	return out, skipped, nil
}

// clientInvoice makes a client's draft invoice of grouped lines: parties,
// references, VAT per line, descriptions in the client's language, totals.
func clientInvoice(set domain.InvoiceSettings, b domain.ClientBilling, period domain.Period, key string, lines []domain.InvoiceLine,
	placements map[domain.ID]store.InvoicePlacement, l *i18n.Localizer) domain.Invoice {
	rates := domain.VATRates{Standard: set.StandardRateBP, Reduced: set.ReducedRateBP}
	pos, ccs := map[string]bool{}, map[string]bool{}
	for _, ln := range lines {
		p := placements[ln.PlacementID]
		pos[p.PONumber], ccs[p.CostCentre] = true, true
	}
	inv := domain.Invoice{
		Kind: domain.InvoiceKindInvoice, Status: domain.InvoiceDraft, PeriodStart: period.Start, PeriodEnd: period.End,
		CompanyID: b.CompanyID, GroupKey: key, Language: b.Language, Currency: set.Currency,
		PaymentDays: set.PaymentDays, Seller: sellerParty(set), Buyer: buyerParty(b),
	}
	if b.PaymentDays > 0 {
		inv.PaymentDays = b.PaymentDays
	}
	if len(pos) == 1 {
		for po := range pos {
			inv.OrderReference = po
		}
	}
	inv.BuyerReference = b.BuyerReference
	if inv.BuyerReference == "" && len(ccs) == 1 {
		for cc := range ccs {
			inv.BuyerReference = cc
		}
	}
	if inv.BuyerReference == "" {
		inv.BuyerReference = b.LegalName
	}
	for i := range lines {
		ln := &lines[i]
		p := placements[ln.PlacementID]
		ln.Position, ln.CandidateID = i+1, p.CandidateID
		ln.PONumber, ln.CostCentre = p.PONumber, p.CostCentre
		ln.VAT = domain.VATFor(set.Country, rates, b, set.Declaration(ln.DeclarationTypeID).VATClass)
		ln.Description = lineDescription(l, p, set.Declaration(ln.DeclarationTypeID).Name, ln, inv.OrderReference)
	}
	inv.Lines = lines
	t := domain.InvoiceTotals(lines)
	inv.NetCents, inv.VATCents, inv.TotalCents, inv.VAT = t.NetCents, t.VATCents, t.TotalCents, t.VAT
	return inv
}

// lineDescription says what a line is in the client's language: who, in
// which function, what kind of time, which week, with the surcharge and
// a PO number the invoice as a whole does not carry.
func lineDescription(l *i18n.Localizer, p store.InvoicePlacement, declType string, ln *domain.InvoiceLine, orderRef string) string {
	s := l.T("invoice.line.description", map[string]any{"Candidate": p.CandidateName, "Title": p.Title, "Type": declType,
		"Week": fmt.Sprintf("%d-W%02d", ln.Year, ln.Week)})
	if ln.SurchargeBP != 0 {
		s += " " + l.T("invoice.line.surcharge", map[string]any{"Percent": domain.FormatCents(int64(10_000 + ln.SurchargeBP))})
	}
	if ln.PONumber != "" && ln.PONumber != orderRef {
		s += " " + l.T("invoice.line.po", map[string]any{"PO": ln.PONumber})
	}
	return s
}

func sellerParty(set domain.InvoiceSettings) domain.Party {
	return domain.Party{Name: set.LegalName, Street: set.Street, PostalCode: set.PostalCode, City: set.City, Country: set.Country,
		VATNumber: set.VATNumber, CoCNumber: set.CoCNumber, PeppolID: set.PeppolID, Email: set.Email, Phone: set.Phone,
		IBAN: set.IBAN, BIC: set.BIC}
}

func buyerParty(b domain.ClientBilling) domain.Party {
	return domain.Party{Name: b.LegalName, Street: b.Street, PostalCode: b.PostalCode, City: b.City, Country: b.Country,
		VATNumber: b.VATNumber, CoCNumber: b.CoCNumber, PeppolID: b.PeppolID, Email: b.Email}
}

// DiscardInvoiceRun discards a draft run and its draft invoices.
func (s *Service) DiscardInvoiceRun(ctx context.Context, who store.Actor, id domain.ID) (err error) {
	defer domain.Wrap(&err, "service.DiscardInvoiceRun(%d)", id)
	return s.store().InTx(ctx, func(tx *store.Store) error {
		if _, err := tx.InvoiceRun(ctx, id); err != nil {
			return err
		}
		moved, err := tx.DecideInvoiceRun(ctx, id, domain.InvoiceDiscarded, s.now())
		if err != nil {
			return err
		}
		if !moved {
			return domain.Conflict(KeyRunDecided, nil)
		}
		return tx.Audit(ctx, domain.AuditEntry{ActorKind: who.Kind, ActorID: who.ID, ActorName: who.Name,
			Action: "invoice_run_discard", ObjectKind: "invoice_run", ObjectID: id})
	})
}
