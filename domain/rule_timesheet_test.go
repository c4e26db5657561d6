package domain

import (
	"testing"
	"time"
)

// Fixed days so no test depends on the clock.
var (
	onDay      = NewDate(2025, time.March, 12)
	dayBefore  = onDay.AddDays(-1)
	dayAfter   = onDay.AddDays(1)
	yearBefore = onDay.AddDays(-365)
	yearAfter  = onDay.AddDays(365)
)

const placementID ID = 7

// linedRate is a rate that gives a grid line: current, billable, with a
// declaration type that has 'empty timesheet line for every placement'.
func linedRate() Rate {
	return Rate{ID: 1, PlacementID: placementID, DeclarationTypeID: 3, StartDate: yearBefore, EmptyLinePerPlacement: true}
}

func rateWith(f func(*Rate)) Rate {
	r := linedRate()
	f(&r)
	return r
}

func runningPlacement() Placement {
	return Placement{ID: placementID, StartDate: yearBefore, TimesheetApproval: true, ContactIDs: []ID{21, 22}}
}

func placementWith(f func(*Placement)) Placement {
	p := runningPlacement()
	f(&p)
	return p
}

// D1 (and D4): start and end bounds are inclusive; a zero start never runs.
func TestInEffect_D1(t *testing.T) {
	tests := []struct {
		name       string
		start, end Date
		want       bool
	}{
		{"start today, no end", onDay, Date{}, true},
		{"start yesterday, no end", dayBefore, Date{}, true},
		{"start tomorrow", dayAfter, Date{}, false},
		{"end today", yearBefore, onDay, true},
		{"end tomorrow", yearBefore, dayAfter, true},
		{"end yesterday", yearBefore, dayBefore, false},
		{"start and end today", onDay, onDay, true},
		{"no start", Date{}, Date{}, false},
		{"no start, end in future", Date{}, yearAfter, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := inEffect(tt.start, tt.end, onDay); got != tt.want {
				t.Errorf("inEffect(%v, %v, %v) = %v, want %v", tt.start, tt.end, onDay, got, tt.want)
			}
		})
	}
}

// D1: the placement start counts when it is onDay; end onDay still runs.
func TestPlacementRunning_D1_D4(t *testing.T) {
	tests := []struct {
		name string
		p    Placement
		want bool
	}{
		{"started last year, no end", runningPlacement(), true},
		{"start today", placementWith(func(p *Placement) { p.StartDate = onDay }), true},
		{"start tomorrow", placementWith(func(p *Placement) { p.StartDate = dayAfter }), false},
		{"end today", placementWith(func(p *Placement) { p.EndDate = onDay }), true},
		{"end yesterday", placementWith(func(p *Placement) { p.EndDate = dayBefore }), false},
		{"end next year", placementWith(func(p *Placement) { p.EndDate = yearAfter }), true},
		{"no start date", placementWith(func(p *Placement) { p.StartDate = Date{} }), false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := PlacementRunning(tt.p, onDay); got != tt.want {
				t.Errorf("PlacementRunning = %v, want %v", got, tt.want)
			}
		})
	}
}

// D1: a candidate fills in timesheets only on a running placement with a
// current, billable rate whose declaration type gives an empty line.
func TestTimesheetsAllowed_D1(t *testing.T) {
	noInvoicing := rateWith(func(r *Rate) { r.ID = 2; r.NoInvoicing = true })
	tests := []struct {
		name   string
		p      Placement
		rates  []Rate
		want   bool
		reason Reason
	}{
		{"running placement with lined rate", runningPlacement(), []Rate{linedRate()}, true, ReasonNone},
		{"start today", placementWith(func(p *Placement) { p.StartDate = onDay }), []Rate{linedRate()}, true, ReasonNone},
		{"start tomorrow", placementWith(func(p *Placement) { p.StartDate = dayAfter }), []Rate{linedRate()}, false, ReasonNotStarted},
		{"no start date", placementWith(func(p *Placement) { p.StartDate = Date{} }), []Rate{linedRate()}, false, ReasonNotStarted},
		{"end today", placementWith(func(p *Placement) { p.EndDate = onDay }), []Rate{linedRate()}, true, ReasonNone},
		{"end yesterday", placementWith(func(p *Placement) { p.EndDate = dayBefore }), []Rate{linedRate()}, false, ReasonEnded},
		{"end in the future", placementWith(func(p *Placement) { p.EndDate = yearAfter }), []Rate{linedRate()}, true, ReasonNone},
		{"no end", placementWith(func(p *Placement) { p.EndDate = Date{} }), []Rate{linedRate()}, true, ReasonNone},
		{"not started beats no rate", placementWith(func(p *Placement) { p.StartDate = dayAfter }), nil, false, ReasonNotStarted},
		{"ended beats no rate", placementWith(func(p *Placement) { p.EndDate = dayBefore }), nil, false, ReasonEnded},
		{"no rates at all", runningPlacement(), nil, false, ReasonNoActiveRate},
		{"rate starting tomorrow", runningPlacement(), []Rate{rateWith(func(r *Rate) { r.StartDate = dayAfter })}, false, ReasonNoActiveRate},
		{"rate starting today", runningPlacement(), []Rate{rateWith(func(r *Rate) { r.StartDate = onDay })}, true, ReasonNone},
		{"rate ended yesterday", runningPlacement(), []Rate{rateWith(func(r *Rate) { r.EndDate = dayBefore })}, false, ReasonNoActiveRate},
		{"rate ending today", runningPlacement(), []Rate{rateWith(func(r *Rate) { r.EndDate = onDay })}, true, ReasonNone},
		{"rate without start date", runningPlacement(), []Rate{rateWith(func(r *Rate) { r.StartDate = Date{} })}, false, ReasonNoActiveRate},
		{"only a no-invoicing rate", runningPlacement(), []Rate{noInvoicing}, false, ReasonNoInvoicing},
		{"no-invoicing rate beside a billable one", runningPlacement(), []Rate{noInvoicing, linedRate()}, true, ReasonNone},
		{"billable rate beside a no-invoicing one", runningPlacement(), []Rate{linedRate(), noInvoicing}, true, ReasonNone},
		{"rate without declaration type", runningPlacement(), []Rate{rateWith(func(r *Rate) { r.DeclarationTypeID = 0 })}, false, ReasonDeclarationType},
		{"declaration type without the flag", runningPlacement(), []Rate{rateWith(func(r *Rate) { r.EmptyLinePerPlacement = false })}, false, ReasonDeclarationType},
		{"unflagged billable beside flagged no-invoicing", runningPlacement(), []Rate{
			rateWith(func(r *Rate) { r.EmptyLinePerPlacement = false }),
			noInvoicing,
		}, false, ReasonDeclarationType},
		{"flagged rate ended, unflagged current", runningPlacement(), []Rate{
			rateWith(func(r *Rate) { r.EndDate = dayBefore }),
			rateWith(func(r *Rate) { r.ID = 2; r.EmptyLinePerPlacement = false }),
		}, false, ReasonDeclarationType},
		{"old rate ended, new rate current", runningPlacement(), []Rate{
			rateWith(func(r *Rate) { r.EndDate = dayBefore }),
			rateWith(func(r *Rate) { r.ID = 2; r.StartDate = onDay }),
		}, true, ReasonNone},
		{"rate of another placement ignored", runningPlacement(), []Rate{rateWith(func(r *Rate) { r.PlacementID = placementID + 1 })}, false, ReasonNoActiveRate},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, reason := TimesheetsAllowed(tt.p, tt.rates, onDay)
			if got != tt.want || reason != tt.reason {
				t.Errorf("TimesheetsAllowed = (%v, %q), want (%v, %q)", got, reason, tt.want, tt.reason)
			}
		})
	}
}

// D1: the grid lines of a week come from the current, billable rates whose
// declaration type has the 'empty line' flag.
func TestActiveRates_D1(t *testing.T) {
	lined := linedRate()
	tests := []struct {
		name    string
		rates   []Rate
		wantIDs []ID
	}{
		{"none", nil, nil},
		{"one lined rate", []Rate{lined}, []ID{1}},
		{"keeps order, drops the rest", []Rate{
			rateWith(func(r *Rate) { r.ID = 10 }),
			rateWith(func(r *Rate) { r.ID = 11; r.NoInvoicing = true }),
			rateWith(func(r *Rate) { r.ID = 12; r.DeclarationTypeID = 0 }),
			rateWith(func(r *Rate) { r.ID = 13; r.EmptyLinePerPlacement = false }),
			rateWith(func(r *Rate) { r.ID = 14; r.StartDate = dayAfter }),
			rateWith(func(r *Rate) { r.ID = 15; r.EndDate = dayBefore }),
			rateWith(func(r *Rate) { r.ID = 16; r.StartDate = onDay; r.EndDate = onDay }),
			rateWith(func(r *Rate) { r.ID = 17; r.StartDate = Date{} }),
		}, []ID{10, 16}},
		{"only no-invoicing", []Rate{rateWith(func(r *Rate) { r.NoInvoicing = true })}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := ActiveRates(tt.rates, onDay)
			var ids []ID
			for _, r := range got {
				ids = append(ids, r.ID)
			}
			if len(ids) != len(tt.wantIDs) {
				t.Fatalf("ActiveRates ids = %v, want %v", ids, tt.wantIDs)
			}
			for i := range ids {
				if ids[i] != tt.wantIDs[i] {
					t.Fatalf("ActiveRates ids = %v, want %v", ids, tt.wantIDs)
				}
			}
		})
	}
}

// D4: the placement-level part; when false the timesheet goes straight to the
// agency.
func TestClientApprovalRequired_D4(t *testing.T) {
	billableNoLine := rateWith(func(r *Rate) { r.DeclarationTypeID = 0; r.EmptyLinePerPlacement = false })
	noInvoicing := rateWith(func(r *Rate) { r.ID = 2; r.NoInvoicing = true })
	tests := []struct {
		name  string
		p     Placement
		rates []Rate
		want  bool
	}{
		{"running, approval on, valid rate", runningPlacement(), []Rate{linedRate()}, true},
		{"approval flag off", placementWith(func(p *Placement) { p.TimesheetApproval = false }), []Rate{linedRate()}, false},
		{"start today", placementWith(func(p *Placement) { p.StartDate = onDay }), []Rate{linedRate()}, true},
		{"start tomorrow", placementWith(func(p *Placement) { p.StartDate = dayAfter }), []Rate{linedRate()}, false},
		{"end today", placementWith(func(p *Placement) { p.EndDate = onDay }), []Rate{linedRate()}, true},
		{"end yesterday", placementWith(func(p *Placement) { p.EndDate = dayBefore }), []Rate{linedRate()}, false},
		{"no rates", runningPlacement(), nil, false},
		{"only a no-invoicing rate", runningPlacement(), []Rate{noInvoicing}, false},
		{"no-invoicing rate beside a billable one", runningPlacement(), []Rate{noInvoicing, linedRate()}, true},
		{"valid rate needs no declaration flag", runningPlacement(), []Rate{billableNoLine}, true},
		{"rate starting tomorrow", runningPlacement(), []Rate{rateWith(func(r *Rate) { r.StartDate = dayAfter })}, false},
		{"rate ended yesterday", runningPlacement(), []Rate{rateWith(func(r *Rate) { r.EndDate = dayBefore })}, false},
		{"rate ending today", runningPlacement(), []Rate{rateWith(func(r *Rate) { r.EndDate = onDay })}, true},
		{"rate of another placement ignored", runningPlacement(), []Rate{rateWith(func(r *Rate) { r.PlacementID = placementID + 1 })}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := ClientApprovalRequired(tt.p, tt.rates, onDay); got != tt.want {
				t.Errorf("ClientApprovalRequired = %v, want %v", got, tt.want)
			}
		})
	}
}

// D4: a sent timesheet shows in the Hiring Portal only to the placement's
// contacts, on a running placement that needs approval and has a valid rate.
func TestContactSeesTimesheet_D4(t *testing.T) {
	sent := Timesheet{ID: 5, PlacementID: placementID, Status: TimesheetSent}
	withStatus := func(s TimesheetStatus) Timesheet { ts := sent; ts.Status = s; return ts }
	noInvoicing := rateWith(func(r *Rate) { r.ID = 2; r.NoInvoicing = true })
	tests := []struct {
		name    string
		p       Placement
		rates   []Rate
		ts      Timesheet
		contact ID
		want    bool
	}{
		{"sent, contact on placement", runningPlacement(), []Rate{linedRate()}, sent, 21, true},
		{"second contact on placement", runningPlacement(), []Rate{linedRate()}, sent, 22, true},
		{"approved stays visible", runningPlacement(), []Rate{linedRate()}, withStatus(TimesheetApproved), 21, true},
		{"rejected stays visible", runningPlacement(), []Rate{linedRate()}, withStatus(TimesheetRejected), 21, true},
		{"draft timesheet", runningPlacement(), []Rate{linedRate()}, withStatus(TimesheetDraft), 21, false},
		{"unknown status", runningPlacement(), []Rate{linedRate()}, withStatus("archived"), 21, false},
		{"contact not on the placement", runningPlacement(), []Rate{linedRate()}, sent, 99, false},
		{"no contact", runningPlacement(), []Rate{linedRate()}, sent, 0, false},
		{"placement without contacts", placementWith(func(p *Placement) { p.ContactIDs = nil }), []Rate{linedRate()}, sent, 21, false},
		{"timesheet of another placement", runningPlacement(), []Rate{linedRate()}, Timesheet{PlacementID: placementID + 1, Status: TimesheetSent}, 21, false},
		{"approval flag off", placementWith(func(p *Placement) { p.TimesheetApproval = false }), []Rate{linedRate()}, sent, 21, false},
		{"start today", placementWith(func(p *Placement) { p.StartDate = onDay }), []Rate{linedRate()}, sent, 21, true},
		{"start tomorrow", placementWith(func(p *Placement) { p.StartDate = dayAfter }), []Rate{linedRate()}, sent, 21, false},
		{"end today", placementWith(func(p *Placement) { p.EndDate = onDay }), []Rate{linedRate()}, sent, 21, true},
		{"end yesterday", placementWith(func(p *Placement) { p.EndDate = dayBefore }), []Rate{linedRate()}, sent, 21, false},
		{"only a no-invoicing rate", runningPlacement(), []Rate{noInvoicing}, sent, 21, false},
		{"no-invoicing rate beside a billable one", runningPlacement(), []Rate{noInvoicing, linedRate()}, sent, 21, true},
		{"rate starting tomorrow", runningPlacement(), []Rate{rateWith(func(r *Rate) { r.StartDate = dayAfter })}, sent, 21, false},
		{"rate ended yesterday", runningPlacement(), []Rate{rateWith(func(r *Rate) { r.EndDate = dayBefore })}, sent, 21, false},
		{"no rates", runningPlacement(), nil, sent, 21, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := ContactSeesTimesheet(tt.p, tt.rates, tt.ts, tt.contact, onDay); got != tt.want {
				t.Errorf("ContactSeesTimesheet = %v, want %v", got, tt.want)
			}
		})
	}
}

// Issue 15: B1 comes before D1 in the one rule both surfaces apply.
func TestCandidateMayWriteTimesheets_B1_D1(t *testing.T) {
	today := NewDate(2026, 3, 2)
	p := Placement{ID: 1, StartDate: NewDate(2026, 1, 5)}
	rates := []Rate{{PlacementID: 1, DeclarationTypeID: 1, EmptyLinePerPlacement: true, StartDate: NewDate(2026, 1, 5)}}
	for _, tc := range []struct {
		name   string
		status CandidateStatus
		p      Placement
		ok     bool
		reason Reason
	}{
		{"granted and running", CandidateStatus{Timesheets: true}, p, true, ReasonNone},
		{"status without timesheets", CandidateStatus{FullProfile: true}, p, false, ReasonStatus},
		{"no status at all", CandidateStatus{}, p, false, ReasonStatus},
		{"granted, not started", CandidateStatus{Timesheets: true}, Placement{ID: 1, StartDate: NewDate(2026, 4, 1)}, false, ReasonNotStarted},
		{"status checked first", CandidateStatus{}, Placement{ID: 1, StartDate: NewDate(2026, 4, 1)}, false, ReasonStatus},
	} {
		ok, reason := CandidateMayWriteTimesheets(tc.status, tc.p, rates, today)
		if ok != tc.ok || reason != tc.reason {
			t.Errorf("%s: %v %q, want %v %q", tc.name, ok, reason, tc.ok, tc.reason)
		}
	}
}
