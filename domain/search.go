package domain

import "strings"

// CandidateSearchText is the text the candidate full-text index holds: names,
// e-mail, city, headline and skills, lower-cased. The store and the demo
// loader both fill candidates.search_text with it.
func CandidateSearchText(c Candidate, skills []string) string {
	parts := []string{c.FirstName, c.LastName, c.Email, c.City, c.Headline}
	parts = append(parts, skills...)
	var b strings.Builder
	for _, p := range parts {
		p = strings.TrimSpace(p)
		if p == "" {
			continue
		}
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(strings.ToLower(p))
	}
	return b.String()
}
