package office

import (
	"net/http"
	"strconv"

	"github.com/matchpoint/matchpoint/store"
	"github.com/matchpoint/matchpoint/web/kit"
)

// chartView is what the "barchart" partial draws: an SVG chart with a title
// and a description, always beside a table of the same figures (G5, G4).
type chartView struct {
	ID    string
	Title string
	Desc  string
	Chart kit.BarChart
}

type reportsView struct {
	kit.Page
	Pipeline      []store.PhaseCount
	PipelineChart chartView
	Weeks         []store.WeekMinutes
	HoursChart    chartView
}

// reportWeeks is how many weeks the hours report shows.
const reportWeeks = 12

// pipelineChart draws matches per phase.
func pipelineChart(p kit.Page, id string, counts []store.PhaseCount) chartView {
	points := make([]kit.Point, len(counts))
	for i, c := range counts {
		points[i] = kit.Point{Label: c.PhaseName, Value: c.Count}
	}
	return chartView{ID: id, Title: p.T("reports.pipeline"), Desc: p.T("reports.pipeline_desc"), Chart: kit.LayoutBars(points)}
}

func (a *App) reports(w http.ResponseWriter, r *http.Request) error {
	v := reportsView{Page: a.Page(r, "reports.title")}
	var err error
	if v.Pipeline, err = a.Store.Pipeline(r.Context(), 0); err != nil {
		return err
	}
	v.PipelineChart = pipelineChart(v.Page, "pipeline", v.Pipeline)
	since := today().AddDays(-7 * (reportWeeks - 1))
	if v.Weeks, err = a.Store.HoursPerWeek(r.Context(), since); err != nil {
		return err
	}
	points := make([]kit.Point, len(v.Weeks))
	for i, wk := range v.Weeks {
		points[i] = kit.Point{Label: "W" + strconv.Itoa(wk.Week), Value: wk.Minutes,
			Text: strconv.FormatFloat(float64(wk.Minutes)/60, 'f', -1, 64)}
	}
	v.HoursChart = chartView{ID: "hours", Title: v.T("reports.hours"), Desc: v.T("reports.hours_desc"), Chart: kit.LayoutBars(points)}
	return a.Render(w, http.StatusOK, "reports", v)
}
