package service

import (
	"context"
	"math"
	"strconv"
	"strings"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/store"
)

// LineInput is the time a candidate writes in one cell of the week grid.
type LineInput struct {
	DeclarationTypeID domain.ID
	Day               domain.Date
	Minutes           int
}

const minutesPerDay = 24 * 60

// Message keys of the cell and day checks.
const (
	KeyHoursFormat     = "timesheet.error.hours_format"
	KeyHoursRange      = "timesheet.error.hours_range"
	KeyQuarterHours    = "timesheet.error.quarter_hours"
	KeyDayClosed       = "timesheet.error.day_closed"
	KeyDeclarationType = "timesheet.error.declaration_type"
	KeyDuplicate       = "timesheet.error.duplicate"
	KeyDayTotal        = "timesheet.error.day_total"
)

// ParseHours reads what a person types in a cell: "8", "7.5", "7,5" or
// "7:30"; empty is zero. It returns minutes, or the message key of the
// mistake. The range and quarter-hour checks are SaveTimesheet's.
func ParseHours(s string) (int, string) {
	s = strings.TrimSpace(s)
	if s == "" {
		return 0, ""
	}
	if h, m, ok := strings.Cut(s, ":"); ok {
		hours, err1 := strconv.Atoi(h)
		mins, err2 := strconv.Atoi(m)
		if err1 != nil || err2 != nil || mins < 0 || mins > 59 || len(m) != 2 {
			return 0, KeyHoursFormat
		}
		if hours < 0 || strings.HasPrefix(h, "-") {
			return 0, KeyHoursRange
		}
		return hours*60 + mins, ""
	}
	f, err := strconv.ParseFloat(strings.Replace(s, ",", ".", 1), 64)
	if err != nil || math.IsNaN(f) || math.IsInf(f, 0) {
		return 0, KeyHoursFormat
	}
	if f < 0 || f > 24 {
		return 0, KeyHoursRange
	}
	minutes := f * 60
	if math.Abs(minutes-math.Round(minutes)) > 1e-6 {
		return 0, KeyQuarterHours
	}
	return int(math.Round(minutes)), ""
}

// SaveTimesheet stores the candidate's time for a week as a draft: it
// replaces the week's lines with lines. Each cell must hold 0 to 24 hours in
// quarter hours, on a day of the week on which the placement runs and a rate
// of its declaration type is active, for a declaration type of the grid; a
// day holds at most 24 hours in all. Field errors are keyed by CellField and
// DayField. Only a draft or a rejected timesheet can be edited; a sent one
// waits for its decision and an approved one is locked (D6).
func (s *Service) SaveTimesheet(ctx context.Context, who store.Actor, placementID domain.ID, year, week int, lines []LineInput) (_ TimesheetWeek, err error) {
	defer domain.Wrap(&err, "service.SaveTimesheet(%d, %d-W%02d)", placementID, year, week)
	if who.Kind != domain.AudiencePortal {
		return TimesheetWeek{}, domain.NotFound("placement")
	}
	var out TimesheetWeek
	err = s.store().InTx(ctx, func(tx *store.Store) error {
		w, err := s.timesheetWeek(ctx, tx, who, placementID, year, week)
		if err != nil {
			return err
		}
		if err := s.saveWeek(ctx, tx, who, &w, lines); err != nil {
			return err
		}
		out, err = s.timesheetWeek(ctx, tx, who, placementID, year, week)
		return err
	})
	return out, err
}

// ValidateLines checks lines against a week grid; it returns a
// *domain.ValidationError keyed by cell and day fields, or nil.
func ValidateLines(w TimesheetWeek, lines []LineInput) error {
	var v domain.Validator
	seen := map[string]bool{}
	dayTotal := map[domain.Date]int{}
	for _, l := range lines {
		field := CellField(l.DeclarationTypeID, l.Day)
		v.Check(!seen[field], field, KeyDuplicate)
		seen[field] = true
		v.Check(l.Minutes >= 0 && l.Minutes <= minutesPerDay, field, KeyHoursRange)
		v.Check(l.Minutes%15 == 0, field, KeyQuarterHours)
		if l.Minutes == 0 {
			continue // an empty cell is never wrong, open or not
		}
		c := w.cell(l.DeclarationTypeID, l.Day)
		switch {
		case dayIndex(w.Days, l.Day) < 0:
			v.Check(false, field, KeyDayClosed)
		case c == nil:
			v.Check(false, field, KeyDeclarationType)
		default:
			v.Check(c.Open, field, KeyDayClosed)
		}
		if l.Minutes <= minutesPerDay {
			dayTotal[l.Day] += l.Minutes
		}
	}
	for _, day := range w.Days {
		v.Check(dayTotal[day] <= minutesPerDay, DayField(day), KeyDayTotal)
	}
	return v.Err()
}

// saveWeek validates lines and writes them under the week's timesheet,
// creating the draft when needed, inside the caller's transaction.
func (s *Service) saveWeek(ctx context.Context, tx *store.Store, who store.Actor, w *TimesheetWeek, lines []LineInput) error {
	if !w.Editable {
		return lockedError(w.Timesheet.Status)
	}
	if err := ValidateLines(*w, lines); err != nil {
		return err
	}
	t, err := tx.EnsureTimesheet(ctx, w.Placement.ID, w.Year, w.Week)
	if err != nil {
		return err
	}
	// The guard runs in the transaction before the lines change, so a save
	// racing a submit either lands before it or is refused after it.
	ok, err := tx.TouchEditableTimesheet(ctx, t.ID)
	if err != nil {
		return err
	}
	if !ok {
		if t, err = tx.Timesheet(ctx, t.ID); err != nil {
			return err
		}
		return lockedError(t.Status)
	}
	out := make([]domain.TimesheetLine, 0, len(lines))
	for _, l := range lines {
		if l.Minutes > 0 {
			out = append(out, domain.TimesheetLine{DeclarationTypeID: l.DeclarationTypeID, Day: l.Day, Minutes: l.Minutes})
		}
	}
	if err := tx.SaveTimesheetLines(ctx, t.ID, out); err != nil {
		return err
	}
	w.Timesheet = t
	return tx.Audit(ctx, domain.AuditEntry{ActorKind: who.Kind, ActorID: who.ID, ActorName: who.Name, Action: "update",
		ObjectKind: string(domain.SubjectTimesheet), ObjectID: t.ID})
}

// lockedError says why a timesheet cannot be changed now.
func lockedError(status domain.TimesheetStatus) error {
	switch status {
	case domain.TimesheetApproved:
		return domain.Conflict("timesheet.error.locked", nil)
	case domain.TimesheetSent:
		return domain.Conflict("timesheet.error.awaiting_decision", nil)
	}
	return domain.Conflict("timesheet.error.not_editable", nil)
}
