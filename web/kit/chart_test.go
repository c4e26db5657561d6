package kit

import "testing"

// G5: bars scale to the largest value and sit on one baseline.
func TestLayoutBars_G5(t *testing.T) {
	c := LayoutBars([]Point{{Label: "a", Value: 10}, {Label: "b", Value: 5, Text: "five"}, {Label: "c", Value: 0}})
	if len(c.Bars) != 3 || c.W != chartLeftX*2+3*(chartBarW+chartGap) {
		t.Fatalf("chart %+v", c)
	}
	full := chartH - chartTop - chartFoot
	if c.Bars[0].H != full || c.Bars[1].H != full/2 || c.Bars[2].H != 0 {
		t.Fatalf("heights %d %d %d, want %d %d 0", c.Bars[0].H, c.Bars[1].H, c.Bars[2].H, full, full/2)
	}
	for _, b := range c.Bars {
		if b.Y+b.H != chartTop+full {
			t.Errorf("bar %s does not stand on the baseline", b.Label)
		}
	}
	if c.Bars[1].Value != "five" || c.Bars[0].Value != "10" {
		t.Errorf("texts %q %q", c.Bars[0].Value, c.Bars[1].Value)
	}
	if empty := LayoutBars(nil); len(empty.Bars) != 0 {
		t.Error("bars from nothing")
	}
}
