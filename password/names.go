package password

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// minWord is the length from which one word of a name is refused wherever
// it appears in a password; a shorter word only when the password is made
// of little else ("tom1990tom!").
const minWord = 4

// words are the forms a name may take in a password: whole and without
// spaces or separators ("Acme Staffing" → "acme staffing", "acmestaffing"),
// and each word of it long enough to mean something.
type words struct {
	whole []string // refused wherever they appear
	short []string // refused when the password is little more than them
}

func (w *words) add(s string, wordsToo bool, generic func(string) bool) {
	s = strings.ToLower(strings.TrimSpace(s))
	if s == "" {
		return
	}
	for _, form := range []string{s, squash(s)} {
		w.put(form)
	}
	if !wordsToo {
		return
	}
	for _, part := range strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
		if generic != nil && generic(part) {
			continue
		}
		w.put(part)
	}
}

func (w *words) put(s string) {
	switch n := utf8.RuneCountInString(s); {
	case n >= minWord:
		w.whole = append(w.whole, s)
	case n >= 2:
		w.short = append(w.short, s)
	}
}

// ownWords are the person's name and e-mail address: the whole address,
// its local part and the words of both ("rosa.jansen@example.test" →
// "rosa", "jansen", "rosajansen").
func ownWords(p Person) words {
	var w words
	w.add(p.Name, true, nil)
	email := strings.ToLower(strings.TrimSpace(p.Email))
	if email != "" {
		w.add(email, false, nil)
		local, _, _ := strings.Cut(email, "@")
		w.add(local, true, mailboxWord)
	}
	return w
}

// agencyWords are the product's name and the agency's: whole, and each of
// its words but those that every agency's name may hold ("staffing").
func agencyWords(agency string) words {
	var w words
	w.add(Product, false, nil)
	w.add("match point", false, nil)
	w.add(agency, true, genericWord)
	return w
}

// genericWord is a word of agency names too common to refuse on its own.
func genericWord(w string) bool {
	switch w {
	case "staffing", "recruitment", "group", "agency", "holding", "services", "personnel", "interim",
		"uitzendbureau", "werving", "selectie", "detachering", "personal", "personaldienstleistung", "recrutement",
		"jobs", "work", "talent", "people", "careers", "consulting", "company", "international":
		return true
	}
	return false
}

// mailboxWord is a word of e-mail addresses that says little of the person
// ("jan.work@…", "info@…").
func mailboxWord(w string) bool {
	switch w {
	case "info", "mail", "work", "office", "contact", "admin", "home", "private", "prive", "privat", "werk", "arbeit", "travail", "post":
		return true
	}
	return false
}

// containsAny reports whether lower (a lower-cased password), as typed,
// without separators or read without leetspeak, contains one of w's whole
// forms, or is made of w's short words with at most three other letters.
func containsAny(lower string, w words) bool {
	forms := append([]string{lower, squash(lower)}, unleet(squash(lower))...)
	for _, f := range forms {
		for _, word := range w.whole {
			if strings.Contains(f, word) {
				return true
			}
		}
		if len(w.short) > 0 {
			rest := f
			for _, word := range w.short {
				rest = strings.ReplaceAll(rest, word, "")
			}
			if rest != f && letters(rest) < 4 {
				return true
			}
		}
	}
	return false
}

// squash drops what people put between words: spaces, dots, dashes,
// underscores and the like.
func squash(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) || strings.ContainsRune(".-_+,;:'\"/", r) {
			return -1
		}
		return r
	}, s)
}

func letters(s string) int {
	n := 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			n++
		}
	}
	return n
}

// unleet reads s without the usual leetspeak ("m4tchp01nt" → "matchpoint");
// "1" and "|" stand for both "i" and "l", so there are two readings. It
// returns nothing when s holds none of those characters.
func unleet(s string) []string {
	if !strings.ContainsAny(s, "0134578@$!|+9") {
		return nil
	}
	common := []string{"0", "o", "3", "e", "4", "a", "@", "a", "5", "s", "$", "s", "7", "t", "+", "t", "8", "b", "9", "g", "!", "i"}
	asI := strings.NewReplacer(append(common, "1", "i", "|", "i")...)
	asL := strings.NewReplacer(append(common, "1", "l", "|", "l")...)
	return []string{asI.Replace(s), asL.Replace(s)}
}

// userInputs are the words the strength estimate counts as known to an
// attacker: the product's, the agency's and the person's names and address.
func userInputs(p Person) []string {
	var out []string
	for _, w := range []words{ownWords(p), agencyWords(p.Agency)} {
		out = append(out, w.whole...)
		out = append(out, w.short...)
	}
	return out
}
