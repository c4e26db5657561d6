package kit

import "testing"

// Issue 15: an amount reads back as the pages write it in every language.
func TestNormalAmount(t *testing.T) {
	for in, want := range map[string]string{"12.50": "12.50", "12,50": "12.50", "1.234,50": "1234.50",
		"1\u202f234,50": "1234.50", "1,234.50": "1234.50", "1 234,50": "1234.50", "": "", "65": "65", "1.2.3,4": "123.4"} {
		if got := normalAmount(in); got != want {
			t.Errorf("%q: %q, want %q", in, got, want)
		}
	}
}
