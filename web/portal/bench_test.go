package portal_test

import (
	"context"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/matchpoint/matchpoint/app"
	"github.com/matchpoint/matchpoint/demo"
	"github.com/matchpoint/matchpoint/internal/latency"
	"github.com/matchpoint/matchpoint/store"
	"github.com/matchpoint/matchpoint/store/storetest"
	"github.com/matchpoint/matchpoint/web/webtest"
)

// benchCandidates is the size of the demo agency the benchmarks run
// against: MATCHPOINT_BENCH_CANDIDATES, else 100,000. The figure is
// for 1,000,000:
//
//	MATCHPOINT_BENCH_CANDIDATES=1000000 go test -run '^$' -bench Portal -timeout 2h ./web/portal
func benchCandidates() int {
	if n, err := strconv.Atoi(os.Getenv("MATCHPOINT_BENCH_CANDIDATES")); err == nil && n > 0 {
		return n
	}
	return 100_000
}

// benchPortal loads the demo agency into a fresh SQLite database, signs the
// demo candidate in, and returns the handler with the session cookie. The
// requests go straight to the handler: the figures are server-side time.
func benchPortal(b *testing.B) (http.Handler, string) {
	b.Helper()
	var db *store.DB
	if path := os.Getenv("MATCHPOINT_BENCH_SQLITE"); path != "" {
		// A demo built beforehand: matchpoint demo --candidates 1000000 --data DIR
		var err error
		if db, err = store.Open(context.Background(), path); err != nil {
			b.Fatal(err)
		}
		b.Cleanup(func() { db.Close() })
	} else {
		db = storetest.SQLite(b)
		start := time.Now()
		if _, err := demo.Load(context.Background(), db, demo.Options{Candidates: benchCandidates(), Seed: 1}); err != nil {
			b.Fatal(err)
		}
		b.Logf("demo of %d candidates loaded in %s", benchCandidates(), time.Since(start).Round(time.Second))
	}
	srv, _, _ := webtest.Serve(b, db, app.Config{DefaultTenant: demo.Slug}, false)
	var portal demo.SignIn
	for _, s := range demo.SignIns() {
		if s.Audience == "portal" {
			portal = s
		}
	}
	form := url.Values{"email": {portal.Email}, "password": {portal.Password}}
	req := httptest.NewRequest(http.MethodPost, "/portal/signin", strings.NewReader(form.Encode()))
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	rec := httptest.NewRecorder()
	srv.ServeHTTP(rec, req)
	if rec.Code != http.StatusSeeOther {
		b.Fatalf("sign in: %d", rec.Code)
	}
	// The answer first clears any earlier session cookie, then sets the new one.
	var cookie string
	for _, c := range rec.Result().Cookies() {
		if c.Value != "" {
			cookie = c.Name + "=" + c.Value
		}
	}
	return srv, cookie
}

// benchPage requests path b.N times and reports the 50th and 99th
// percentile of the time each request took.
func benchPage(b *testing.B, path, mustContain string) {
	h, cookie := benchPortal(b)
	get := func() *httptest.ResponseRecorder {
		req := httptest.NewRequest(http.MethodGet, path, nil)
		req.Header.Set("Cookie", cookie)
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		return rec
	}
	if rec := get(); rec.Code != http.StatusOK || !strings.Contains(rec.Body.String(), mustContain) {
		b.Fatalf("%s: %d %s (cookie %s)", path, rec.Code, rec.Header().Get("Location"), cookie)
	}
	latency.Measure(b, func(int) {
		if rec := get(); rec.Code != http.StatusOK {
			b.Fatalf("%s: %d", path, rec.Code)
		}
	})
}

// B1: the portal's home page of the demo candidate against a large demo.
func BenchmarkPortalHome(b *testing.B) { benchPage(b, "/portal/", `id="tile-profile"`) }

// C1: the profile page (visible fields, experience, education, skills).
func BenchmarkPortalProfile(b *testing.B) { benchPage(b, "/portal/profile", `id="profile-form"`) }
