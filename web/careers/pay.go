package careers

import (
	"golang.org/x/text/currency"
	"golang.org/x/text/language"
	"golang.org/x/text/message"
	"golang.org/x/text/number"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/i18n"
)

// payText is a pay range as the page's language writes it, e.g.
// "€ 18,50 – € 22,75 per uur"; "" when none is stated. Numbers and
// currency symbols come from CLDR through golang.org/x/text.
func payText(l *i18n.Localizer, p domain.PayRange) string {
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
