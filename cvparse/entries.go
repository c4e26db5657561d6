package cvparse

import (
	"regexp"
	"strings"
	"unicode/utf8"

	"github.com/matchpoint/matchpoint/domain"
)

// orgWords mark a line (or part) as an organisation rather than a job
// title or degree: legal forms and kinds of schools, folded.
var orgWords = regexp.MustCompile(`(?:^|[^\p{L}])(b\.?v\.?|n\.?v\.?|gmbh|ag|kg|se|sa|sas|sarl|ltd|plc|inc|llc|group|groep|gruppe|groupe|` +
	`gemeente|stadt|ville|ziekenhuis|hospital|klinikum|hopital|universiteit|university|universitat|universite|hogeschool|` +
	`hochschule|fachhochschule|college|school|schule|berufsschule|gymnasium|lycee|ecole|academie|academy|akademie|institut|institute|` +
	`roc|iut|bank|services|logistics|logistiek|logistik|logistique|consulting|solutions|systems|zorg|pflege|clinique|` +
	`kliniek|technik|techniek|holding|&)(?:$|[^\p{L}])`)

// splitters separate a title from its organisation on one line, in the
// order they are tried; the title comes first except after "bij" and its
// kind, where it also does.
var splitters = []string{" — ", " – ", " - ", " | ", " · ", " @ ", " bij ", " at ", " bei ", " chez ", " auprès de ", ", "}

// findEntries reads the work experience or education entries of one
// section: each date range with the line it stands on, or the short lines
// just above it (or just below, when none are above). Which of two parts
// is the organisation is decided per entry where one part reads as one,
// and for the others as most entries of the section have it.
func findEntries(lines []line, sec section) []Entry {
	var idx []int
	for i, l := range lines {
		if l.sec == sec && !l.heading {
			idx = append(idx, i)
		}
	}
	used := map[int]bool{}
	type found struct {
		e     Entry
		parts []string
	}
	var all []found
	take := func(k int) string { used[idx[k]] = true; return lines[idx[k]].raw }
	free := func(k int) bool {
		if k < 0 || k >= len(idx) || used[idx[k]] || !entryLike(lines[idx[k]].raw) {
			return false
		}
		_, isRange := findRange(lines[idx[k]].folded)
		return !isRange
	}
	for n, i := range idx {
		l := lines[i]
		sp, ok := findRange(l.folded)
		if !ok {
			continue
		}
		used[i] = true
		e := Entry{Start: sp.Start, End: sp.End, Current: sp.Current}
		var parts []string
		if rest := cutSpan(l.raw, l.folded, sp); rest != "" {
			parts = splitHead(rest)
			// "School, 2010 – 2013" under its degree: the line above is the other half.
			if len(parts) == 1 && free(n-1) {
				parts = []string{take(n - 1), rest}
			}
		} else {
			switch {
			case free(n-1) && len(splitHead(lines[idx[n-1]].raw)) == 2:
				parts = splitHead(take(n - 1))
			case free(n-1) && free(n-2):
				b := take(n - 1)
				parts = []string{take(n - 2), b}
			case free(n - 1):
				parts = []string{take(n - 1)}
			case free(n+1) && len(splitHead(lines[idx[n+1]].raw)) == 2:
				parts = splitHead(take(n + 1))
			case free(n+1) && free(n+2):
				parts = []string{take(n + 1), take(n + 2)}
			case free(n + 1):
				parts = []string{take(n + 1)}
			}
		}
		if len(parts) == 0 {
			continue
		}
		all = append(all, found{e, parts})
	}
	// Votes for the section's order: +1 title first, -1 organisation first.
	vote := 0
	for _, f := range all {
		if len(f.parts) == 2 {
			vote += orgSide(f.parts[0], f.parts[1])
		}
	}
	out := make([]Entry, 0, len(all))
	for _, f := range all {
		e := f.e
		if len(f.parts) == 1 {
			e.Title = f.parts[0]
		} else {
			a, b := f.parts[0], f.parts[1]
			side := orgSide(a, b)
			if side == 0 {
				side = 1
				if vote < 0 {
					side = -1
				}
			}
			if side < 0 {
				a, b = b, a
			}
			if i := strings.Index(b, ", "); i > 0 {
				b = b[:i]
			}
			e.Title, e.Org = strings.TrimSpace(a), strings.TrimSpace(b)
		}
		out = append(out, e)
	}
	return out
}

// orgSide says which of two parts reads as the organisation: 1 the second,
// -1 the first, 0 neither or both.
func orgSide(a, b string) int {
	oa, ob := orgWords.MatchString(domain.Fold(a)), orgWords.MatchString(domain.Fold(b))
	switch {
	case ob && !oa:
		return 1
	case oa && !ob:
		return -1
	}
	return 0
}

// cutSpan removes the date range from a line and the punctuation around it.
func cutSpan(raw, folded string, sp Span) string {
	// Folding keeps byte offsets only where no accent was dropped; find the
	// range's text in the raw line by its length in runes instead.
	before := utf8.RuneCountInString(folded[:sp.From])
	length := utf8.RuneCountInString(folded[sp.From:sp.To])
	r := []rune(raw)
	if before+length > len(r) {
		return ""
	}
	rest := string(r[:before]) + " " + string(r[before+length:])
	rest = strings.Trim(rest, " :|,;·-–—()\t")
	return strings.Join(strings.Fields(rest), " ")
}

// entryLike is a short line that names something, not a sentence.
func entryLike(s string) bool {
	words := strings.Fields(s)
	if len(words) == 0 || len(words) > 10 || strings.HasPrefix(s, "•") || strings.HasPrefix(s, "- ") {
		return false
	}
	// A full stop ends a sentence, unless it ends an abbreviation ("N.V.", "Inc.").
	last := words[len(words)-1]
	sentence := strings.HasSuffix(last, ".") && strings.Count(last, ".") == 1 && utf8.RuneCountInString(last) > 5
	return !sentence
}

// splitHead splits one line into title and organisation at the first
// separator it holds.
func splitHead(s string) []string {
	for _, sep := range splitters {
		if i := strings.Index(s, sep); i > 0 {
			a, b := strings.TrimSpace(s[:i]), strings.TrimSpace(s[i+len(sep):])
			if a != "" && b != "" {
				return []string{a, b}
			}
		}
	}
	return []string{s}
}
