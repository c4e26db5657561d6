package office_test

import (
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/store/storetest"
	"github.com/matchpoint/matchpoint/web/webtest"
)

// G5: the reports page draws the pipeline per phase and the hours per week
// as SVG charts with the same figures in tables; the vacancy page draws its
// own pipeline.
func TestReportsCharts_G5(t *testing.T) {
	env := webtest.New(t, storetest.SQLite(t))
	rec := env.Acme.Records(t, env.Store)
	monday := domain.MondayOfISOWeek(rec.Timesheet.Year, rec.Timesheet.Week)
	if err := env.Store.SaveTimesheetLines(env.Acme.Ctx, rec.Timesheet.ID, []domain.TimesheetLine{
		{DeclarationTypeID: rec.DeclarationType.ID, Day: monday, Minutes: 450}}); err != nil {
		t.Fatal(err)
	}
	c := env.Recruiter(t)
	res := c.Get("/office/reports")
	if res.Status != http.StatusOK {
		t.Fatalf("reports: %d", res.Status)
	}
	for _, want := range []string{`<svg class="chart"`, `id="pipeline-table"`, "<td>Proposed</td><td>1</td>", `role="img"`} {
		if !strings.Contains(res.Body, want) {
			t.Errorf("reports page lacks %q", want)
		}
	}
	// The fixture's timesheet is in January 2026, outside the last 12 weeks.
	if strings.Contains(res.Body, `id="hours-table"`) {
		t.Errorf("hours of an old week shown in the 12-week report")
	}
	// A timesheet of this week counts.
	y, w := domain.DateOf(time.Now()).ISOWeek()
	ts := domain.Timesheet{PlacementID: rec.Placement.ID, Year: y, Week: w, Status: domain.TimesheetApproved}
	if err := env.Store.CreateTimesheet(env.Acme.Ctx, &ts); err != nil {
		t.Fatal(err)
	}
	if err := env.Store.SaveTimesheetLines(env.Acme.Ctx, ts.ID, []domain.TimesheetLine{
		{DeclarationTypeID: rec.DeclarationType.ID, Day: domain.MondayOfISOWeek(y, w), Minutes: 510}}); err != nil {
		t.Fatal(err)
	}
	res = c.Get("/office/reports")
	if !strings.Contains(res.Body, `id="hours-table"`) || !strings.Contains(res.Body, "<td>8.50</td>") || !strings.Contains(res.Body, ">8.5</text>") {
		t.Errorf("this week's 8.5 hours are not in the chart and table")
	}
	vac := c.Get("/office/vacancies/" + id(rec.Vacancy.ID))
	if !strings.Contains(vac.Body, `<svg class="chart"`) || !strings.Contains(vac.Body, ">Proposed</text>") {
		t.Errorf("vacancy page lacks its pipeline chart")
	}
}
