package portal

import (
	"net/http"
	"strconv"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/web/kit"
)

// bar is one bar of a server-rendered SVG chart.
type bar struct {
	X, Y, W, H int
	LabelX     int
	Label      string
	Value      string
}

type reportsView struct {
	kit.Page
	HoursPerWeek bool // the agency shows this report in the portal (C7)
	Weeks        []domain.WeekHours
	Bars         []bar
	ChartW       int
	ChartH       int
	MaxHours     string
}

const (
	chartH     = 220
	chartTop   = 20
	chartFoot  = 40
	chartBarW  = 28
	chartGap   = 12
	chartLeftX = 10
)

// hoursLabel shows minutes as hours with at most two decimals.
func hoursLabel(minutes int) string {
	return strconv.FormatFloat(float64(minutes)/60, 'f', -1, 64)
}

// chartBars lays out one bar per week, scaled to the largest week; no
// JavaScript draws anything (C7, G5).
func chartBars(weeks []domain.WeekHours) ([]bar, int) {
	max := 0
	for _, w := range weeks {
		if w.Minutes > max {
			max = w.Minutes
		}
	}
	plot := chartH - chartTop - chartFoot
	bars := make([]bar, 0, len(weeks))
	for i, w := range weeks {
		h := 0
		if max > 0 {
			h = w.Minutes * plot / max
		}
		x := chartLeftX + i*(chartBarW+chartGap)
		bars = append(bars, bar{X: x, Y: chartTop + plot - h, W: chartBarW, H: h, LabelX: x + chartBarW/2,
			Label: "W" + strconv.Itoa(w.Week), Value: hoursLabel(w.Minutes)})
	}
	return bars, chartLeftX*2 + len(weeks)*(chartBarW+chartGap)
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
	v := reportsView{Page: a.page(r, "portal.reports.title"), HoursPerWeek: domain.PortalShowsReport(set, "hours_per_week")}
	if v.HoursPerWeek {
		if v.Weeks, err = a.Service.PortalHoursPerWeek(r.Context(), m.Actor); err != nil {
			return err
		}
		v.Bars, v.ChartW = chartBars(v.Weeks)
		v.ChartH = chartH
	}
	return a.render(w, http.StatusOK, "reports", v)
}
