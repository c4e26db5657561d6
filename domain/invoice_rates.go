package domain

import (
	"fmt"
	"sort"
)

// Reasons a day could not be invoiced (message keys).
const (
	SkipNoRate      = "invoice.skip.no_rate"
	SkipNoInvoicing = "invoice.skip.no_invoicing"
)

// RateOn returns the rate a placement's declaration type has on day: among
// its rates whose period covers the day, the one that started last (of two
// starting the same day, the later made). A rate changed mid-week therefore
// prices the days before the change at the old rate and the rest at the new.
func RateOn(rates []Rate, placementID, declarationTypeID ID, day Date) (Rate, bool) {
	var best Rate
	found := false
	for _, r := range rates {
		if r.PlacementID != placementID || r.DeclarationTypeID != declarationTypeID || !inEffect(r.StartDate, r.EndDate, day) {
			continue
		}
		if !found || r.StartDate.After(best.StartDate) || r.StartDate == best.StartDate && r.ID > best.ID {
			best, found = r, true
		}
	}
	return best, found
}

// SurchargedMicros is a rate in cents with a surcharge in basis points, in
// micros: 65.50 at +25 % is 81.875, exactly.
func SurchargedMicros(cents int64, surchargeBP int) int64 {
	return cents * int64(10_000+surchargeBP)
}

// AmountCents is minutes at a price per hour in micros, rounded to the cent
// (half away from zero).
func AmountCents(minutes, priceMicros int64) int64 {
	c, ok := MulDivRound(minutes, priceMicros, 60*MicrosPerCent)
	if !ok {
		panic(fmt.Sprintf("domain.AmountCents: %d minutes at %d micros does not fit", minutes, priceMicros))
	}
	return c
}

// PricedDay is a day line with the rate that prices it.
type PricedDay struct {
	DayLine
	Rate        Rate
	SurchargeBP int
	BillMicros  int64 // per hour, surcharge included
	PayMicros   int64 // per hour, surcharge included
}

// PriceDays prices each day line at the rate of its day (RateOn) with its
// declaration type's surcharge, which applies to the pay rate too. Days
// whose declaration type has no rate that day, or only a 'no invoicing'
// one, are not billed: they come back as skipped with the reason. Pay
// needs no billable rate: PayDays prices 'no invoicing' days as well.
func PriceDays(days []DayLine, rates []Rate, set InvoiceSettings) (priced []PricedDay, skipped []SkippedDay) {
	for _, d := range days {
		p, reason := priceDay(d, rates, set)
		if reason == "" && p.Rate.NoInvoicing {
			reason = SkipNoInvoicing
		}
		if reason != "" {
			skipped = append(skipped, SkippedDay{DayLine: d, Reason: reason})
			continue
		}
		priced = append(priced, p)
	}
	return priced, skipped
}

// PayDays prices each day line for pay: every day with a rate, billable or
// not.
func PayDays(days []DayLine, rates []Rate, set InvoiceSettings) (priced []PricedDay, skipped []SkippedDay) {
	for _, d := range days {
		p, reason := priceDay(d, rates, set)
		if reason != "" {
			skipped = append(skipped, SkippedDay{DayLine: d, Reason: reason})
			continue
		}
		priced = append(priced, p)
	}
	return priced, skipped
}

func priceDay(d DayLine, rates []Rate, set InvoiceSettings) (PricedDay, string) {
	r, ok := RateOn(rates, d.PlacementID, d.DeclarationTypeID, d.Day)
	if !ok {
		return PricedDay{}, SkipNoRate
	}
	bp := set.Declaration(d.DeclarationTypeID).SurchargeBP
	return PricedDay{DayLine: d, Rate: r, SurchargeBP: bp,
		BillMicros: SurchargedMicros(r.BillCents, bp), PayMicros: SurchargedMicros(r.PayCents, bp)}, ""
}

// lineKey is what one invoice line gathers: a placement's declaration type
// in one ISO week at one price.
type lineKey struct {
	placement, declType ID
	year, week          int
	rate                ID
	price, pay          int64
}

// GroupDays makes invoice lines of priced days: one per placement,
// declaration type, ISO week and rate, so that a rate that changed
// mid-week gives two lines. Each line's amount is its minutes at its price,
// rounded once; its pay likewise. Lines come ordered by placement,
// declaration type, week and first day; their VAT, descriptions and
// positions are the caller's.
func GroupDays(days []PricedDay) []InvoiceLine {
	sorted := append([]PricedDay(nil), days...)
	sort.SliceStable(sorted, func(i, j int) bool {
		a, b := sorted[i], sorted[j]
		if a.PlacementID != b.PlacementID {
			return a.PlacementID < b.PlacementID
		}
		if a.DeclarationTypeID != b.DeclarationTypeID {
			return a.DeclarationTypeID < b.DeclarationTypeID
		}
		return a.Day.Before(b.Day)
	})
	idx := map[lineKey]int{}
	var out []InvoiceLine
	for _, d := range sorted {
		y, w := d.Day.ISOWeek()
		k := lineKey{d.PlacementID, d.DeclarationTypeID, y, w, d.Rate.ID, d.BillMicros, d.PayMicros}
		i, ok := idx[k]
		if !ok {
			i = len(out)
			idx[k] = i
			out = append(out, InvoiceLine{PlacementID: d.PlacementID, DeclarationTypeID: d.DeclarationTypeID, Year: y, Week: w,
				RateCents: d.Rate.BillCents, SurchargeBP: d.SurchargeBP, PriceMicros: d.BillMicros})
		}
		out[i].Minutes += int64(d.Minutes)
		out[i].Sources = append(out[i].Sources, d.DayLine)
	}
	payMicros := map[int]int64{}
	for k, i := range idx {
		payMicros[i] = k.pay
	}
	for i := range out {
		out[i].NetCents = AmountCents(out[i].Minutes, out[i].PriceMicros)
		out[i].PayCents = AmountCents(out[i].Minutes, payMicros[i])
	}
	return out
}
