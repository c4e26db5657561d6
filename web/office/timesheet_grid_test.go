package office

import (
	"slices"
	"testing"

	"github.com/matchpoint/matchpoint/domain"
)

// A5: a timesheet's lines are shown as days × declaration types with totals.
func TestBuildTimesheetGrid_A5(t *testing.T) {
	mon := domain.MondayOfISOWeek(2024, 10) // 2024-03-04
	g := buildTimesheetGrid(2024, 10, []domain.TimesheetLine{
		{DeclarationTypeID: 1, DeclarationTypeName: "Hours", Day: mon, Minutes: 480},
		{DeclarationTypeID: 1, DeclarationTypeName: "Hours", Day: mon.AddDays(4), Minutes: 240},
		{DeclarationTypeID: 2, DeclarationTypeName: "Overtime", Day: mon, Minutes: 60},
		{DeclarationTypeID: 2, DeclarationTypeName: "Overtime", Day: mon.AddDays(7), Minutes: 999}, // next week: left out
	})
	if g.Days[0].String() != "2024-03-04" || g.Days[6].String() != "2024-03-10" {
		t.Fatalf("days %v", g.Days)
	}
	if len(g.Rows) != 2 || g.Rows[0].DeclarationTypeName != "Hours" || g.Rows[0].Total != 720 || g.Rows[1].Total != 60 {
		t.Fatalf("rows %+v", g.Rows)
	}
	if !slices.Equal(g.DayTotals, []int{540, 0, 0, 0, 240, 0, 0}) || g.Total != 780 {
		t.Fatalf("totals %v %d", g.DayTotals, g.Total)
	}
}
