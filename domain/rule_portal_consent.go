package domain

import "time"

// ConsentTextVersion is the version of the consent text the Professional
// Portal shows; a new text gets a new version so that the ledger says what
// each candidate agreed to (C6).
const ConsentTextVersion = "portal-2026-1"

// PortalConsent is the consent a candidate gives in one click (C6): to the
// current text, valid for the agency's retention period from today.
func PortalConsent(candidateID ID, now time.Time, s Settings) Consent {
	years := s.RetentionYears
	if years <= 0 {
		years = DefaultSettings().RetentionYears
	}
	return Consent{CandidateID: candidateID, TextVersion: ConsentTextVersion, GivenAt: now,
		ValidUntil: DateOf(now.AddDate(years, 0, 0))}
}

// ConsentState is where a consent stands on a day.
type ConsentState string

const (
	ConsentNone      ConsentState = ""
	ConsentActive    ConsentState = "active"
	ConsentWithdrawn ConsentState = "withdrawn"
	ConsentExpired   ConsentState = "expired"
)

// StateOn tells whether the consent holds on the day: not withdrawn and
// valid until that day or later.
func (c Consent) StateOn(today Date) ConsentState {
	switch {
	case c.WithdrawnAt != nil:
		return ConsentWithdrawn
	case c.ValidUntil.Before(today):
		return ConsentExpired
	}
	return ConsentActive
}

// CurrentConsent is the candidate's latest consent from a ledger listed
// newest first, and whether it holds today; false when there is none.
func CurrentConsent(ledger []Consent, today Date) (Consent, bool) {
	if len(ledger) == 0 {
		return Consent{}, false
	}
	return ledger[0], ledger[0].StateOn(today) == ConsentActive
}
