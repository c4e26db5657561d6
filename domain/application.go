package domain

import (
	"strings"
	"time"
)

// ApplicationSource says where an application came in.
type ApplicationSource string

// SourceCareersSite is an application through the agency's careers site.
const SourceCareersSite ApplicationSource = "careers_site"

// Application is one time a candidate applied (issue 16 item 4): on a
// vacancy or openly (VacancyID 0), through which source and campaign, with
// the match, note (the motivation) and consent it created. It holds no
// personal text of its own: the motivation is a note on the candidate, so
// that export and erasure treat it as every other note.
type Application struct {
	ID          ID
	TenantID    ID
	CandidateID ID
	VacancyID   ID // 0 = open application
	MatchID     ID // 0 = none (open application, or the candidate was matched already)
	NoteID      ID // 0 = no motivation given
	ConsentID   ID
	Source      ApplicationSource
	UTMSource   string // the utm_source of the link the visitor came by; "" when none
	Language    string // the language the visitor applied in
	CreatedAt   time.Time

	VacancyTitle string // read-only join; "" for an open application
}

// ApplicationForm is what a visitor fills in to apply. It asks no salary
// history (EU Pay Transparency Directive 2023/970, art. 5(2)).
type ApplicationForm struct {
	FirstName  string
	LastName   string
	Email      string
	Phone      string
	Motivation string
	Consent    bool
}

// KeyConsentRequired asks the visitor to accept the privacy statement.
const KeyConsentRequired = "careers.apply.consent_required"

// Validate checks an application form; every field is typed by an
// anonymous visitor, so each is checked for length and for being text.
func (f ApplicationForm) Validate() error {
	var v Validator
	for _, fld := range []struct {
		name, value string
		max         int
		required    bool
	}{
		{"first_name", f.FirstName, 100, true},
		{"last_name", f.LastName, 100, true},
		{"email", f.Email, 254, true},
		{"phone", f.Phone, 40, false},
		{"motivation", f.Motivation, 5000, false},
	} {
		v.PlainText(fld.value, fld.name)
		if fld.required {
			v.Required(fld.value, fld.name)
		}
		v.MaxLen(fld.value, fld.max, fld.name)
	}
	v.Email(f.Email, "email")
	v.Check(f.Consent, "consent", KeyConsentRequired)
	return v.Err()
}

// CleanUTM keeps a campaign tag as a short token: letters, digits and
// ".-_", at most 100 of them; anything else in it is dropped.
func CleanUTM(s string) string {
	var b strings.Builder
	for _, r := range s {
		if r < 128 && (r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || strings.ContainsRune(".-_", r)) {
			b.WriteRune(r)
			if b.Len() == 100 {
				break
			}
		}
	}
	return b.String()
}

// CareersConsentVersion names the privacy statement text a visitor
// accepted when applying, for the consent ledger (C6): "careers", the
// language, and which text it was (the agency's link, document, or the
// application's own privacy page), at most 100 characters.
func CareersConsentVersion(lang, text string) string {
	v := "careers:" + lang + ":" + text
	if len(v) > 100 {
		v = v[:100]
	}
	return v
}

// CareersConsent is the consent an applicant gives to the privacy
// statement version, valid for the agency's retention period from now.
func CareersConsent(candidateID ID, version string, now time.Time, s Settings) Consent {
	c := PortalConsent(candidateID, now, s)
	c.TextVersion = version
	return c
}

// PrivacyPageVersion is the version of the application's own privacy page
// (/privacy, F1), which applicants accept when their agency published no
// privacy statement of its own.
const PrivacyPageVersion = "privacy-page-1"
