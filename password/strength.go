package password

import (
	"github.com/trustelem/zxcvbn"
)

// strongScore is the lowest zxcvbn score taken: 3, "safely unguessable"
// (about 10^8 guesses or more), which zxcvbn's authors advise for
// passwords stored with a slow hash.
const strongScore = 3

// estimateRunes is how much of a password the estimate reads. zxcvbn's work
// grows faster than the length (a 64-character password takes over 100 ms);
// a password whose first 32 characters are strong is strong.
const estimateRunes = 32

// strongEnough reports whether zxcvbn, told the words an attacker would
// try first, rates pw strong enough.
func strongEnough(pw string, inputs []string) bool {
	if r := []rune(pw); len(r) > estimateRunes {
		pw = string(r[:estimateRunes])
	}
	return zxcvbn.PasswordStrength(pw, inputs).Score >= strongScore
}
