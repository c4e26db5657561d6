package kit

import (
	"slices"
	"strconv"
	"strings"

	"golang.org/x/text/currency"
	"golang.org/x/text/language"
	"golang.org/x/text/message"
	"golang.org/x/text/number"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/i18n"
)

// PayText is a vacancy's pay range as the language of l writes it, e.g.
// "€ 18,50 – € 22,75 per uur"; "" when none is stated (issue 16). Numbers
// and currency symbols come from CLDR through golang.org/x/text.
func PayText(l *i18n.Localizer, p domain.PayRange) string {
	if p.IsZero() {
		return ""
	}
	unit, err := currency.ParseISO(p.Currency)
	if err != nil {
		return ""
	}
	pr := message.NewPrinter(language.Make(l.Lang))
	digits := 0
	if p.MinCents%100 != 0 || p.MaxCents%100 != 0 {
		digits = 2
	}
	symbol := pr.Sprint(currency.NarrowSymbol(unit))
	amount := func(cents int64) string {
		n := pr.Sprint(number.Decimal(float64(cents)/100, number.MinFractionDigits(digits), number.MaxFractionDigits(digits)))
		return l.T("careers.pay.amount", map[string]any{"Symbol": symbol, "Number": n})
	}
	data := map[string]any{"Min": amount(p.MinCents), "Max": amount(p.MaxCents)}
	if p.MinCents == p.MaxCents {
		return l.T("careers.pay.fixed."+string(p.Period), data)
	}
	return l.T("careers.pay.range."+string(p.Period), data)
}

// PayFields is the data of a form's pay range fields: the values as typed
// and the choices of currency and period.
type PayFields struct {
	Page       Page
	Min, Max   string
	Currency   string
	Period     string
	Currencies []Option
	Periods    []Option
}

// payFields fills the pay range fields of a form from a saved range; a
// form without one offers euros.
func payFields(p any, pay domain.PayRange) PayFields {
	f := PayFields{Page: pageOf(p), Currency: pay.Currency, Period: string(pay.Period)}
	amount := func(cents int64) string {
		if cents == 0 {
			return ""
		}
		return strconv.FormatFloat(float64(cents)/100, 'f', 2, 64)
	}
	f.Min, f.Max = amount(pay.MinCents), amount(pay.MaxCents)
	if f.Currency == "" {
		f.Currency = "EUR"
	}
	for _, c := range domain.PayCurrencies {
		f.Currencies = append(f.Currencies, Option{Value: c, Label: c})
	}
	if !slices.Contains(domain.PayCurrencies, f.Currency) {
		f.Currencies = append(f.Currencies, Option{Value: f.Currency, Label: f.Currency})
	}
	for _, per := range domain.PayPeriods {
		f.Periods = append(f.Periods, Option{Value: string(per), Label: "vacancy.pay_period." + string(per)})
	}
	return f
}

// PayRange reads a form's pay range fields (pay_min, pay_max, pay_currency,
// pay_period); the domain validates it.
func (f *Form) PayRange() domain.PayRange {
	return domain.PayRange{MinCents: f.Cents("pay_min"), MaxCents: f.Cents("pay_max"),
		Currency: strings.ToUpper(f.String("pay_currency")), Period: domain.PayPeriod(f.String("pay_period"))}
}
