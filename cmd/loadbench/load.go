package main

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"slices"
	"strings"
	"sync"
	"time"
)

// request is one HTTP request of a page's load.
type request struct {
	label  string // the result line it counts for; "" = the page's name
	method string
	path   string
	form   url.Values
	cookie string
	want   int // the status a correct answer has
}

// page is one line of the report: a page (or a cycle of writes) driven by
// clients concurrent clients for the run's duration.
type page struct {
	name    string
	ref     refKind // the yardstick of its target
	target  float64 // the ratio the issue asks for; 0 = none
	p99     time.Duration
	rate    float64 // requests per second the issue asks for; 0 = none
	clients int     // 0 = the run's -clients
	// next gives worker w's i-th request.
	next func(w, i int) request
	// after, when set, is called with each answered request (writes use it
	// to follow their cycle).
	after func(w int, req request, res *http.Response)
}

type refKind int

const (
	refNone   refKind = iota
	refLookup         // one indexed lookup rendered
	refPage           // a 50-row page
)

func (k refKind) String() string {
	switch k {
	case refLookup:
		return "lookup"
	case refPage:
		return "50-row"
	}
	return "-"
}

// result is what one label of a page measured.
type result struct {
	name     string
	requests int
	errors   int
	firstErr string
	seconds  float64
	p50, p99 time.Duration
	rss      int64
}

func (r result) perSecond() float64 { return float64(r.requests) / r.seconds }

// newClient is an HTTP client with one keep-alive connection per worker
// that does not follow redirects (a write answers 303; that is its answer).
func newClient(conns int) *http.Client {
	return &http.Client{
		Transport: &http.Transport{MaxIdleConns: conns, MaxIdleConnsPerHost: conns, MaxConnsPerHost: conns,
			DisableCompression: true, IdleConnTimeout: time.Minute},
		CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse },
		Timeout:       60 * time.Second,
	}
}

// do sends one request and reads the whole answer.
func do(ctx context.Context, c *http.Client, base string, req request) (*http.Response, []byte, error) {
	var body io.Reader
	if req.form != nil {
		body = strings.NewReader(req.form.Encode())
	}
	method := req.method
	if method == "" {
		method = http.MethodGet
	}
	hr, err := http.NewRequestWithContext(ctx, method, base+req.path, body)
	if err != nil {
		return nil, nil, err
	}
	if req.form != nil {
		hr.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	}
	if req.cookie != "" {
		hr.Header.Set("Cookie", req.cookie)
	}
	res, err := c.Do(hr)
	if err != nil {
		return nil, nil, err
	}
	defer res.Body.Close()
	b, err := io.ReadAll(res.Body)
	return res, b, err
}

// drive runs p against base with clients workers for d and measures it,
// sampling the RSS of pid (0 = none).
func drive(ctx context.Context, base string, p page, clients int, d time.Duration, pid int) []result {
	if p.clients > 0 {
		clients = p.clients
	}
	client := newClient(clients)
	defer client.CloseIdleConnections()
	type sample struct {
		label string
		took  time.Duration
		err   string
	}
	perWorker := make([][]sample, clients)
	var peak func() int64
	if pid > 0 {
		peak = sampleRSS(pid)
	}
	ctx, cancel := context.WithTimeout(ctx, d)
	defer cancel()
	start := time.Now()
	var wg sync.WaitGroup
	for w := range clients {
		wg.Go(func() {
			out := make([]sample, 0, 4096)
			for i := 0; ctx.Err() == nil; i++ {
				req := p.next(w, i)
				label := req.label
				if label == "" {
					label = p.name
				}
				t0 := time.Now()
				res, body, err := do(ctx, client, base, req)
				took := time.Since(t0)
				if ctx.Err() != nil {
					break // cut off by the end of the run: not an answer
				}
				s := sample{label: label, took: took}
				want := req.want
				if want == 0 {
					want = http.StatusOK
				}
				switch {
				case err != nil:
					s.err = err.Error()
				case res.StatusCode != want:
					s.err = fmt.Sprintf("%s %s: status %d: %.200s", req.method, req.path, res.StatusCode, body)
				}
				out = append(out, s)
				if err == nil && p.after != nil {
					p.after(w, req, res)
				}
			}
			perWorker[w] = out
		})
	}
	wg.Wait()
	elapsed := time.Since(start).Seconds()
	var rssPeak int64
	if peak != nil {
		rssPeak = peak()
	}
	byLabel := map[string][]time.Duration{}
	results := map[string]*result{}
	var order []string
	for _, out := range perWorker {
		for _, s := range out {
			r := results[s.label]
			if r == nil {
				r = &result{name: s.label, seconds: elapsed, rss: rssPeak}
				results[s.label] = r
				order = append(order, s.label)
			}
			r.requests++
			if s.err != "" {
				r.errors++
				if r.firstErr == "" {
					r.firstErr = s.err
				}
			}
			byLabel[s.label] = append(byLabel[s.label], s.took)
		}
	}
	slices.Sort(order)
	var list []result
	for _, label := range order {
		r := results[label]
		durs := byLabel[label]
		slices.Sort(durs)
		r.p50, r.p99 = percentile(durs, 0.50), percentile(durs, 0.99)
		list = append(list, *r)
	}
	if len(list) == 0 {
		list = append(list, result{name: p.name, seconds: elapsed, rss: rssPeak})
	}
	return list
}

// percentile of sorted durations (nearest rank).
func percentile(sorted []time.Duration, q float64) time.Duration {
	if len(sorted) == 0 {
		return 0
	}
	i := int(float64(len(sorted))*q+0.5) - 1
	return sorted[min(max(i, 0), len(sorted)-1)]
}
