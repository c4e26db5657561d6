package cvparse

import (
	"regexp"
	"strings"
	"unicode"

	"github.com/matchpoint/matchpoint/domain"
)

var (
	emailRe = regexp.MustCompile(`[A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+\.[A-Za-z]{2,}`)
	phoneRe = regexp.MustCompile(`(?:\+|\b00|\(0|\b0)[\d\s\-./()]{7,20}\d`)
	// Postal codes with the city after them (nl 1234 AB, de and fr 12345,
	// also written D-12345), or a British postcode after the city.
	nlPostRe = regexp.MustCompile(`\b(\d{4}\s?[A-Z]{2})\s+(\p{Lu}[\p{L}'\-]+(?:[ \-]\p{L}[\p{L}'\-]*){0,3})`)
	dePostRe = regexp.MustCompile(`\b(?:[DF]-)?(\d{5})\s+(\p{Lu}[\p{L}'\-]+(?:[ \-]\p{L}[\p{L}'\-]*){0,3})`)
	ukPostRe = regexp.MustCompile(`(\p{Lu}[\p{L}'\-]+(?: \p{Lu}[\p{L}'\-]+){0,2}),?\s+([A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2})\b`)
	streetRe = regexp.MustCompile(`^(?:\p{L}[\p{L}.'\-]*\s){1,4}\d+[a-zA-Z]?(?:\s?-\s?\d+)?$|^\d+[a-zA-Z]?,?\s(?:\p{L}[\p{L}.'\-]*\s?){1,6}$`)

	phoneLabels = []string{"tel", "telefoon", "telefon", "telephone", "phone", "mobile", "mobiel", "mobil", "handy", "portable", "gsm", "cell"}
	cityLabels  = []string{"woonplaats", "plaats", "city", "town", "wohnort", "ort", "ville", "residence"}
	birthLabels = []string{"geboortedatum", "geboren", "date of birth", "born", "birth date", "dob", "geburtsdatum", "geboren am",
		"date de naissance", "ne le", "nee le", "ne(e) le"}
)

func findEmail(lines []line) string {
	for _, l := range lines {
		if m := emailRe.FindString(l.raw); m != "" {
			return strings.TrimRight(m, ".")
		}
	}
	return ""
}

// hasLabel reports whether a folded line starts with one of the labels
// followed by a colon, a space or a full stop.
func hasLabel(folded string, labels []string) (rest string, ok bool) {
	for _, lab := range labels {
		if strings.HasPrefix(folded, lab) {
			r := folded[len(lab):]
			if r == "" || r[0] == ':' || r[0] == ' ' || r[0] == '.' {
				return strings.TrimLeft(r, ":. "), true
			}
		}
	}
	return "", false
}

// findPhone takes a labelled number first, else the first number of nine
// to fifteen digits that is not a range of years or a date.
func findPhone(lines []line) string {
	var first string
	for _, l := range lines {
		for _, m := range phoneRe.FindAllString(l.raw, -1) {
			m = strings.TrimSpace(m)
			digits := 0
			for _, r := range m {
				if unicode.IsDigit(r) {
					digits++
				}
			}
			if digits < 9 || digits > 15 || strings.Count(m, "/") > 1 || strings.Count(m, ".") == 2 && len(m) == 10 {
				continue
			}
			if _, isRange := findRange(domain.Fold(m)); isRange {
				continue
			}
			if _, ok := hasLabel(l.folded, phoneLabels); ok {
				return m
			}
			if first == "" {
				first = m
			}
		}
	}
	return first
}

// findAddress finds the postal code and city (and the street on the same
// line or the line above), else a labelled city.
func findAddress(lines []line) (street, postal, city string) {
	for i, l := range lines {
		if l.sec == secExperience || l.sec == secEducation {
			continue
		}
		if sp, ok := findRange(l.folded); ok && sp.To > 0 {
			continue
		}
		var at int
		found := false
		for _, re := range []*regexp.Regexp{nlPostRe, dePostRe} {
			if m := re.FindStringSubmatchIndex(l.raw); m != nil {
				postal, city, at, found = l.raw[m[2]:m[3]], l.raw[m[4]:m[5]], m[0], true
				break
			}
		}
		if !found {
			if m := ukPostRe.FindStringSubmatchIndex(l.raw); m != nil {
				city, postal, at, found = l.raw[m[2]:m[3]], l.raw[m[4]:m[5]], m[0], true
			}
		}
		if !found {
			continue
		}
		city = cleanCity(city)
		if before := strings.Trim(l.raw[:at], " ,;|·"); before != "" {
			if _, lab := hasLabel(domain.Fold(before), []string{"adres", "address", "adresse", "anschrift"}); lab {
				before = strings.TrimSpace(before[strings.IndexAny(before, ": ")+1:])
			}
			if streetRe.MatchString(before) {
				street = before
			}
		} else if i > 0 && streetRe.MatchString(stripLabel(lines[i-1].raw)) {
			street = stripLabel(lines[i-1].raw)
		}
		return street, postal, city
	}
	for _, l := range lines {
		if rest, ok := hasLabel(l.folded, cityLabels); ok && rest != "" {
			return "", "", cleanCity(strings.TrimSpace(l.raw[len(l.raw)-len(rest):]))
		}
	}
	return "", "", ""
}

// stripLabel drops "Adres:" and the like from the start of a line.
func stripLabel(s string) string {
	if _, ok := hasLabel(domain.Fold(s), []string{"adres", "address", "adresse", "anschrift", "straat", "strasse"}); ok {
		if i := strings.IndexAny(s, ":"); i >= 0 {
			return strings.TrimSpace(s[i+1:])
		}
	}
	return s
}

// cleanCity cuts a country or other words after the city.
func cleanCity(c string) string {
	for _, sep := range []string{",", " (", " |", " ·", " - ", " – "} {
		if i := strings.Index(c, sep); i > 0 {
			c = c[:i]
		}
	}
	return strings.TrimSpace(c)
}

// findBirthDate reads a labelled date of birth.
func findBirthDate(lines []line) domain.Date {
	for _, l := range lines {
		if rest, ok := hasLabel(l.folded, birthLabels); ok {
			if d, ok := parseBirthDate(rest); ok {
				return d
			}
		}
		// "Date and place of birth", "Geboren: 12.03.1990 in Köln".
		for _, lab := range birthLabels {
			if i := strings.Index(l.folded, lab); i >= 0 {
				if d, ok := parseBirthDate(l.folded[i+len(lab):]); ok {
					return d
				}
			}
		}
	}
	return domain.Date{}
}
