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
// just above it (or just below, when none are above).
func findEntries(lines []line, sec section) []Entry {
	var idx []int
	for i, l := range lines {
		if l.sec == sec && !l.heading {
			idx = append(idx, i)
		}
	}
	used := map[int]bool{}
	var out []Entry
	for n, i := range idx {
		l := lines[i]
		sp, ok := findRange(l.folded)
		if !ok {
			continue
		}
		used[i] = true
		e := Entry{Start: sp.Start, End: sp.End, Current: sp.Current}
		rest := cutSpan(l.raw, l.folded, sp)
		var heads []string
		if rest != "" {
			heads = []string{rest}
			// "School, 2010 – 2013" under its degree: the line above is the other half.
			if len(splitHead(rest)) == 1 && n > 0 && !used[idx[n-1]] && entryLike(lines[idx[n-1]].raw) {
				if _, isRange := findRange(lines[idx[n-1]].folded); !isRange {
					heads = []string{lines[idx[n-1]].raw, rest}
					used[idx[n-1]] = true
				}
			}
		} else {
			// The short lines just above, not used by the previous entry.
			for k := n - 1; k >= 0 && k >= n-2; k-- {
				j := idx[k]
				if used[j] || !entryLike(lines[j].raw) {
					break
				}
				heads = append([]string{lines[j].raw}, heads...)
				if len(heads) == 1 && len(splitHead(lines[j].raw)) == 2 {
					break
				}
			}
			if len(heads) == 0 {
				for k := n + 1; k < len(idx) && k <= n+2; k++ {
					j := idx[k]
					if _, isRange := findRange(lines[j].folded); isRange || !entryLike(lines[j].raw) {
						break
					}
					heads = append(heads, lines[j].raw)
					if len(heads) == 1 && len(splitHead(lines[j].raw)) == 2 {
						break
					}
				}
			}
			for k := range heads {
				for _, j := range idx {
					if lines[j].raw == heads[k] {
						used[j] = true
					}
				}
			}
		}
		e.Title, e.Org = titleAndOrg(heads)
		if e.Title == "" && e.Org == "" {
			continue
		}
		out = append(out, e)
	}
	return out
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
	words := len(strings.Fields(s))
	return words > 0 && words <= 10 && !strings.HasSuffix(s, ".") && !strings.HasPrefix(s, "•") && !strings.HasPrefix(s, "- ")
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

// titleAndOrg decides which of the head lines (or parts of one) is the
// title and which the organisation: the one that reads as an organisation
// is, else the first is the title. An organisation keeps no place after a
// comma ("Philips, Eindhoven").
func titleAndOrg(heads []string) (title, org string) {
	var parts []string
	switch len(heads) {
	case 0:
		return "", ""
	case 1:
		parts = splitHead(heads[0])
	default:
		parts = heads[:2]
	}
	if len(parts) == 1 {
		return parts[0], ""
	}
	a, b := parts[0], parts[1]
	if orgWords.MatchString(domain.Fold(a)) && !orgWords.MatchString(domain.Fold(b)) {
		a, b = b, a
	}
	if i := strings.Index(b, ", "); i > 0 {
		b = b[:i]
	}
	return strings.TrimSpace(a), strings.TrimSpace(b)
}
