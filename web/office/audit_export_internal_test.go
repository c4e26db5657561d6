package office

import "testing"

// F4: a cell of the audit export that a spreadsheet would run as a formula
// (a name or detail someone typed) is defused with a quote.
func TestCSVCellDefusesFormulas_F4(t *testing.T) {
	for in, want := range map[string]string{"=HYPERLINK(\"x\")": "'=HYPERLINK(\"x\")", "+1": "'+1", "-2": "'-2", "@SUM(A1)": "'@SUM(A1)",
		"\tx": "'\tx", "Rita": "Rita", "": "", "192.0.2.7": "192.0.2.7"} {
		if got := csvCell(in); got != want {
			t.Errorf("csvCell(%q) = %q, want %q", in, got, want)
		}
	}
}
