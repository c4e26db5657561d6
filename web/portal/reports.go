package portal

import (
	"net/http"
	"strconv"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/web/kit"
)

type reportsView struct {
	kit.Page
	HoursPerWeek bool // the agency shows this report in the portal (C7)
	Weeks        []domain.WeekHours
	Bars         []kit.Bar
	ChartW       int
	ChartH       int
	MaxHours     string
}

// hoursLabel shows minutes as hours with at most two decimals.
func hoursLabel(minutes int) string {
	return strconv.FormatFloat(float64(minutes)/60, 'f', -1, 64)
}

// chartBars lays out one bar per week (C7, G5).
func chartBars(weeks []domain.WeekHours) kit.BarChart {
	points := make([]kit.Point, len(weeks))
	for i, w := range weeks {
		points[i] = kit.Point{Label: "W" + strconv.Itoa(w.Week), Value: w.Minutes, Text: hoursLabel(w.Minutes)}
	}
	return kit.LayoutBars(points)
}

// reports shows the reports the agency made available to the portal, at
// least 'hours per week' as an SVG chart with the same figures as a table.
func (a *App) reports(w http.ResponseWriter, r *http.Request) error {
	m, err := a.me(r, domain.SectionReports)
	if err != nil {
		return err
	}
	set, err := a.Store.Settings(r.Context())
	if err != nil {
		return err
	}
	v := reportsView{Page: a.Page(r, "portal.reports.title"), HoursPerWeek: domain.PortalShowsReport(set, "hours_per_week")}
	if v.HoursPerWeek {
		if v.Weeks, err = a.Service.PortalHoursPerWeek(r.Context(), m.Actor); err != nil {
			return err
		}
		c := chartBars(v.Weeks)
		v.Bars, v.ChartW, v.ChartH = c.Bars, c.W, c.H
	}
	return a.Render(w, http.StatusOK, "reports", v)
}
