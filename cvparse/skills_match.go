package cvparse

import (
	"strings"
	"unicode"

	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"
)

// caseSensitive are short names that are also common words or parts of
// words in some language (Go, SAP, Word): they count only as written.
func caseSensitive(name string) bool {
	return len(name) <= 3 || name == "Word" || name == "Excel" || name == "Lean" || name == "Agile"
}

// findSkills finds the skills of the agency's list and the shipped list
// named in the text as whole words. A skill the agency knows is named as
// the agency names it; another shipped one in opt.Language.
func findSkills(text string, opt Options) []string {
	folded := " " + foldForMatch(text) + " "
	cased := " " + keepCase(text) + " "
	has := func(name string) bool {
		if caseSensitive(name) {
			return strings.Contains(cased, " "+keepCase(name)+" ")
		}
		f := foldForMatch(name)
		return f != "" && strings.Contains(folded, " "+f+" ")
	}
	agency := map[string]string{} // folded form → the agency's name
	for _, n := range opt.AgencySkills {
		if f := foldForMatch(n); f != "" {
			agency[f] = n
		}
	}
	var out []string
	seen := map[string]bool{}
	add := func(name string) {
		if k := foldForMatch(name); !seen[k] {
			seen[k] = true
			out = append(out, name)
		}
	}
	for _, s := range opt.Skills {
		found := false
		for _, w := range s.written {
			if has(w) {
				found = true
				break
			}
		}
		if !found {
			continue
		}
		name := s.Name(opt.Language)
		for _, f := range s.forms {
			if a, ok := agency[f]; ok {
				name = a
				break
			}
		}
		add(name)
	}
	for f, n := range agency {
		if !seen[f] && has(n) {
			add(n)
		}
	}
	return out
}

// keepCase is foldForMatch without lower-casing.
func keepCase(s string) string {
	t := transform.Chain(norm.NFD, runes.Remove(runes.In(unicode.Mn)), norm.NFC)
	out, _, err := transform.String(t, s)
	if err != nil {
		out = s
	}
	out = strings.Map(func(r rune) rune {
		switch {
		case unicode.IsLetter(r), unicode.IsDigit(r), strings.ContainsRune("#+/.'-", r):
			return r
		}
		return ' '
	}, out)
	words := strings.Fields(out)
	for i, w := range words {
		words[i] = strings.TrimRight(w, ".-/'")
	}
	return strings.Join(words, " ")
}
