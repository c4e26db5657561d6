package domain

import "golang.org/x/text/currency"

// PayPeriod is what a pay amount is paid per.
type PayPeriod string

const (
	PayNone  PayPeriod = ""
	PayHour  PayPeriod = "hour"
	PayMonth PayPeriod = "month"
	PayYear  PayPeriod = "year"
)

// PayPeriods are the periods a vacancy's pay range may be stated in.
var PayPeriods = []PayPeriod{PayHour, PayMonth, PayYear}

// PayCurrencies are the currencies the forms offer first; any ISO 4217
// code is taken.
var PayCurrencies = []string{"EUR", "GBP", "CHF", "PLN", "CZK", "SEK", "DKK", "NOK", "HUF", "RON", "BGN", "USD"}

// maxPayCents bounds an amount so that sums and formatting stay exact.
const maxPayCents = 100_000_000_00

// KeyPayMaxBelowMin and KeyPayRequired are the pay range's own messages.
const (
	KeyPayMaxBelowMin = "vacancy.error.pay_max_below_min"
	KeyPayRequired    = "vacancy.error.pay_required"
)

// PayRange is the pay a vacancy offers, from MinCents to MaxCents (equal
// for a fixed amount) of Currency per Period: what the EU Pay Transparency
// Directive (2023/970) asks an employer to state in the ad or before the
// interview. The zero PayRange means "not stated".
type PayRange struct {
	MinCents int64
	MaxCents int64
	Currency string // ISO 4217, e.g. "EUR"
	Period   PayPeriod
}

// IsZero reports whether no range is stated. A currency alone (a form's
// preselected default) states nothing.
func (p PayRange) IsZero() bool { return p.MinCents == 0 && p.MaxCents == 0 && p.Period == PayNone }

// validate adds the range's field errors: a stated range has a minimum, a
// maximum not below it, a known currency and a period.
func (p PayRange) validate(v *Validator) {
	if p.IsZero() {
		return
	}
	v.Check(p.MinCents > 0, "pay_min", "validation.required")
	v.Check(p.MinCents <= maxPayCents, "pay_min", "validation.amount")
	v.Check(p.MaxCents > 0, "pay_max", "validation.required")
	v.Check(p.MaxCents <= maxPayCents, "pay_max", "validation.amount")
	v.Check(p.MaxCents >= p.MinCents, "pay_max", KeyPayMaxBelowMin)
	v.Check(ValidCurrency(p.Currency), "pay_currency", "validation.choice")
	v.Check(p.Period == PayHour || p.Period == PayMonth || p.Period == PayYear, "pay_period", "validation.choice")
}

// ValidCurrency reports whether code is an ISO 4217 currency code.
func ValidCurrency(code string) bool {
	if len(code) != 3 {
		return false
	}
	u, err := currency.ParseISO(code)
	return err == nil && u.String() == code
}

// PayRange adds the field errors of a vacancy's pay range (see
// PayRange.validate) to v, for forms that validate a vacancy's fields
// themselves (the Hiring Portal's).
func (v *Validator) PayRange(p PayRange) { p.validate(v) }
