package i18n

import (
	"testing"
	"time"
)

// Issue 15: numbers, amounts and dates in each language's CLDR form.
func TestFormats(t *testing.T) {
	day := time.Date(2026, time.December, 3, 14, 5, 0, 0, time.UTC)
	for _, tc := range []struct {
		lang                          string
		hours, amount, input, date    string
		dateTime, colon, hoursOfSeven string
	}{
		{"fr", "37,50", "1\u202f234,50", "1234,50", "3 déc. 2026", "3 déc. 2026 14:05", "\u00a0:", "7,50"},
		{"de", "37,50", "1.234,50", "1234,50", "03.12.2026", "03.12.2026 14:05", ":", "7,50"},
		{"nl", "37,50", "1.234,50", "1234,50", "3 dec. 2026", "3 dec. 2026 14:05", ":", "7,50"},
		{"en", "37.50", "1,234.50", "1234.50", "3 Dec 2026", "3 Dec 2026 14:05", ":", "7.50"},
		{"xx", "37.50", "1,234.50", "1234.50", "3 Dec 2026", "3 Dec 2026 14:05", ":", "7.50"},
	} {
		f := FormatFor(tc.lang)
		for _, c := range []struct{ what, got, want string }{
			{"hours", f.Hours(37*60 + 30), tc.hours},
			{"hours 7.5", f.Hours(7*60 + 30), tc.hoursOfSeven},
			{"amount", f.Amount(123450), tc.amount},
			{"input", f.AmountInput(123450), tc.input},
			{"date", f.Date(day), tc.date},
			{"date time", f.DateTime(day), tc.dateTime},
			{"colon", f.Colon(), tc.colon},
			{"zero date", f.Date(time.Time{}), ""},
		} {
			if c.got != c.want {
				t.Errorf("%s %s: %q, want %q", tc.lang, c.what, c.got, c.want)
			}
		}
	}
}
