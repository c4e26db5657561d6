package i18n

import (
	"math"
	"strings"
	"time"

	cldr "github.com/go-playground/locales"
	"github.com/go-playground/locales/de"
	"github.com/go-playground/locales/en_GB"
	"github.com/go-playground/locales/fr"
	"github.com/go-playground/locales/nl"
)

// Format writes numbers, amounts, dates and weeks the way a language does,
// from the CLDR data of go-playground/locales: "37,50" and "3 déc. 2026" in
// French, "7,50" and "03.12.2026" in German. English is British English, the
// English of a European agency (day before month, the euro sign in front).
// It is the one place that formats for people: pages (through the template
// functions), mails and PDFs use it.
type Format struct {
	lang string
	tr   cldr.Translator
}

// FormatFor returns the formats of lang (nl, en, de, fr); any other is English.
func FormatFor(lang string) Format {
	switch lang {
	case "nl":
		return Format{lang: lang, tr: nl.New()}
	case "de":
		return Format{lang: lang, tr: de.New()}
	case "fr":
		return Format{lang: lang, tr: fr.New()}
	}
	return Format{lang: "en", tr: en_GB.New()}
}

// Format is the formats of the localizer's language.
func (l *Localizer) Format() Format { return FormatFor(l.Lang) }

// Lang is the language the formats are of.
func (f Format) Lang() string { return f.lang }

// Number writes x with decimals digits after the separator and the
// language's grouping: "1 234,5" (fr), "1.234,5" (nl, de), "1,234.5" (en).
func (f Format) Number(x float64, decimals int) string {
	if math.IsNaN(x) || math.IsInf(x, 0) {
		return "–"
	}
	return f.tr.FmtNumber(x, uint64(max(decimals, 0)))
}

// Hours writes minutes as hours with two decimals: "37,50" (fr), "37.50" (en).
func (f Format) Hours(minutes int) string { return f.Number(float64(minutes)/60, 2) }

// Amount writes cents as a number with two decimals and grouping, without
// a currency: "1.234,50" (nl, de).
func (f Format) Amount(cents int64) string { return f.Number(float64(cents)/100, 2) }

// AmountInput writes cents for a form field: the language's decimal
// separator and no grouping ("1234,50"), which the form reads back as is.
func (f Format) AmountInput(cents int64) string {
	s := f.Number(float64(cents)/100, 2)
	dec := f.decimal()
	var b strings.Builder
	for _, r := range s {
		switch {
		case r >= '0' && r <= '9', r == '-':
			b.WriteRune(r)
		case string(r) == dec:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// decimal is the language's decimal separator.
func (f Format) decimal() string {
	s := f.tr.FmtNumber(1.5, 1)
	return strings.Trim(s, "0123456789")
}

// Date writes a day in the language's medium form: "3 déc. 2026" (fr),
// "3 dec. 2026" (nl), "03.12.2026" (de), "3 Dec 2026" (en). The zero time
// is empty.
func (f Format) Date(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return f.tr.FmtDateMedium(t)
}

// DateTime writes a moment as its day and its time of day in the
// language's short form: "3 déc. 2026 14:05". t is shown in its own zone.
func (f Format) DateTime(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return f.Date(t) + " " + f.tr.FmtTimeShort(t)
}

// DateRange writes the days from first to last: "30 nov. 2026 – 6 déc. 2026".
func (f Format) DateRange(first, last time.Time) string {
	return f.Date(first) + " – " + f.Date(last)
}

// Colon is what goes between a label and its value: French sets a
// no-break space before the colon ("Statut : envoyé"), the others do not.
func (f Format) Colon() string {
	if f.lang == "fr" {
		return "\u00a0:"
	}
	return ":"
}
