// Package metrics is what a Matchpoint process tells the operator's
// Prometheus: requests per route pattern and status with their latency,
// the database pools, the mail and webhook queues, the scheduled jobs, and
// failed and limited sign-ins. It is built once in the application value
// on a registry of its own (never the global one, so several instances in
// one test process keep their counts apart) and served only on the
// separate --metrics-addr listener, never on the public port.
//
// It uses the official client library (github.com/prometheus/client_golang):
// its text exposition, its HTTP instrumentation (which captures the status
// without losing the response writer's optional interfaces) and its
// sql.DBStats collector.
package metrics

import (
	"context"
	"net/http"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/prometheus/client_golang/prometheus/promhttp"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/store"
)

// Jobs are the scheduled jobs whose runs are counted; their series exist
// from the start, at zero.
var Jobs = []string{"reminders", "retention"}

// Metrics holds the registry and the collectors the process writes to.
type Metrics struct {
	reg       *prometheus.Registry
	requests  *prometheus.CounterVec
	latency   *prometheus.HistogramVec
	signIns   *prometheus.CounterVec
	limited   *prometheus.CounterVec
	jobRuns   *prometheus.CounterVec
	jobFails  *prometheus.CounterVec
	jobLatest *prometheus.GaugeVec
}

// New registers the process's collectors, with the pools and queues of db.
func New(db *store.DB) *Metrics {
	m := &Metrics{
		reg: prometheus.NewRegistry(),
		requests: prometheus.NewCounterVec(prometheus.CounterOpts{Name: "matchpoint_http_requests_total",
			Help: "HTTP requests answered, by route pattern, method and status code."}, []string{"route", "method", "code"}),
		latency: prometheus.NewHistogramVec(prometheus.HistogramOpts{Name: "matchpoint_http_request_duration_seconds",
			Help:    "Time to answer an HTTP request, by route pattern, method and status code.",
			Buckets: []float64{.005, .01, .025, .05, .1, .25, .5, 1, 2.5, 5, 10}}, []string{"route", "method", "code"}),
		signIns: prometheus.NewCounterVec(prometheus.CounterOpts{Name: "matchpoint_signin_failures_total",
			Help: "Sign-ins refused for a wrong password or code, or an account that may not sign in, by surface."}, []string{"audience"}),
		limited: prometheus.NewCounterVec(prometheus.CounterOpts{Name: "matchpoint_rate_limited_total",
			Help: "Attempts refused by a rate limit (answered 429), by surface and limit."}, []string{"audience", "limit"}),
		jobRuns: prometheus.NewCounterVec(prometheus.CounterOpts{Name: "matchpoint_job_runs_total",
			Help: "Runs of a scheduled job by this process, failed ones included."}, []string{"job"}),
		jobFails: prometheus.NewCounterVec(prometheus.CounterOpts{Name: "matchpoint_job_failures_total",
			Help: "Runs of a scheduled job by this process that failed."}, []string{"job"}),
		jobLatest: prometheus.NewGaugeVec(prometheus.GaugeOpts{Name: "matchpoint_job_last_success_timestamp_seconds",
			Help: "When a run of the job last succeeded in this process (Unix time)."}, []string{"job"}),
	}
	m.reg.MustRegister(m.requests, m.latency, m.signIns, m.limited, m.jobRuns, m.jobFails, m.jobLatest,
		collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}),
		queueCollector{db: db})
	for name, pool := range db.Pools() {
		m.reg.MustRegister(collectors.NewDBStatsCollector(pool, name))
	}
	for _, aud := range []domain.Audience{domain.AudienceOffice, domain.AudiencePortal, domain.AudienceHiring} {
		m.signIns.WithLabelValues(string(aud))
		for _, limit := range []string{"signin", "reset"} {
			m.limited.WithLabelValues(string(aud), limit)
		}
	}
	for _, job := range Jobs {
		m.jobRuns.WithLabelValues(job)
		m.jobFails.WithLabelValues(job)
	}
	return m
}

// Handler serves the metrics in Prometheus' exposition format.
func (m *Metrics) Handler() http.Handler {
	return promhttp.HandlerFor(m.reg, promhttp.HandlerOpts{Registry: m.reg, Timeout: 10 * time.Second})
}

// Requests counts and times the requests next answers, labelled with the
// route pattern route gives after the request was served.
func (m *Metrics) Requests(route func(context.Context) string, next http.Handler) http.Handler {
	label := promhttp.WithLabelFromCtx("route", route)
	return promhttp.InstrumentHandlerCounter(m.requests, promhttp.InstrumentHandlerDuration(m.latency, next, label), label)
}

// SignInFailed counts a refused sign-in of the audience.
func (m *Metrics) SignInFailed(aud domain.Audience) { m.signIns.WithLabelValues(string(aud)).Inc() }

// Limited counts an attempt the limit ("signin" or "reset") refused.
func (m *Metrics) Limited(aud domain.Audience, limit string) {
	m.limited.WithLabelValues(string(aud), limit).Inc()
}

// JobRun counts a run of a scheduled job and whether it failed.
func (m *Metrics) JobRun(job string, err error) {
	m.jobRuns.WithLabelValues(job).Inc()
	if err != nil {
		m.jobFails.WithLabelValues(job).Inc()
		return
	}
	m.jobLatest.WithLabelValues(job).SetToCurrentTime()
}
