package domain

import (
	"fmt"
	"sort"
)

// WeekHours is one bar of the 'hours per week' report (C7, G5).
type WeekHours struct {
	Year, Week int
	Minutes    int
}

// Label is the ISO week, e.g. "2026-W03".
func (w WeekHours) Label() string { return fmt.Sprintf("%04d-W%02d", w.Year, w.Week) }

// HoursPerWeek sums the timesheets' time per ISO week, oldest week first,
// keeping the last n weeks that have any timesheet (all when n <= 0). Weeks
// of several placements add up.
func HoursPerWeek(ts []Timesheet, n int) []WeekHours {
	sum := map[[2]int]int{}
	for _, t := range ts {
		sum[[2]int{t.Year, t.Week}] += t.TotalMinutes
	}
	out := make([]WeekHours, 0, len(sum))
	for k, m := range sum {
		out = append(out, WeekHours{Year: k[0], Week: k[1], Minutes: m})
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Year != out[j].Year {
			return out[i].Year < out[j].Year
		}
		return out[i].Week < out[j].Week
	})
	if n > 0 && len(out) > n {
		out = out[len(out)-n:]
	}
	return out
}

// PortalShowsReport reports whether the agency made the report available
// in the Professional Portal (C7).
func PortalShowsReport(s Settings, key string) bool {
	for _, k := range s.PortalReports {
		if k == key {
			return true
		}
	}
	return false
}

// PrivacyStatementType is the attachment type code of the main office's
// privacy statement in lang (C8); English for an unknown language.
func PrivacyStatementType(lang string) AttachmentTypeCode {
	switch lang {
	case "nl":
		return TypeCodePrivacyNL
	case "de":
		return TypeCodePrivacyDE
	case "fr":
		return TypeCodePrivacyFR
	}
	return TypeCodePrivacyEN
}

// Availability is what a candidate states about when and how much it can
// work (C2).
type Availability struct {
	From  Date
	Hours int // per week
	Note  string
}

// Validate checks an availability statement.
func (a Availability) Validate() error {
	var v Validator
	v.Check(a.Hours >= 0 && a.Hours <= 80, "available_hours", "validation.hours_per_week")
	v.MaxLen(a.Note, MaxAvailability, "availability_note")
	return v.Err()
}
