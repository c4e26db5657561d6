package domain

import (
	"slices"
	"strings"

	"github.com/agnivade/levenshtein"
)

// DuplicateReason is one piece of evidence that two candidate records are
// the same person (issue 16 item 7).
type DuplicateReason string

const (
	DupEmail          DuplicateReason = "email"             // the same e-mail address
	DupPhone          DuplicateReason = "phone"             // the same phone number, however written
	DupNameBirthDate  DuplicateReason = "name_birth_date"   // the same name and date of birth
	DupNamePostcode   DuplicateReason = "name_postcode"     // the same name and postcode
	DupSimilarNameCty DuplicateReason = "similar_name_city" // a similar name in the same city
)

// Duplicate is another candidate that may be the same person, with the
// evidence.
type Duplicate struct {
	Candidate Candidate
	Reasons   []DuplicateReason
}

// DuplicateReasons lists the evidence that a and b are the same person,
// strongest first; none means they are not possible duplicates. Names
// compare without case and accents ("Müller" is "muller"); phone numbers by
// PhoneKey ("+31 6 1234 5678" is "06-12345678").
func DuplicateReasons(a, b Candidate) []DuplicateReason {
	var out []DuplicateReason
	if ea := strings.ToLower(strings.TrimSpace(a.Email)); ea != "" && ea == strings.ToLower(strings.TrimSpace(b.Email)) {
		out = append(out, DupEmail)
	}
	if pa := PhoneKey(a.Phone); pa != "" && pa == PhoneKey(b.Phone) {
		out = append(out, DupPhone)
	}
	sameName := NameKey(a) != "" && NameKey(a) == NameKey(b)
	if sameName && !a.DateOfBirth.IsZero() && a.DateOfBirth == b.DateOfBirth {
		out = append(out, DupNameBirthDate)
	}
	if sameName && postcodeKey(a.PostalCode) != "" && postcodeKey(a.PostalCode) == postcodeKey(b.PostalCode) {
		out = append(out, DupNamePostcode)
	}
	if ca := Fold(a.City); ca != "" && ca == Fold(b.City) && SimilarNames(a, b) {
		out = append(out, DupSimilarNameCty)
	}
	return out
}

// NameKey is a candidate's full name folded for comparison.
func NameKey(c Candidate) string { return Fold(c.FirstName + " " + c.LastName) }

// SimilarNames reports whether two people's names are the same or differ
// by a typo or two ("Jansen" and "Janssen"), also with first and last name
// swapped. The longer the name, the more difference is a typo: one edit
// from four letters on, two from eight.
func SimilarNames(a, b Candidate) bool {
	ka, kb := NameKey(a), NameKey(b)
	if ka == "" || kb == "" {
		return false
	}
	if similar(ka, kb) {
		return true
	}
	return similar(Fold(a.LastName+" "+a.FirstName), kb)
}

func similar(a, b string) bool {
	if a == b {
		return true
	}
	n := min(len([]rune(a)), len([]rune(b)))
	allowed := 0
	switch {
	case n >= 8:
		allowed = 2
	case n >= 4:
		allowed = 1
	}
	return levenshtein.ComputeDistance(a, b) <= allowed
}

// phoneSeparators are the characters people put in phone numbers that do
// not change the number. The stores' indexes strip the same ones.
const phoneSeparators = " -.()/+"

// PhoneKey is the part of a phone number that identifies it however it is
// written: separators and the plus sign removed, its last nine characters
// (a number without or with its country or trunk prefix). Numbers shorter
// than seven characters give "" and match nothing.
func PhoneKey(phone string) string {
	r := []rune(strings.Map(func(r rune) rune {
		if strings.ContainsRune(phoneSeparators, r) {
			return -1
		}
		return r
	}, phone))
	if len(r) < 7 {
		return ""
	}
	if len(r) > 9 {
		r = r[len(r)-9:]
	}
	return string(r)
}

// postcodeKey compares postcodes without case and spaces ("1012 AB" is "1012ab").
func postcodeKey(p string) string {
	return strings.ReplaceAll(Fold(p), " ", "")
}

// SortDuplicates orders possible duplicates by their strongest evidence,
// then by how much evidence, then newest record first.
func SortDuplicates(list []Duplicate) {
	rank := func(d Duplicate) int {
		order := []DuplicateReason{DupEmail, DupPhone, DupNameBirthDate, DupNamePostcode, DupSimilarNameCty}
		return slices.Index(order, d.Reasons[0])
	}
	slices.SortStableFunc(list, func(x, y Duplicate) int {
		if rx, ry := rank(x), rank(y); rx != ry {
			return rx - ry
		}
		if len(x.Reasons) != len(y.Reasons) {
			return len(y.Reasons) - len(x.Reasons)
		}
		return int(y.Candidate.ID - x.Candidate.ID)
	})
}
