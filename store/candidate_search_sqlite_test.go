package store

import "testing"

// A1: the words of a candidate's search text are split and compared as
// SQLite's unicode61 tokenizer does, for ASCII text read in place and for
// other text folded first.
func TestHasWordPrefix_A1(t *testing.T) {
	for _, tc := range []struct {
		text, prefix string
		want         bool
	}{
		{"anna jansen java developer", "java", true},
		{"anna jansen javascript", "java", true},
		{"anna jansen", "jans", true},
		{"anna jansen", "nsen", false}, // inside a word
		{"oliver.smith.4217@example.test", "4217", true},
		{"oliver.smith.14217@example.test", "4217", false},
		{"c/c++ developer", "develop", true},
		{"ANNA JANSEN", "jans", true},
		{"hélène müller", "mull", true},
		{"hélène müller", "hele", true},
		{"søren østergaard", "sore", false},
		{"søren østergaard", "søre", true},
		{"søren østergaard", "øster", true},
		{"", "java", false},
		{"jav", "java", false},
	} {
		if got := hasWordPrefix(tc.text, foldText(tc.prefix)); got != tc.want {
			t.Errorf("hasWordPrefix(%q, %q) = %v, want %v", tc.text, tc.prefix, got, tc.want)
		}
	}
}
