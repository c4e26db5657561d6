package password

import (
	"strings"
	"unicode/utf8"
)

//go:generate go run common_gen.go common.txt

// Length limits. No composition rules: length, a refusal of known-bad
// choices and a strength estimate protect better and annoy less (NIST SP
// 800-63B).
const (
	MinLength = 10
	MaxLength = 128
)

// Product is the product's name: a password built from it is refused like
// one built from the agency's name.
const Product = "Matchpoint"

// Person is whom a new password is for: its words may not make up the
// password. Any field may be empty.
type Person struct {
	Agency string // the agency's name
	Name   string // the person's full name
	Email  string // the person's e-mail address
}

// Message keys of Problem.
const (
	KeyTooShort     = "password.too_short"
	KeyTooLong      = "password.too_long"
	KeyOwnName      = "password.contains_own_name"
	KeyAgencyName   = "password.contains_name"
	KeyCommon       = "password.common"
	KeyTooGuessable = "password.guessable"
)

// Problem returns the message key of what is wrong with pw as a new
// password of p, or "" when it is acceptable. Length counts characters, not
// bytes; the whole password is used, never truncated. In order: the
// length; the person's own name or e-mail address in it; the agency's or the
// product's name in it; a password on the lists of breached and common
// passwords (also with digits or symbols around it); and last the strength
// estimate, which must reach "safely unguessable".
func Problem(pw string, p Person) string {
	n := utf8.RuneCountInString(pw)
	switch {
	case n < MinLength:
		return KeyTooShort
	case n > MaxLength:
		return KeyTooLong
	}
	lower := strings.ToLower(pw)
	if containsAny(lower, ownWords(p)) {
		return KeyOwnName
	}
	if containsAny(lower, agencyWords(p.Agency)) {
		return KeyAgencyName
	}
	if common(lower) {
		return KeyCommon
	}
	if !strongEnough(pw, userInputs(p)) {
		return KeyTooGuessable
	}
	return ""
}
