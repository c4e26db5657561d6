package kit

import "strconv"

// Bar is one bar of a server-rendered SVG bar chart: its box, where its
// labels go, and the texts (G5). No JavaScript draws anything.
type Bar struct {
	X, Y, W, H int
	LabelX     int
	Label      string // under the bar
	Value      string // above the bar
}

// BarChart is a laid-out chart: its bars and its size.
type BarChart struct {
	Bars []Bar
	W, H int
}

// Point is one value to chart.
type Point struct {
	Label string
	Value int    // bar height, in any unit
	Text  string // shown above the bar; the value itself when empty
}

const (
	chartH     = 220
	chartTop   = 20
	chartFoot  = 40
	chartBarW  = 28
	chartGap   = 12
	chartLeftX = 10
)

// LayoutBars scales one bar per point to the largest value.
func LayoutBars(points []Point) BarChart {
	max := 0
	for _, p := range points {
		if p.Value > max {
			max = p.Value
		}
	}
	plot := chartH - chartTop - chartFoot
	c := BarChart{H: chartH, W: chartLeftX*2 + len(points)*(chartBarW+chartGap)}
	for i, p := range points {
		h := 0
		if max > 0 {
			h = p.Value * plot / max
		}
		text := p.Text
		if text == "" {
			text = strconv.Itoa(p.Value)
		}
		x := chartLeftX + i*(chartBarW+chartGap)
		c.Bars = append(c.Bars, Bar{X: x, Y: chartTop + plot - h, W: chartBarW, H: h, LabelX: x + chartBarW/2,
			Label: p.Label, Value: text})
	}
	return c
}
