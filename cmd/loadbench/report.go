package main

import (
	"fmt"
	"strings"
	"time"
)

func ms(d time.Duration) string {
	return fmt.Sprintf("%.1fms", float64(d.Microseconds())/1000)
}

func mean(xs []float64) float64 {
	var s float64
	for _, x := range xs {
		s += x
	}
	return s / float64(max(len(xs), 1))
}

// report prints the table of the run: each page with its ratio to its
// reference and whether it meets the target.
func (b *bench) report() {
	lookup, pageRef := mean(b.refs[refLookup]), mean(b.refs[refPage])
	fmt.Fprintf(b.out, "\nreference (mean of before and after): lookup %.0f req/s %s, 50-row page %.0f req/s %s; load average %s\n",
		lookup, runs(b.refs[refLookup]), pageRef, runs(b.refs[refPage]), loadAverage())
	fmt.Fprintf(b.out, "%-44s %9s %9s %9s %7s %7s %8s %s\n", "page", "req/s", "p50", "p99", "errors", "RSS MB", "ratio", "target")
	fmt.Fprintln(b.out, strings.Repeat("-", 120))
	for _, l := range b.results {
		ratio := "-"
		var ref float64
		switch l.page.ref {
		case refLookup:
			ref = lookup
		case refPage:
			ref = pageRef
		}
		if ref > 0 {
			ratio = fmt.Sprintf("%.2f×%s", l.perSecond()/ref, l.page.ref.String()[:1])
		}
		fmt.Fprintf(b.out, "%-44s %9.1f %9s %9s %7d %7d %8s %s\n", trim(l.name, 44), l.perSecond(), ms(l.p50), ms(l.p99),
			l.errors, l.rss>>20, ratio, verdict(l, ref))
	}
	fmt.Fprintln(b.out, "ratio: ×l = to the lookup reference, ×5 = to the 50-row reference; RSS is the server's peak during the page")
}

func runs(xs []float64) string {
	parts := make([]string, len(xs))
	for i, x := range xs {
		parts[i] = fmt.Sprintf("%.0f", x)
	}
	return "(" + strings.Join(parts, ", ") + ")"
}

// verdict says which of the page's targets it missed.
func verdict(l line, ref float64) string {
	var want, miss []string
	if l.page.target > 0 {
		want = append(want, fmt.Sprintf("≥%.1f×", l.page.target))
		if ref == 0 || l.perSecond()/ref < l.page.target {
			miss = append(miss, "ratio")
		}
	}
	if l.page.p99 > 0 {
		want = append(want, "p99<"+ms(l.page.p99))
		if l.requests == 0 || l.p99 >= l.page.p99 {
			miss = append(miss, "p99")
		}
	}
	if l.page.rate > 0 {
		want = append(want, fmt.Sprintf("≥%.0f/s", l.page.rate))
	}
	want = append(want, "RSS<300MB")
	if l.rss >= rssLimit {
		miss = append(miss, "RSS")
	}
	if l.errors > 0 || l.requests == 0 {
		miss = append(miss, "errors")
	}
	s := strings.Join(want, " ")
	if len(miss) > 0 {
		return s + "  MISS " + strings.Join(miss, ",")
	}
	return s + "  ok"
}

func trim(s string, n int) string {
	if len(s) <= n {
		return s
	}
	return s[:n-1] + "…"
}
