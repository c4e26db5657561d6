package domain

import (
	"fmt"
	"strconv"
	"strings"
	"time"
)

// Period is the span a run invoices: a calendar month or an ISO week, both
// days included.
type Period struct {
	Start, End Date
}

// Label names the period as it was given: "2026-11" or "2026-W45".
func (p Period) Label() string {
	if p.Start.IsZero() {
		return ""
	}
	if p.Start.Time().Day() == 1 && p.End == DateOf(p.Start.Time().AddDate(0, 1, -1)) {
		return p.Start.Time().Format("2006-01")
	}
	y, w := p.Start.ISOWeek()
	return fmt.Sprintf("%d-W%02d", y, w)
}

// Contains reports whether day lies in the period.
func (p Period) Contains(day Date) bool { return !day.Before(p.Start) && !day.After(p.End) }

// ParsePeriod reads a month ("2026-11") or an ISO week ("2026-W45").
func ParsePeriod(s string) (Period, error) {
	s = strings.TrimSpace(s)
	if y, w, ok := strings.Cut(s, "-W"); ok {
		year, err1 := strconv.Atoi(y)
		week, err2 := strconv.Atoi(w)
		if err1 != nil || err2 != nil || len(y) != 4 || year < 2000 || year > 2200 || week < 1 || week > 53 {
			return Period{}, periodError(s)
		}
		mon := MondayOfISOWeek(year, week)
		if gy, gw := mon.ISOWeek(); gy != year || gw != week {
			return Period{}, periodError(s) // week 53 of a year that has 52
		}
		return Period{Start: mon, End: mon.AddDays(6)}, nil
	}
	t, err := time.Parse("2006-01", s)
	if err != nil || t.Year() < 2000 || t.Year() > 2200 {
		return Period{}, periodError(s)
	}
	start := DateOf(t)
	return Period{Start: start, End: DateOf(t.AddDate(0, 1, -1))}, nil
}

func periodError(string) error {
	return &ValidationError{Fields: FieldErrors{"period": "invoice.error.period"}}
}

// MonthOf is the calendar month of day.
func MonthOf(day Date) Period {
	start := NewDate(day.Time().Year(), day.Time().Month(), 1)
	return Period{Start: start, End: DateOf(start.Time().AddDate(0, 1, -1))}
}

// InvoiceNumber formats a number of the agency's sequence: the prefix, the
// year when numbers restart each year, and the number with at least six
// digits: "INV-2026-000042" or "000042".
func InvoiceNumber(prefix string, perYear bool, year int, n int64) string {
	if perYear {
		return fmt.Sprintf("%s%d-%06d", prefix, year, n)
	}
	return fmt.Sprintf("%s%06d", prefix, n)
}

// SequenceYear is the sequence a number is drawn from: the issue year when
// numbers restart each year, else 0 (one sequence for ever).
func SequenceYear(perYear bool, issue Date) int {
	if perYear {
		return issue.Time().Year()
	}
	return 0
}

// DueDate is the issue date plus the payment days.
func DueDate(issue Date, days int) Date { return issue.AddDays(days) }
