package password

import (
	"strings"
	"testing"
)

// B4: the password policy, one case per rule.
func TestPolicyMinimumLength_B4(t *testing.T) {
	if got := Problem("nine char"); got != "password.too_short" {
		t.Errorf("9 characters: %q", got)
	}
	if got := Problem("ten chars!"); got != "" {
		t.Errorf("10 characters: %q", got)
	}
	// Characters, not bytes: ten letters with accents are ten.
	if got := Problem("éééééééééé"); got != "" {
		t.Errorf("10 accented characters: %q", got)
	}
}

func TestPolicyMaximumLengthNotTruncated_B4(t *testing.T) {
	long := strings.Repeat("horse battery ", 10)[:128]
	if got := Problem(long); got != "" {
		t.Errorf("128 characters refused: %q", got)
	}
	if got := Problem(long + "x"); got != "password.too_long" {
		t.Errorf("129 characters: %q", got)
	}
	// The whole password counts: two 128-character passwords that differ in
	// the last character do not check against each other's hash.
	other := long[:127] + "!"
	h, err := Hash(long, Params{Memory: 1024, Time: 1, Threads: 1})
	if err != nil {
		t.Fatal(err)
	}
	if ok, _ := Check(other, h); ok {
		t.Error("password truncated: a different last character matched")
	}
	if ok, _ := Check(long, h); !ok {
		t.Error("the 128-character password did not match its own hash")
	}
}

func TestPolicyNoCompositionRules_B4(t *testing.T) {
	for _, pw := range []string{"correct horse battery", "alllowercaseletters", "ZZZZZZZZZZZZZZ yes", "9081726354 plus"} {
		if got := Problem(pw); got != "" {
			t.Errorf("%q refused: %q", pw, got)
		}
	}
}

func TestPolicyCommonPasswords_B4(t *testing.T) {
	for _, pw := range []string{"password1234", "qwertyuiop", "1234567890", "Password1234", "QWERTYUIOP", "iloveyou123", "welcome2024"} {
		if got := Problem(pw); got != "password.common" {
			t.Errorf("%q: %q, want password.common", pw, got)
		}
	}
	if n := len(common()); n < 2000 {
		t.Errorf("only %d common passwords shipped", n)
	}
}

func TestPolicyAgencyName_B4(t *testing.T) {
	for _, pw := range []string{"i work at ACME staffing", "acmestaffing rocks", "my acme password"} {
		if got := Problem(pw, "Acme Staffing"); got != "password.contains_name" {
			t.Errorf("%q: %q, want password.contains_name", pw, got)
		}
	}
	if got := Problem("staffing is my trade", "Acme Staffing"); got != "" {
		t.Errorf("a generic word of the name alone refused: %q", got)
	}
}

func TestHashIsArgon2id_B4(t *testing.T) {
	h, err := Hash("a long enough password", Params{Memory: 1024, Time: 1, Threads: 1})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(h, "$argon2id$") {
		t.Fatalf("hash %q is not argon2id", h)
	}
}
