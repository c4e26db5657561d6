package service_test

import (
	"errors"
	"maps"
	"testing"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/service"
	"github.com/matchpoint/matchpoint/store"
	"github.com/matchpoint/matchpoint/store/storetest"
)

// D2: what a person types in a cell becomes minutes, or a clear message key.
func TestParseHours_D2(t *testing.T) {
	t.Parallel()
	for in, want := range map[string]struct {
		minutes int
		key     string
	}{
		"":      {0, ""},
		" 8 ":   {480, ""},
		"7.5":   {450, ""},
		"7,25":  {435, ""},
		"7:45":  {465, ""},
		"0":     {0, ""},
		"24":    {1440, ""},
		"24.25": {0, service.KeyHoursRange},
		"-1":    {0, service.KeyHoursRange},
		"7.1":   {426, ""}, // not a quarter hour: SaveTimesheet says so
		"abc":   {0, service.KeyHoursFormat},
		"7:5":   {0, service.KeyHoursFormat},
		"NaN":   {0, service.KeyHoursFormat},
	} {
		m, key := service.ParseHours(in)
		if key != want.key || (key == "" && m != want.minutes) {
			t.Errorf("ParseHours(%q) = %d, %q; want %d, %q", in, m, key, want.minutes, want.key)
		}
	}
}

// D2, D1: saving a week checks every cell — 0 to 24 hours in quarter hours,
// no day outside the placement or the rate, only declaration types of the
// active rates, at most 24 hours a day — keys the message by cell, and
// changes nothing when anything is wrong.
func TestSaveTimesheetValidation_D2(t *testing.T) {
	t.Parallel()
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		a := newAgency(t, db, "acme", true)
		h, o := a.hours, a.overtime
		cell := func(typ domain.DeclarationType, d domain.Date) string { return service.CellField(typ.ID, d) }
		for _, tc := range []struct {
			name  string
			week  int
			lines []service.LineInput
			want  domain.FieldErrors
		}{
			{"more than 24 hours", 10, []service.LineInput{line(h, day(10, 0), 24*60+15)}, domain.FieldErrors{cell(h, day(10, 0)): service.KeyHoursRange}},
			{"negative", 10, []service.LineInput{line(h, day(10, 0), -60)}, domain.FieldErrors{cell(h, day(10, 0)): service.KeyHoursRange}},
			{"not a quarter hour", 10, []service.LineInput{line(h, day(10, 1), 430)}, domain.FieldErrors{cell(h, day(10, 1)): service.KeyQuarterHours}},
			{"before the placement started", 2, []service.LineInput{line(h, day(2, 1), 480)}, domain.FieldErrors{cell(h, day(2, 1)): service.KeyDayClosed}},
			{"after the rate ended", 11, []service.LineInput{line(o, day(11, 2), 60)}, domain.FieldErrors{cell(o, day(11, 2)): service.KeyDayClosed}},
			{"outside the week", 10, []service.LineInput{line(h, day(11, 0), 60)}, domain.FieldErrors{cell(h, day(11, 0)): service.KeyDayClosed}},
			{"type without a rate", 10, []service.LineInput{line(a.travel, day(10, 0), 60)}, domain.FieldErrors{cell(a.travel, day(10, 0)): service.KeyDeclarationType}},
			{"same cell twice", 10, []service.LineInput{line(h, day(10, 0), 60), line(h, day(10, 0), 120)}, domain.FieldErrors{cell(h, day(10, 0)): service.KeyDuplicate}},
			{"more than 24 hours in a day", 10, []service.LineInput{line(h, day(10, 3), 16*60), line(o, day(10, 3), 9*60)}, domain.FieldErrors{service.DayField(day(10, 3)): service.KeyDayTotal}},
		} {
			t.Run(tc.name, func(t *testing.T) {
				_, err := a.svc.SaveTimesheet(a.ctx, a.candidate(), a.placement.ID, 2026, tc.week, tc.lines)
				var verr *domain.ValidationError
				if !errors.As(err, &verr) || !maps.Equal(verr.Fields, tc.want) {
					t.Fatalf("got %v, want fields %v", err, tc.want)
				}
				if _, err := a.st.TimesheetForWeek(a.ctx, a.placement.ID, 2026, tc.week); domain.KindOf(err) != domain.KindNotFound {
					t.Errorf("a refused save stored a timesheet: %v", err)
				}
			})
		}
		// The good cells of the same kinds are taken; an empty closed cell is no error.
		w, err := a.svc.SaveTimesheet(a.ctx, a.candidate(), a.placement.ID, 2026, 11, []service.LineInput{
			line(h, day(11, 0), 450), line(o, day(11, 1), 60), line(o, day(11, 2), 0), line(h, day(11, 2), 24*60)})
		if err != nil {
			t.Fatal(err)
		}
		if w.Total != 450+60+24*60 || w.Timesheet.Status != domain.TimesheetDraft || !w.Editable {
			t.Errorf("saved week: total %d, status %s, editable %v", w.Total, w.Timesheet.Status, w.Editable)
		}
	})
}
