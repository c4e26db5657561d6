package service

import (
	"context"
	"fmt"
	"slices"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/i18n"
	"github.com/matchpoint/matchpoint/store"
)

// makeSelfBilled makes the draft self-billed invoices of a run (issue 17):
// when the agency self-bills, each freelancer whose agreement is in force
// gets one invoice from itself to the agency for its approved days of the
// period that no confirmed self-billed invoice holds, at their pay rates
// with the declaration types' surcharges. Days without a pay rate are left
// out (the client side lists days without rates as skipped).
func (s *Service) makeSelfBilled(ctx context.Context, st *store.Store, set domain.InvoiceSettings, period domain.Period,
	companyIDs []domain.ID) ([]domain.Invoice, error) {
	if !set.SelfBilling {
		return nil, nil
	}
	days, err := st.ApprovedDays(ctx, store.DayFilter{Period: period, CompanyIDs: companyIDs, NotSelfBilled: true})
	if err != nil || len(days) == 0 {
		return nil, err
	}
	var placementIDs []domain.ID
	for _, d := range days {
		placementIDs = append(placementIDs, d.PlacementID)
	}
	slices.Sort(placementIDs)
	placementIDs = slices.Compact(placementIDs)
	placements, err := st.InvoicePlacements(ctx, placementIDs)
	if err != nil {
		return nil, err
	}
	var candidateIDs []domain.ID
	for _, p := range placements {
		candidateIDs = append(candidateIDs, p.CandidateID)
	}
	slices.Sort(candidateIDs)
	candidateIDs = slices.Compact(candidateIDs)
	freelancers, err := st.Freelancers(ctx, candidateIDs)
	if err != nil {
		return nil, err
	}
	var theirs []domain.DayLine
	for _, d := range days {
		if f, ok := freelancers[placements[d.PlacementID].CandidateID]; ok && f.SelfBilled(period.End) {
			theirs = append(theirs, d)
		}
	}
	if len(theirs) == 0 {
		return nil, nil
	}
	rates, err := st.RatesOf(ctx, placementIDs)
	if err != nil {
		return nil, err
	}
	priced, _ := domain.PayDays(theirs, rates, set)
	perCandidate := map[domain.ID][]domain.PricedDay{}
	for _, d := range priced {
		if d.PayMicros <= 0 {
			continue
		}
		// The freelancer sells its hours at their pay rate: the line's
		// price is what the agency pays.
		d.BillMicros, d.Rate.BillCents = d.PayMicros, d.Rate.PayCents
		c := placements[d.PlacementID].CandidateID
		perCandidate[c] = append(perCandidate[c], d)
	}
	t, err := st.CurrentTenant(ctx)
	if err != nil {
		return nil, err
	}
	l, err := s.localizer(t.DefaultLanguage)
	if err != nil {
		return nil, err
	}
	var out []domain.Invoice
	for _, c := range candidateIDs {
		if len(perCandidate[c]) == 0 {
			continue
		}
		out = append(out, selfBilledInvoice(set, freelancers[c], period, t.DefaultLanguage, domain.GroupDays(perCandidate[c]), placements, l))
	}
	return out, nil
}

// selfBilledInvoice is a freelancer's draft self-billed invoice: the
// freelancer sells, the agency buys; it says that the customer issued it
// (VAT Directive art. 226(10a)) and which agreement allows that.
func selfBilledInvoice(set domain.InvoiceSettings, f domain.FreelancerBilling, period domain.Period, lang string, lines []domain.InvoiceLine,
	placements map[domain.ID]store.InvoicePlacement, l *i18n.Localizer) domain.Invoice {
	inv := domain.Invoice{
		Kind: domain.InvoiceKindSelfBilling, Status: domain.InvoiceDraft, PeriodStart: period.Start, PeriodEnd: period.End,
		CandidateID: f.CandidateID, Language: lang, Currency: set.Currency, PaymentDays: set.PaymentDays,
		Seller: freelancerParty(f), Buyer: sellerParty(set),
		BuyerReference: l.T("invoice.self_billing.reference", map[string]any{"Date": f.AgreementDate.String()}),
		Note:           l.T("invoice.self_billing.note"),
	}
	inv.Buyer.IBAN, inv.Buyer.BIC = "", ""
	rates := domain.VATRates{Standard: set.StandardRateBP, Reduced: set.ReducedRateBP}
	for i := range lines {
		ln := &lines[i]
		p := placements[ln.PlacementID]
		decl := set.Declaration(ln.DeclarationTypeID)
		ln.Position, ln.CandidateID = i+1, p.CandidateID
		ln.VAT = domain.SelfBillingVAT(f.Country, set.Country, rates, decl.VATClass)
		ln.Description = l.T("invoice.self_billing.line", map[string]any{"Title": p.Title, "Company": p.CompanyName, "Type": decl.Name,
			"Week": fmt.Sprintf("%d-W%02d", ln.Year, ln.Week)})
		if ln.SurchargeBP != 0 {
			ln.Description += " " + l.T("invoice.line.surcharge", map[string]any{"Percent": domain.FormatCents(int64(10_000 + ln.SurchargeBP))})
		}
		// Pay and price are the same money here: the margin report reads
		// client invoices only.
		ln.PayCents = ln.NetCents
	}
	inv.Lines = lines
	t := domain.InvoiceTotals(lines)
	inv.NetCents, inv.VATCents, inv.TotalCents, inv.VAT = t.NetCents, t.VATCents, t.TotalCents, t.VAT
	return inv
}

func freelancerParty(f domain.FreelancerBilling) domain.Party {
	return domain.Party{Name: f.TradingName, Street: f.Street, PostalCode: f.PostalCode, City: f.City, Country: f.Country,
		VATNumber: f.VATNumber, CoCNumber: f.CoCNumber, IBAN: f.IBAN}
}
