package password

import (
	"strings"
	"testing"
)

// BenchmarkProblem is the cost of the policy on a strong password of the
// greatest length and on a leetspeak-heavy one (the slowest case of the
// estimate); a set-password post pays it once, before argon2.
func BenchmarkProblem(b *testing.B) {
	lists() // loaded once per process, not per password
	for name, pw := range map[string]string{
		"128 random": strings.Repeat("kG7#pL2@xQ9!mN4$vB8&zR3*tY6^wE1%", 4),
		"32 leet":    strings.Repeat("4@8({6#!1|0$5+7%2", 2)[:32],
	} {
		b.Run(name, func(b *testing.B) {
			for b.Loop() {
				Problem(pw, rosa)
			}
		})
	}
}
