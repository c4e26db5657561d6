package latency

import (
	"testing"
	"time"
)

func TestPercentile(t *testing.T) {
	var times []time.Duration
	for i := 100; i >= 1; i-- { // 1 ms … 100 ms, out of order
		times = append(times, time.Duration(i)*time.Millisecond)
	}
	for _, c := range []struct {
		p    float64
		want float64
	}{{0.50, 51}, {0.99, 100}, {0.01, 2}} {
		if got := Percentile(times, c.p); got != c.want {
			t.Errorf("p%.0f = %v ms, want %v", c.p*100, got, c.want)
		}
	}
	if got := Percentile([]time.Duration{1500 * time.Microsecond}, 0.99); got != 1.5 {
		t.Errorf("one run of 1.5 ms: p99 %v", got)
	}
	if got := Percentile(nil, 0.5); got != 0 {
		t.Errorf("no runs: %v", got)
	}
}
