package domain

// ConsentIsNew is C6's rule for giving consent: it adds an entry to the
// ledger unless the candidate's current consent holds today, for the same
// text version, until the same day or later. Giving the same consent twice
// (a double click, a form sent again, a second recruiter) is so a no-op,
// while a renewal that reaches further, or consent to a new text, is
// recorded.
func ConsentIsNew(ledger []Consent, c Consent, today Date) bool {
	cur, active := CurrentConsent(ledger, today)
	return !active || cur.TextVersion != c.TextVersion || cur.ValidUntil.Before(c.ValidUntil)
}

// PortalConsentIsNew is the rule for the portal's one-click consent: while
// the candidate's consent to the portal's text holds, clicking again adds
// nothing (the portal offers the button only when it does not hold).
func PortalConsentIsNew(ledger []Consent, today Date) bool {
	cur, active := CurrentConsent(ledger, today)
	return !active || cur.TextVersion != ConsentTextVersion
}
