package domain

import (
	"strings"
	"testing"
)

func TestMaskMailSecrets_B3_G2(t *testing.T) {
	for _, c := range []struct {
		body, want string
		hidden     bool
	}{
		{"Set it: https://a.test/portal/password/set?token=ABCD234XYZ\n", "Set it: https://a.test/portal/password/set?token=" + SecretMask + "\n", true},
		{"https://a.test/portal/privacy/exports/Q7K2M9 until 5 May", "https://a.test/portal/privacy/exports/" + SecretMask + " until 5 May", true},
		{"two: token=AAA and token=BBB", "two: token=" + SecretMask + " and token=" + SecretMask, true},
		{"https://a.test/hiring/timesheets/42", "https://a.test/hiring/timesheets/42", false},
		{"", "", false},
	} {
		got, hidden := MaskMailSecrets(c.body)
		if got != c.want || hidden != c.hidden || strings.Contains(got, "ABCD234XYZ") {
			t.Errorf("MaskMailSecrets(%q) = %q, %v; want %q, %v", c.body, got, hidden, c.want, c.hidden)
		}
	}
}

func TestMayRevealMailSecret_B3_G2(t *testing.T) {
	for _, c := range []struct {
		delivers, otherAdmin, want bool
	}{
		{false, false, true},
		{false, true, false},
		{true, false, false},
		{true, true, false},
	} {
		if got := MayRevealMailSecret(c.delivers, c.otherAdmin); got != c.want {
			t.Errorf("MayRevealMailSecret(delivers %v, other admin %v) = %v", c.delivers, c.otherAdmin, got)
		}
	}
}
