package domain

import (
	"testing"
	"time"
)

// C6: giving the same consent twice adds nothing; a renewal that reaches
// further, a new text, or consent after a withdrawal or an end is recorded.
func TestConsentIsNew_C6(t *testing.T) {
	today := NewDate(2026, 3, 11)
	withdrawn := time.Date(2026, 3, 1, 9, 0, 0, 0, time.UTC)
	active := Consent{TextVersion: "v1", ValidUntil: NewDate(2027, 3, 11)}
	for _, tc := range []struct {
		name   string
		ledger []Consent
		give   Consent
		want   bool
	}{
		{"first consent", nil, Consent{TextVersion: "v1", ValidUntil: NewDate(2027, 3, 11)}, true},
		{"the same again", []Consent{active}, Consent{TextVersion: "v1", ValidUntil: NewDate(2027, 3, 11)}, false},
		{"shorter than the one that holds", []Consent{active}, Consent{TextVersion: "v1", ValidUntil: NewDate(2026, 12, 31)}, false},
		{"renewal reaching further", []Consent{active}, Consent{TextVersion: "v1", ValidUntil: NewDate(2029, 3, 11)}, true},
		{"a new text", []Consent{active}, Consent{TextVersion: "v2", ValidUntil: NewDate(2027, 3, 11)}, true},
		{"after a withdrawal", []Consent{{TextVersion: "v1", ValidUntil: NewDate(2027, 3, 11), WithdrawnAt: &withdrawn}},
			Consent{TextVersion: "v1", ValidUntil: NewDate(2027, 3, 11)}, true},
		{"after it ended", []Consent{{TextVersion: "v1", ValidUntil: NewDate(2026, 3, 10)}},
			Consent{TextVersion: "v1", ValidUntil: NewDate(2026, 3, 10)}, true},
	} {
		if got := ConsentIsNew(tc.ledger, tc.give, today); got != tc.want {
			t.Errorf("%s: new = %v, want %v", tc.name, got, tc.want)
		}
	}
	portal := Consent{TextVersion: ConsentTextVersion, ValidUntil: NewDate(2029, 3, 1)}
	if PortalConsentIsNew([]Consent{portal}, today) || !PortalConsentIsNew(nil, today) ||
		!PortalConsentIsNew([]Consent{{TextVersion: ConsentTextVersion, ValidUntil: NewDate(2029, 3, 1), WithdrawnAt: &withdrawn}}, today) {
		t.Error("portal: a click while the consent holds must add nothing, and only then")
	}
}
