package service

import (
	"strconv"
	"testing"
	"time"
)

// B4: the window counter blocks after Max events, frees the key when the
// window ends, and never holds more keys than its capacity.
func TestLimiterWindow_B4(t *testing.T) {
	now := time.Date(2026, 3, 1, 9, 0, 0, 0, time.UTC)
	l := &Limiter{Max: 3, Window: time.Minute, Capacity: 5, Now: func() time.Time { return now }}
	for i := 0; i < 3; i++ {
		if l.Blocked("a") {
			t.Fatalf("blocked after %d events", i)
		}
		l.Add("a")
	}
	if !l.Blocked("a") {
		t.Fatal("not blocked after 3 events")
	}
	if l.Blocked("b") {
		t.Fatal("another key blocked")
	}
	now = now.Add(time.Minute)
	if l.Blocked("a") {
		t.Fatal("still blocked after the window")
	}
	for i := 0; i < 50; i++ {
		l.Add("k" + strconv.Itoa(i))
	}
	if n := l.Len(); n > 5 {
		t.Fatalf("%d keys kept, capacity 5", n)
	}
}
