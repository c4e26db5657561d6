package domain

import (
	"testing"
	"time"
)

func ymd(y int, m, d int) Date { return NewDate(y, timeMonth(m), d) }

// Issue 17: the rate of a day is the one in effect on that day; a rate
// changed mid-week prices the days on either side differently.
func TestRateOn_I17(t *testing.T) {
	const p, hours, overtime = 7, 1, 2
	rates := []Rate{
		{ID: 10, PlacementID: p, DeclarationTypeID: hours, StartDate: ymd(2026, 1, 1), EndDate: ymd(2026, 11, 11), BillCents: 6000},
		{ID: 11, PlacementID: p, DeclarationTypeID: hours, StartDate: ymd(2026, 11, 12), BillCents: 6550},
		{ID: 12, PlacementID: p, DeclarationTypeID: overtime, StartDate: ymd(2026, 1, 1), BillCents: 7000},
		{ID: 13, PlacementID: p, DeclarationTypeID: overtime, StartDate: ymd(2026, 6, 1), BillCents: 7500}, // overlaps 12: the later start wins
		{ID: 14, PlacementID: p, DeclarationTypeID: overtime, StartDate: ymd(2026, 6, 1), BillCents: 7600}, // same start as 13: the later made wins
		{ID: 15, PlacementID: 8, DeclarationTypeID: hours, StartDate: ymd(2026, 1, 1), BillCents: 9900},    // another placement
	}
	tests := []struct {
		name   string
		decl   ID
		day    Date
		wantID ID
	}{
		{"before the change, Wednesday", hours, ymd(2026, 11, 11), 10},
		{"after the change, Thursday", hours, ymd(2026, 11, 12), 11},
		{"long after, open-ended", hours, ymd(2027, 3, 1), 11},
		{"before any rate", hours, ymd(2025, 12, 31), 0},
		{"overlap: the later start", overtime, ymd(2026, 7, 1), 14},
		{"before the overlap", overtime, ymd(2026, 5, 31), 12},
		{"no rate of that declaration type", 3, ymd(2026, 7, 1), 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, ok := RateOn(rates, p, tt.decl, tt.day)
			if ok != (tt.wantID != 0) || r.ID != tt.wantID {
				t.Errorf("RateOn(%s) = %d %v, want %d", tt.day, r.ID, ok, tt.wantID)
			}
		})
	}
}

// Issue 17: overtime is its declaration type's surcharge on the rate, for
// bill and pay alike; days without a billable rate are not billed, and say why.
func TestPriceDays_I17(t *testing.T) {
	const p, hours, overtime, travel = 7, 1, 2, 3
	rates := []Rate{
		{ID: 1, PlacementID: p, DeclarationTypeID: hours, StartDate: ymd(2026, 1, 1), BillCents: 6550, PayCents: 4200},
		{ID: 2, PlacementID: p, DeclarationTypeID: overtime, StartDate: ymd(2026, 1, 1), BillCents: 6550, PayCents: 4200},
		{ID: 3, PlacementID: p, DeclarationTypeID: travel, StartDate: ymd(2026, 1, 1), NoInvoicing: true, PayCents: 1900},
	}
	set := InvoiceSettings{DeclarationTypes: []DeclarationBilling{{DeclarationTypeID: overtime, SurchargeBP: 2500, VATClass: VATClassStandard}}}
	days := []DayLine{
		{TimesheetID: 1, PlacementID: p, DeclarationTypeID: hours, Day: ymd(2026, 11, 2), Minutes: 480},
		{TimesheetID: 1, PlacementID: p, DeclarationTypeID: overtime, Day: ymd(2026, 11, 2), Minutes: 90},
		{TimesheetID: 1, PlacementID: p, DeclarationTypeID: travel, Day: ymd(2026, 11, 2), Minutes: 60},
		{TimesheetID: 1, PlacementID: p, DeclarationTypeID: 4, Day: ymd(2026, 11, 2), Minutes: 60},
	}
	priced, skipped := PriceDays(days, rates, set)
	if len(priced) != 2 || len(skipped) != 2 {
		t.Fatalf("priced %d, skipped %d; want 2 and 2", len(priced), len(skipped))
	}
	if priced[0].BillMicros != 65_500_000 || priced[0].PayMicros != 42_000_000 {
		t.Errorf("hours priced at %d / %d micros", priced[0].BillMicros, priced[0].PayMicros)
	}
	if priced[1].BillMicros != 81_875_000 || priced[1].PayMicros != 52_500_000 || priced[1].SurchargeBP != 2500 {
		t.Errorf("overtime priced at %d / %d micros, surcharge %d", priced[1].BillMicros, priced[1].PayMicros, priced[1].SurchargeBP)
	}
	if skipped[0].Reason != SkipNoInvoicing || skipped[1].Reason != SkipNoRate {
		t.Errorf("skipped for %q and %q", skipped[0].Reason, skipped[1].Reason)
	}
	paid, unpaid := PayDays(days, rates, set)
	if len(paid) != 3 || len(unpaid) != 1 {
		t.Errorf("pay: %d priced, %d skipped; want 3 and 1 (the 'no invoicing' travel is paid)", len(paid), len(unpaid))
	}
}

// Issue 17: one line per placement, declaration type and week and rate; a
// mid-week rate change splits the week; amounts are rounded once per line.
func TestGroupDays_I17(t *testing.T) {
	const p, hours = 7, 1
	rates := []Rate{
		{ID: 10, PlacementID: p, DeclarationTypeID: hours, StartDate: ymd(2026, 1, 1), EndDate: ymd(2026, 11, 11), BillCents: 6000, PayCents: 4000},
		{ID: 11, PlacementID: p, DeclarationTypeID: hours, StartDate: ymd(2026, 11, 12), BillCents: 6550, PayCents: 4333},
	}
	var days []DayLine
	for d := 2; d <= 13; d++ { // Mon 2 Nov … Fri 13 Nov 2026, weekend days too
		days = append(days, DayLine{TimesheetID: ID(100 + d/9), PlacementID: p, DeclarationTypeID: hours, Day: ymd(2026, 11, d), Minutes: 465})
	}
	priced, _ := PriceDays(days, rates, InvoiceSettings{})
	lines := GroupDays(priced)
	type want struct {
		week    int
		minutes int64
		rate    int64
		net     int64
		pay     int64
		sources int
	}
	wants := []want{
		{45, 7 * 465, 6000, 325500, 217000, 7}, // week 45: 2–8 Nov, 54.25 h at 60.00
		{46, 3 * 465, 6000, 139500, 93000, 3},  // week 46 before the change: 9–11 Nov
		{46, 2 * 465, 6550, 101525, 67162, 2},  // after: 12–13 Nov, 15.5 h at 65.50; pay 15.5 × 43.33 = 671.615 → 671.62
	}
	if len(lines) != len(wants) {
		t.Fatalf("%d lines, want %d: %+v", len(lines), len(wants), lines)
	}
	for i, w := range wants {
		l := lines[i]
		if l.Week != w.week || l.Minutes != w.minutes || l.RateCents != w.rate || l.NetCents != w.net || l.PayCents != w.pay || len(l.Sources) != w.sources {
			t.Errorf("line %d: week %d, %d min at %d = %d (pay %d), %d days; want %+v", i, l.Week, l.Minutes, l.RateCents, l.NetCents, l.PayCents, len(l.Sources), w)
		}
	}
}

func timeMonth(m int) time.Month { return time.Month(m) }
