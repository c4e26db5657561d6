package domain

import "slices"

// Reason is a message key that says in plain words why a rule said no, so a
// portal can show it instead of a bare refusal. The zero Reason means the
// rule said yes.
type Reason string

// Reasons of TimesheetsAllowed (D1), in the order they are checked.
const (
	ReasonNone            Reason = ""
	ReasonNotStarted      Reason = "timesheet.reason.not_started"
	ReasonEnded           Reason = "timesheet.reason.ended"
	ReasonNoActiveRate    Reason = "timesheet.reason.no_active_rate"
	ReasonNoInvoicing     Reason = "timesheet.reason.no_invoicing"
	ReasonDeclarationType Reason = "timesheet.reason.declaration_type"
	// ReasonStatus: the candidate's status does not grant timesheets (B1).
	ReasonStatus Reason = "timesheet.reason.status"
)

// inEffect reports whether a period from start to end (end zero = open-ended)
// covers today. Both bounds are inclusive: the spec's "start in the past"
// counts a placement or rate starting today as started, because a candidate
// must be able to fill in the first day of work on that day, and "end in the
// future" counts the last day as still running for the same reason. A zero
// start is never in effect: a period that has not been given a start has not
// started.
func inEffect(start, end, today Date) bool {
	if start.IsZero() || start.After(today) {
		return false
	}
	return end.IsZero() || !end.Before(today)
}

// PlacementRunning reports whether the placement is running on today: started
// (start <= today) and not ended (end empty or >= today). D1 and D4 share it.
func PlacementRunning(p Placement, today Date) bool {
	return inEffect(p.StartDate, p.EndDate, today)
}

// rateCurrent reports whether a rate's period covers today, whatever it bills.
func rateCurrent(r Rate, today Date) bool {
	return inEffect(r.StartDate, r.EndDate, today)
}

// rateValid is D4's "valid rate": current and billable.
func rateValid(r Rate, today Date) bool {
	return rateCurrent(r, today) && !r.NoInvoicing
}

// rateGivesLine is D1's qualifying rate: valid, and its declaration type asks
// for an empty timesheet line on every placement. A rate without a
// declaration type gives no line.
func rateGivesLine(r Rate, today Date) bool {
	return rateValid(r, today) && r.DeclarationTypeID != 0 && r.EmptyLinePerPlacement
}

// ActiveRates returns the rates whose declaration types give the lines of a
// week's timesheet grid on today: current, billable, and with a declaration
// type that has 'empty timesheet line for every placement' set. The result is
// a new slice in the order of rates; nil when none qualify.
func ActiveRates(rates []Rate, today Date) []Rate {
	var out []Rate
	for _, r := range rates {
		if rateGivesLine(r, today) {
			out = append(out, r)
		}
	}
	return out
}

// ratesOf keeps the rates that belong to placement p, so that a rate of
// another placement passed by mistake can never open a placement up.
func ratesOf(p Placement, rates []Rate) []Rate {
	var out []Rate
	for _, r := range rates {
		if r.PlacementID == p.ID {
			out = append(out, r)
		}
	}
	return out
}

// TimesheetsAllowed is D1: whether the candidate may fill in timesheets on
// placement p today. When it may not, the Reason is the first that fails, in
// this order: not started, ended, no current rate, only 'no invoicing' rates,
// no billable rate whose declaration type gives an empty line. Rates of other
// placements than p are ignored.
func TimesheetsAllowed(p Placement, rates []Rate, today Date) (bool, Reason) {
	if p.StartDate.IsZero() || p.StartDate.After(today) {
		return false, ReasonNotStarted
	}
	if !p.EndDate.IsZero() && p.EndDate.Before(today) {
		return false, ReasonEnded
	}
	var current, billable bool
	for _, r := range ratesOf(p, rates) {
		if !rateCurrent(r, today) {
			continue
		}
		current = true
		if r.NoInvoicing {
			continue
		}
		billable = true
		if rateGivesLine(r, today) {
			return true, ReasonNone
		}
	}
	switch {
	case !current:
		return false, ReasonNoActiveRate
	case !billable:
		return false, ReasonNoInvoicing
	}
	return false, ReasonDeclarationType
}

// CandidateMayWriteTimesheets is B1 and D1 together, the one rule the
// Professional Portal and the back office's placement page apply: the
// candidate's status grants timesheets (else ReasonStatus), and then D1.
func CandidateMayWriteTimesheets(status CandidateStatus, p Placement, rates []Rate, today Date) (bool, Reason) {
	if _, granted := CandidatePortalAccess(status); !granted {
		return false, ReasonStatus
	}
	return TimesheetsAllowed(p, rates, today)
}

// ClientApprovalRequired is the placement-level part of D4: the placement is
// running, has 'timesheet approval by client required' set, and has a valid
// rate (current and not 'no invoicing'). When it is false a sent timesheet
// goes straight to the agency and no contact sees it. Rates of other
// placements than p are ignored.
func ClientApprovalRequired(p Placement, rates []Rate, today Date) bool {
	if !p.TimesheetApproval || !PlacementRunning(p, today) {
		return false
	}
	for _, r := range ratesOf(p, rates) {
		if rateValid(r, today) {
			return true
		}
	}
	return false
}

// ContactSeesTimesheet is D4: whether contact contactID sees timesheet t of
// placement p in the Hiring Portal today. The timesheet must belong to p and
// have left draft (sent, approved or rejected), the contact must be one of
// the placement's contacts, and the client's approval must be required.
func ContactSeesTimesheet(p Placement, rates []Rate, t Timesheet, contactID ID, today Date) bool {
	if t.PlacementID != p.ID {
		return false
	}
	switch t.Status {
	case TimesheetSent, TimesheetApproved, TimesheetRejected:
	default:
		return false
	}
	if contactID == 0 || !slices.Contains(p.ContactIDs, contactID) {
		return false
	}
	return ClientApprovalRequired(p, rates, today)
}
