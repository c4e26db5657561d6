package password

import (
	"strings"
	"testing"
)

// rosa is the person of the table tests, a recruiter of Acme Staffing.
var rosa = Person{Agency: "Acme Staffing", Name: "Rosa Jansen", Email: "r.jansen-work@example.test"}

// B4: the password policy, one row per rule; every row names the key the
// person is shown, so each refusal says why.
func TestPolicy_B4(t *testing.T) {
	long := strings.Repeat("horse battery ", 10)[:128]
	for _, tc := range []struct {
		pw   string
		want string
	}{
		// Length in characters, not bytes; 10 to 128.
		{"nine char", KeyTooShort},
		{"ten chars!", ""},
		{"éééééééééé", ""},
		{long, ""},
		{long + "x", KeyTooLong},
		// No composition rules: long enough and not guessable is enough.
		{"correct horse battery", ""},
		{"alllowercaseletters", ""},
		{"9081726354 plus", ""},
		{"ZEBRA CANAL FOGHORN", ""},
		{"fixture-password-1", ""},
		// The examples.
		{"aaaaaaaaaa", KeyCommon},
		{"abcdefghij", KeyCommon},
		{"12345678901", KeyCommon},
		{"Matchpoint2026x", KeyAgencyName},
		{"rosajansen1990", KeyOwnName},
		{"Rosa.Jansen2026", KeyOwnName},
		{"jansen-work1234", KeyOwnName},
		{"r.jansen-work@example.test", KeyOwnName},
		// Too easy to guess though on no list: runs, repeats, keyboard walks.
		{"bbbbbbbbbbbbbbbbb", KeyTooGuessable},
		{"abcabcabcabcabc", KeyTooGuessable},
		{"zxcvbnmlkjhg", KeyTooGuessable},
		{"ytrewqasdfgh", KeyTooGuessable},
		{"1029384756a", KeyTooGuessable},
		{"kittenkittenkitten", KeyTooGuessable},
		// Breached and common passwords, also with digits and symbols around
		// them and in any case.
		{"password1234", KeyCommon},
		{"qazwsxedcrfvtgb", KeyCommon},
		{"0987612345", KeyCommon},
		{"QWERTYUIOP", KeyCommon},
		{"iloveyou123", KeyCommon},
		{"welcome2024", KeyCommon},
		{"Sunshine2024!", KeyCommon},
		{"!!dragon99", KeyCommon},
		{"wachtwoord123", KeyCommon},
		// The product's name in any case, with separators, in leetspeak.
		{"my matchpoint account", KeyAgencyName},
		{"MATCH-POINT-2026", KeyAgencyName},
		{"M4tchp01nt!!", KeyAgencyName},
		// The agency's name, whole or one of its own words.
		{"i work at ACME staffing", KeyAgencyName},
		{"acmestaffing rocks", KeyAgencyName},
		{"my acme password", KeyAgencyName},
		{"Acm3-St4ff1ng", KeyAgencyName},
		// The person's own name or address, with digits, years, leetspeak.
		{"R0s4J4ns3n!", KeyOwnName},
		{"jansen2026jansen", KeyOwnName},
		{"1990-rosa-1990", KeyOwnName},
		{"example.test-rosa", KeyOwnName},
	} {
		if got := Problem(tc.pw, rosa); got != tc.want {
			t.Errorf("Problem(%q) = %q, want %q", tc.pw, got, tc.want)
		}
	}
}

// B4: words common to agency names, and words of other people's names, do
// not refuse a password on their own.
func TestPolicyNamesOnlyTheirOwn_B4(t *testing.T) {
	for _, tc := range []struct {
		pw string
		p  Person
	}{
		{"staffing is my trade", Person{Agency: "Acme Staffing"}},
		{"rosa jansen sings loudly", Person{Name: "Piet de Vries", Email: "piet@example.test"}},
		{"tomorrow we paint sheds", Person{Name: "Tom Bos", Email: "tb@example.test"}},
	} {
		if got := Problem(tc.pw, tc.p); got != "" {
			t.Errorf("Problem(%q, %+v) = %q, want accepted", tc.pw, tc.p, got)
		}
	}
	// A short name refuses a password made of little else.
	tom := Person{Name: "Tom Bos", Email: "tb@example.test"}
	for _, pw := range []string{"tomtom1990!", "Tom.Bos.2026", "bos-tom-2000"} {
		if got := Problem(pw, tom); got != KeyOwnName {
			t.Errorf("Problem(%q) for Tom Bos = %q, want %q", pw, got, KeyOwnName)
		}
	}
}

// The whole password counts: two 128-character passwords that differ in
// the last character do not check against each other's hash.
func TestPolicyMaximumLengthNotTruncated_B4(t *testing.T) {
	long := strings.Repeat("horse battery ", 10)[:128]
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

// B4: the shipped lists are the large breached list and the project's own.
func TestPolicyListsShipped_B4(t *testing.T) {
	l := lists()
	if n := l[0].len(); n < 400000 {
		t.Errorf("breached list has %d passwords, want the 412,535 shipped", n)
	}
	if n := l[1].len(); n < 2000 {
		t.Errorf("own list has %d passwords", n)
	}
	for i := 1; i < l[0].len(); i++ {
		if l[0].line(i-1) >= l[0].line(i) {
			t.Fatalf("breached list not sorted at %d: %q, %q", i, l[0].line(i-1), l[0].line(i))
		}
	}
	for _, pw := range []string{"trustno1", "1qaz2wsx3edc", "football1234"} {
		if !listed(pw) {
			t.Errorf("%q not on the lists", pw)
		}
	}
	if listed("zebra canal foghorn") || listed("") {
		t.Error("a password that is on no list was found")
	}
}
