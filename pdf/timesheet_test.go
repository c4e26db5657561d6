package pdf

import (
	"bytes"
	"testing"
)

// G3: a timesheet PDF is a valid document that carries the names, accents
// included, and the hours.
func TestWriteTimesheet_G3(t *testing.T) {
	var buf bytes.Buffer
	err := WriteTimesheet(&buf, Timesheet{
		Title:     "Timesheet week 10 of 2026",
		Fields:    []Field{{"Candidate", "Zoë Müller-Ångström"}, {"Company", "Café Crème"}},
		DayLabels: []string{"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"},
		TypeLabel: "Declaration type", TotalText: "Total",
		Rows:      []Row{{Label: "Hours", Minutes: []int{480, 450, 0, 0, 0, 0, 0}, Total: 930}},
		DayTotals: []int{480, 450, 0, 0, 0, 0, 0}, Total: 930,
		Log:    []Field{{"2026-03-11 10:00 Carla Jansen", "Approved"}},
		Footer: "Acme Staffing",
	})
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"Zoë Müller-Ångström", "Café Crème", "15.50", "Carla Jansen"} {
		ok, err := ContainsText(buf.Bytes(), want)
		if err != nil || !ok {
			t.Errorf("PDF lacks %q (%v)", want, err)
		}
	}
	if ok, _ := ContainsText(buf.Bytes(), "Nobody"); ok {
		t.Error("ContainsText finds what is not there")
	}
	if _, err := ContainsText([]byte("<html>"), "x"); err == nil {
		t.Error("not a PDF, yet no error")
	}
}
