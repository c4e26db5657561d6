// Package latency measures benchmarks the way the project states its speed
// targets: the time of each single operation, reported as the 50th and 99th
// percentiles in milliseconds beside Go's mean.
package latency

import (
	"slices"
	"testing"
	"time"
)

// Measure runs op once per b.Loop iteration, with i counting from 0, times
// each run, and reports the runs' p50-ms and p99-ms. op fails the benchmark
// itself when a run goes wrong.
func Measure(b *testing.B, op func(i int)) {
	b.Helper()
	var times []time.Duration
	b.ResetTimer()
	for i := 0; b.Loop(); i++ {
		start := time.Now()
		op(i)
		times = append(times, time.Since(start))
	}
	b.StopTimer()
	if len(times) == 0 {
		return
	}
	b.ReportMetric(Percentile(times, 0.50), "p50-ms")
	b.ReportMetric(Percentile(times, 0.99), "p99-ms")
}

// Percentile returns the p-th percentile (0 < p < 1) of times in
// milliseconds: the time that share of the runs stayed at or under. It
// sorts times.
func Percentile(times []time.Duration, p float64) float64 {
	if len(times) == 0 {
		return 0
	}
	slices.Sort(times)
	return float64(times[min(len(times)-1, int(p*float64(len(times))))].Microseconds()) / 1000
}
