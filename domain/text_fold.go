package domain

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Fold makes text comparable the way people read it: lower case, without
// accents ("Müller" and "muller" fold alike), words separated by one space.
func Fold(s string) string {
	if isASCII(s) { // nothing to decompose: the common case, and hot (duplicate checks of an import)
		return strings.Join(strings.Fields(strings.ToLower(s)), " ")
	}
	// Decompose, drop the combining marks (the accents), compose again.
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range norm.NFD.String(s) {
		if !unicode.Is(unicode.Mn, r) {
			b.WriteRune(r)
		}
	}
	out := norm.NFC.String(b.String())
	return strings.Join(strings.Fields(strings.ToLower(out)), " ")
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// letterSpelling spells the Latin letters that have no accent to strip.
var letterSpelling = strings.NewReplacer("ß", "ss", "æ", "ae", "ø", "o", "œ", "oe", "ł", "l", "đ", "d", "þ", "th")

// Slug makes the readable part of a URL from a title: folded, the words of
// Latin letters and digits joined by hyphens, whole words up to 60 bytes.
func Slug(title string) string {
	words := strings.FieldsFunc(letterSpelling.Replace(Fold(title)), func(r rune) bool {
		return (r < 'a' || r > 'z') && (r < '0' || r > '9')
	})
	var b strings.Builder
	for _, w := range words {
		if b.Len()+1+len(w) > 60 {
			break
		}
		if b.Len() > 0 {
			b.WriteByte('-')
		}
		b.WriteString(w)
	}
	return b.String()
}

// PlainText checks that s is text a person typed: valid UTF-8 without NUL
// or other control characters but line breaks and tabs. Anything else is
// refused before it reaches the database (PostgreSQL rejects NUL bytes).
func (v *Validator) PlainText(s, field string) {
	ok := utf8.ValidString(s)
	if ok {
		for _, r := range s {
			if unicode.IsControl(r) && r != '\n' && r != '\r' && r != '\t' {
				ok = false
				break
			}
		}
	}
	v.Check(ok, field, "validation.text")
}
