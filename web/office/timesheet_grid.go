package office

import "github.com/matchpoint/matchpoint/domain"

// timesheetGrid is a week of timesheet lines laid out as rows of declaration
// types by columns of days, with totals in minutes (A5).
type timesheetGrid struct {
	Days      []domain.Date // Monday to Sunday of the ISO week
	Rows      []timesheetRow
	DayTotals []int
	Total     int
}

type timesheetRow struct {
	DeclarationTypeID   domain.ID
	DeclarationTypeName string
	Minutes             []int // one per day
	Total               int
}

// buildTimesheetGrid lays lines out for the ISO week; rows keep the order in
// which their declaration types first appear in lines. A line outside the
// week (which the store should never hold) is left out rather than shown on
// the wrong day.
func buildTimesheetGrid(year, week int, lines []domain.TimesheetLine) timesheetGrid {
	g := timesheetGrid{Days: make([]domain.Date, 7), DayTotals: make([]int, 7)}
	monday := domain.MondayOfISOWeek(year, week)
	for i := range g.Days {
		g.Days[i] = monday.AddDays(i)
	}
	rowOf := map[domain.ID]int{}
	for _, l := range lines {
		day := -1
		for i, d := range g.Days {
			if d == l.Day {
				day = i
			}
		}
		if day < 0 {
			continue
		}
		r, ok := rowOf[l.DeclarationTypeID]
		if !ok {
			r = len(g.Rows)
			rowOf[l.DeclarationTypeID] = r
			g.Rows = append(g.Rows, timesheetRow{DeclarationTypeID: l.DeclarationTypeID,
				DeclarationTypeName: l.DeclarationTypeName, Minutes: make([]int, 7)})
		}
		g.Rows[r].Minutes[day] += l.Minutes
		g.Rows[r].Total += l.Minutes
		g.DayTotals[day] += l.Minutes
		g.Total += l.Minutes
	}
	return g
}
