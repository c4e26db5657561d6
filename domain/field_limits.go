package domain

import "strings"

// The most characters each text field takes: one limit per field, defined
// here once and checked by the records' Validate methods, which the back
// office, both portals and the API all go through. A surface never has a
// limit of its own.
const (
	MaxPersonName     = 100   // first and last names of candidates, contacts
	MaxOrgName        = 200   // company and department names
	MaxChoiceName     = 100   // names of the agency's choices: statuses, groups, types …
	MaxEmail          = 254   // RFC 5321's longest path
	MaxPhone          = 40    // telephone numbers
	MaxWebsite        = 2000  // a web address
	MaxStreet         = 200   // street and number
	MaxPostalCode     = 20    // postal codes of every country fit in 10; 20 leaves room for notes like "PO Box"
	MaxCity           = 100   // city
	MaxJobTitle       = 200   // a contact's function, a placement's or a vacancy's title
	MaxHeadline       = 200   // a candidate's one-line profession
	MaxSummary        = 10000 // a candidate's profile text
	MaxAvailability   = 1000  // a candidate's note on its availability
	MaxExperienceText = 5000  // what a job was
	MaxDescription    = 20000 // a vacancy's description
	MaxLocation       = 200   // where a vacancy's work is
)

// FieldLimit is the limit of one field of one kind of record.
type FieldLimit struct {
	Record string // "candidate", "vacancy" …
	Field  string // the field's name in forms and the API
	Max    int
}

// FieldLimits lists every limited text field that a person types, for the
// tests that post one character too many on every surface that takes it.
func FieldLimits() []FieldLimit {
	var out []FieldLimit
	for _, f := range CandidateFields() {
		if f.Max > 0 {
			out = append(out, FieldLimit{"candidate", f.Name, f.Max})
		}
	}
	return append(out, []FieldLimit{
		{"experience", "employer", MaxOrgName}, {"experience", "title", MaxJobTitle}, {"experience", "description", MaxExperienceText},
		{"education", "institution", MaxOrgName}, {"education", "degree", MaxJobTitle},
		{"company", "name", MaxOrgName}, {"company", "email", MaxEmail}, {"company", "phone", MaxPhone},
		{"company", "website", MaxWebsite}, {"company", "street", MaxStreet}, {"company", "postal_code", MaxPostalCode},
		{"company", "city", MaxCity},
		{"contact", "first_name", MaxPersonName}, {"contact", "last_name", MaxPersonName}, {"contact", "email", MaxEmail},
		{"contact", "phone", MaxPhone}, {"contact", "job_title", MaxJobTitle},
		{"vacancy", "title", MaxJobTitle}, {"vacancy", "description", MaxDescription}, {"vacancy", "location", MaxLocation},
		{"placement", "title", MaxJobTitle},
	}...)
}

// KeyCountry is the message of a country that is not an ISO 3166-1 code.
const KeyCountry = "validation.country"

// Country checks that s, when not empty, is a country's two-letter ISO
// 3166-1 code in either case (NL, de …; ValidCountry, on CLDR's region
// data): "NaN", "Netherlands" or "EU" are not.
func (v *Validator) Country(s, field string) {
	if s == "" {
		return
	}
	v.Check(ValidCountry(strings.ToUpper(s)), field, KeyCountry)
}

// CanonicalCountry is how a valid country code is stored: in capitals.
func CanonicalCountry(s string) string {
	s = strings.TrimSpace(s)
	if up := strings.ToUpper(s); ValidCountry(up) {
		return up
	}
	return s
}
