package main

import (
	"net/http"
	"net/url"
	"strings"
	"testing"
	"time"

	dto "github.com/prometheus/client_model/go"
	"github.com/prometheus/common/expfmt"
	"github.com/prometheus/common/model"
)

// scrape reads the metrics listener as Prometheus does.
func scrape(t *testing.T, metricsURL string) map[string]*dto.MetricFamily {
	t.Helper()
	res, err := http.Get(metricsURL)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	if res.StatusCode != http.StatusOK {
		t.Fatalf("scrape %s: %d", metricsURL, res.StatusCode)
	}
	p := expfmt.NewTextParser(model.UTF8Validation)
	fams, err := p.TextToMetricFamilies(res.Body)
	if err != nil {
		t.Fatalf("scrape is not Prometheus text: %v", err)
	}
	return fams
}

// sample is the value of the series of family name whose labels include
// want; ok is false when no such series exists. Histograms give their count.
func sample(fams map[string]*dto.MetricFamily, name string, want map[string]string) (v float64, ok bool) {
	f := fams[name]
	if f == nil {
		return 0, false
	}
next:
	for _, m := range f.Metric {
		have := map[string]string{}
		for _, l := range m.Label {
			have[l.GetName()] = l.GetValue()
		}
		for k, v := range want {
			if have[k] != v {
				continue next
			}
		}
		switch {
		case m.Counter != nil:
			return m.Counter.GetValue(), true
		case m.Gauge != nil:
			return m.Gauge.GetValue(), true
		case m.Histogram != nil:
			return float64(m.Histogram.GetSampleCount()), true
		}
		return 0, true
	}
	return 0, false
}

// metricsURL finds the metrics address serve printed.
func metricsURL(t *testing.T, lines []string) string {
	t.Helper()
	for _, l := range lines {
		if rest, ok := strings.CutPrefix(strings.TrimSpace(l), "metrics:"); ok {
			return strings.Fields(rest)[0]
		}
	}
	t.Fatalf("serve printed no metrics address: %q", lines)
	return ""
}

// The operator's listener: every series of issue 18 exists from the start
// and moves with what happens; the public port has no /metrics.
func TestMetricsListener(t *testing.T) {
	dir := t.TempDir()
	productionAgency(t, dir)
	base, lines := serve(t, "--data", dir, "--tenant", "acme", "--metrics-addr", "127.0.0.1:0")
	murl := metricsURL(t, lines)

	before := scrape(t, murl)
	for _, s := range []struct {
		name   string
		labels map[string]string
	}{
		{"matchpoint_signin_failures_total", map[string]string{"audience": "office"}},
		{"matchpoint_rate_limited_total", map[string]string{"audience": "portal", "limit": "reset"}},
		{"matchpoint_job_runs_total", map[string]string{"job": "reminders"}},
		{"matchpoint_job_failures_total", map[string]string{"job": "retention"}},
		{"matchpoint_queue_depth", map[string]string{"queue": "mail"}},
		{"matchpoint_queue_depth", map[string]string{"queue": "webhook"}},
		{"matchpoint_queue_oldest_age_seconds", map[string]string{"queue": "mail"}},
		{"go_sql_open_connections", map[string]string{"db_name": "write"}},
		{"go_sql_in_use_connections", map[string]string{"db_name": "read"}},
		{"go_sql_wait_count_total", map[string]string{"db_name": "write"}},
		{"go_goroutines", nil},
	} {
		if _, ok := sample(before, s.name, s.labels); !ok {
			t.Errorf("no series %s%v at start", s.name, s.labels)
		}
	}
	if v, _ := sample(before, "matchpoint_queue_depth", map[string]string{"queue": "mail"}); v != 0 {
		t.Fatalf("mail queue at start: %v", v)
	}

	// The public port: no metrics there; health and readiness are.
	for path, want := range map[string]int{"/metrics": 404, "/healthz": 200, "/readyz": 200} {
		res, err := http.Get(base + path)
		if err != nil {
			t.Fatal(err)
		}
		res.Body.Close()
		if res.StatusCode != want {
			t.Errorf("public %s: %d, want %d", path, res.StatusCode, want)
		}
	}
	ops := strings.TrimSuffix(murl, "/metrics")
	for _, path := range []string{"/healthz", "/readyz"} {
		res, err := http.Get(ops + path)
		if err != nil {
			t.Fatal(err)
		}
		res.Body.Close()
		if res.StatusCode != 200 {
			t.Errorf("metrics listener %s: %d", path, res.StatusCode)
		}
	}

	// Eleven wrong passwords: ten refusals, then the limit.
	codes := map[int]int{}
	for range 11 {
		res, err := http.PostForm(base+"/office/signin", url.Values{"email": {"boss@acme.test"}, "password": {"not-the-password"}})
		if err != nil {
			t.Fatal(err)
		}
		res.Body.Close()
		codes[res.StatusCode]++
	}
	if codes[401] != 10 || codes[429] != 1 {
		t.Fatalf("wrong sign-ins answered %v", codes)
	}
	// A reset request puts a mail in the outbox (no SMTP: it waits there).
	res, err := http.PostForm(base+"/office/reset", url.Values{"email": {"boss@acme.test"}})
	if err != nil {
		t.Fatal(err)
	}
	res.Body.Close()
	// Two records by one pattern: one series, never one per path.
	for _, p := range []string{"/office/candidates/1", "/office/candidates/2"} {
		res, err := http.Get(base + p)
		if err != nil {
			t.Fatal(err)
		}
		res.Body.Close()
	}

	after := scrape(t, murl)
	for _, c := range []struct {
		name   string
		labels map[string]string
		want   float64
	}{
		{"matchpoint_signin_failures_total", map[string]string{"audience": "office"}, 10},
		{"matchpoint_rate_limited_total", map[string]string{"audience": "office", "limit": "signin"}, 1},
		{"matchpoint_http_requests_total", map[string]string{"route": "POST /office/signin", "code": "401", "method": "post"}, 10},
		{"matchpoint_http_requests_total", map[string]string{"route": "POST /office/signin", "code": "429"}, 1},
		{"matchpoint_http_request_duration_seconds", map[string]string{"route": "POST /office/signin", "code": "401"}, 10},
		{"matchpoint_http_requests_total", map[string]string{"route": "GET /office/candidates/{id}"}, 2},
		{"matchpoint_http_requests_total", map[string]string{"route": "unmatched", "code": "404"}, 1},
		{"matchpoint_queue_depth", map[string]string{"queue": "mail"}, 1},
	} {
		if v, ok := sample(after, c.name, c.labels); !ok || v != c.want {
			t.Errorf("%s%v = %v (present %v), want %v", c.name, c.labels, v, ok, c.want)
		}
	}
	if f := after["matchpoint_http_requests_total"]; f != nil {
		for _, m := range f.Metric {
			for _, l := range m.Label {
				if l.GetName() == "route" && strings.Contains(l.GetValue(), "/candidates/1") {
					t.Errorf("a path became a label: %s", l.GetValue())
				}
			}
		}
	}
	if v, _ := sample(after, "go_sql_open_connections", map[string]string{"db_name": "write"}); v < 1 {
		t.Errorf("write pool has %v open connections", v)
	}
	// The reminders job ran at start; the oldest mail ages.
	deadline := time.Now().Add(10 * time.Second)
	for {
		fams := scrape(t, murl)
		runs, _ := sample(fams, "matchpoint_job_runs_total", map[string]string{"job": "reminders"})
		age, _ := sample(fams, "matchpoint_queue_oldest_age_seconds", map[string]string{"queue": "mail"})
		if runs >= 1 && age > 0 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("reminders runs %v, oldest mail age %v", runs, age)
		}
		time.Sleep(100 * time.Millisecond)
	}
}
