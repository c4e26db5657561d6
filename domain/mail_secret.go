package domain

import "regexp"

// secretInMail matches the parts of a mail that give whoever reads them
// access to an account or its data: the token of a set-password or reset
// link, and the token of a privacy export's download link.
var secretInMail = regexp.MustCompile(`(token=|/privacy/exports/)[A-Za-z0-9_-]+`)

// SecretMask is what a hidden secret reads as.
const SecretMask = "••••••••"

// MaskMailSecrets hides the secrets of a mail body (issue 11, finding 8):
// an admin reading the outbox must not be able to take over the account
// the mail was for. It reports whether anything was hidden.
func MaskMailSecrets(body string) (string, bool) {
	masked := secretInMail.ReplaceAllString(body, "${1}"+SecretMask)
	return masked, masked != body
}

// MayRevealMailSecret is the rule for showing a mail's secret link to an
// admin: only while the install delivers no mail (a trial without SMTP,
// where the outbox is the only way the link reaches its person), and never
// for a mail addressed to another admin, whose account it would hand over.
func MayRevealMailSecret(delivers bool, recipientIsOtherAdmin bool) bool {
	return !delivers && !recipientIsOtherAdmin
}
