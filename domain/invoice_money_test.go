package domain

import (
	"math"
	"testing"
)

// Issue 17: money is integer cents; a product is rounded once, half away
// from zero, and never overflows silently.
func TestMulDivRound_I17(t *testing.T) {
	tests := []struct {
		a, b, c int64
		want    int64
		ok      bool
	}{
		{465, 6550, 60, 50763, true},   // 7.75 h at 65.50 = 507.625 → 507.63
		{-465, 6550, 60, -50763, true}, // half away from zero on the other side
		{1, 1, 2, 1, true},             // 0.5 → 1
		{1, 1, 3, 0, true},             // 0.33 → 0
		{2, 1, 3, 1, true},             // 0.67 → 1
		{10_080, 100_000_000_000_000, 600_000, 1_680_000_000_000, true}, // a week at a huge price: the product passes 2^63
		{math.MaxInt64, math.MaxInt64, 1, 0, false},
		{1, 1, 0, 0, false},
	}
	for _, tt := range tests {
		got, ok := MulDivRound(tt.a, tt.b, tt.c)
		if got != tt.want || ok != tt.ok {
			t.Errorf("MulDivRound(%d, %d, %d) = %d, %v; want %d, %v", tt.a, tt.b, tt.c, got, ok, tt.want, tt.ok)
		}
	}
}

func TestFormatAmounts_I17(t *testing.T) {
	tests := []struct{ got, want string }{
		{FormatCents(123456), "1234.56"},
		{FormatCents(5), "0.05"},
		{FormatCents(-5), "-0.05"},
		{FormatCents(0), "0.00"},
		{FormatMicros(SurchargedMicros(6550, 2500)), "81.875"},
		{FormatMicros(SurchargedMicros(6550, 0)), "65.50"},
		{FormatMicros(SurchargedMicros(4999, 3333)), "66.651667"},
		{FormatQuantity(465), "7.75"},
		{FormatQuantity(480), "8.00"},
		{FormatQuantity(10), "0.1667"},
		{FormatQuantity(0), "0.00"},
	}
	for i, tt := range tests {
		if tt.got != tt.want {
			t.Errorf("case %d: %q, want %q", i, tt.got, tt.want)
		}
	}
}
