package domain

import (
	"math/bits"
	"strconv"
	"strings"
)

// Money on invoices is kept in integer cents (int64); prices that a
// surcharge makes finer than a cent are kept in micros (millionths of the
// currency unit). No amount is ever a float.

// MicrosPerCent is how many micros make a cent.
const MicrosPerCent = 10_000

// MulDivRound returns a*b/c rounded half away from zero, computed without
// overflow in the product (128-bit). c must be positive; a result that does
// not fit in int64 reports ok = false.
func MulDivRound(a, b, c int64) (q int64, ok bool) {
	if c <= 0 {
		return 0, false
	}
	neg := (a < 0) != (b < 0)
	ua, ub := abs64(a), abs64(b)
	hi, lo := bits.Mul64(ua, ub)
	if hi >= uint64(c) {
		return 0, false
	}
	quo, rem := bits.Div64(hi, lo, uint64(c))
	// Half away from zero: round up when the remainder is at least half of c.
	if rem >= uint64(c)-rem {
		quo++
	}
	if quo > 1<<63-1 {
		return 0, false
	}
	if neg {
		return -int64(quo), true
	}
	return int64(quo), true
}

func abs64(x int64) uint64 {
	if x < 0 {
		return uint64(-x)
	}
	return uint64(x)
}

// FormatCents writes cents as a decimal amount with two decimals and a
// point, as UBL wants it: 123456 → "1234.56", -5 → "-0.05".
func FormatCents(cents int64) string { return formatScaled(cents, 2) }

// FormatMicros writes micros as a decimal with as many decimals as it needs,
// at least two: 81_875_000 → "81.875".
func FormatMicros(micros int64) string {
	s := formatScaled(micros, 6)
	whole, frac, _ := strings.Cut(s, ".")
	frac = strings.TrimRight(frac, "0")
	for len(frac) < 2 {
		frac += "0"
	}
	return whole + "." + frac
}

// FormatQuantity writes minutes as hours with at most four decimals and at
// least two: 465 → "7.75", 10 → "0.1667" (rounded half up).
func FormatQuantity(minutes int64) string {
	tenThousandths, _ := MulDivRound(minutes, 10_000, 60)
	s := formatScaled(tenThousandths, 4)
	whole, frac, _ := strings.Cut(s, ".")
	frac = strings.TrimRight(frac, "0")
	for len(frac) < 2 {
		frac += "0"
	}
	return whole + "." + frac
}

// formatScaled writes n / 10^scale with exactly scale decimals.
func formatScaled(n int64, scale int) string {
	sign := ""
	u := abs64(n)
	if n < 0 {
		sign = "-"
	}
	s := strconv.FormatUint(u, 10)
	for len(s) <= scale {
		s = "0" + s
	}
	return sign + s[:len(s)-scale] + "." + s[len(s)-scale:]
}

// ExactHours reports whether minutes is a whole number of hundredths of an
// hour, so that hours with two decimals say it exactly (every multiple of
// three minutes).
func ExactHours(minutes int64) bool { return minutes%3 == 0 }
