package domain

import "testing"

// Fold takes accents off, lowers and joins words with one space, for text
// of plain ASCII (its fast path) and any other alike.
func TestFold(t *testing.T) {
	for in, want := range map[string]string{
		"  Anna   SMIT ":   "anna smit",
		"Müller":           "muller",
		"Chloé  Dubois":    "chloe dubois",
		"ÅNGSTRÖM":         "angstrom",
		"Łukasz Żółć":      "łukasz zołc",
		"François\tGaëlle": "francois gaelle",
		"":                 "",
	} {
		if got := Fold(in); got != want {
			t.Errorf("Fold(%q) = %q, want %q", in, got, want)
		}
	}
}
