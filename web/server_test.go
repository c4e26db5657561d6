package web_test

import (
	"net/http"
	"net/url"
	"strings"
	"testing"

	"github.com/matchpoint/matchpoint/store/storetest"
	"github.com/matchpoint/matchpoint/web/webtest"
)

// /healthz says the process serves, whatever the database does; /readyz
// says it can serve requests: the database answers and its migrations are
// all applied.
func TestHealthAndReadiness(t *testing.T) {
	db := storetest.SQLite(t)
	env := webtest.New(t, db)
	get := func(path string) int { return env.Client(t).Get(path).Status }
	if got := get("/healthz"); got != http.StatusOK {
		t.Fatalf("healthz: %d", got)
	}
	if got := get("/readyz"); got != http.StatusOK {
		t.Fatalf("readyz: %d", got)
	}
	// A migration this binary carries is missing: not ready.
	if _, err := db.Raw().Exec(`DELETE FROM schema_migrations WHERE version = (SELECT MAX(version) FROM schema_migrations)`); err != nil {
		t.Fatal(err)
	}
	if got := get("/readyz"); got != http.StatusServiceUnavailable {
		t.Fatalf("readyz with a migration pending: %d", got)
	}
	env.DB.Close()
	if got := get("/healthz"); got != http.StatusOK {
		t.Fatalf("healthz with the database closed: %d", got)
	}
	if got := get("/readyz"); got != http.StatusServiceUnavailable {
		t.Fatalf("readyz with the database closed: %d", got)
	}
}

// F4: every response carries the security headers; signed-in pages are not cached.
func TestSecurityHeaders_F4(t *testing.T) {
	env := webtest.New(t, storetest.SQLite(t))
	res := env.Recruiter(t).Get("/office/candidates")
	for name, want := range map[string]string{
		"Content-Security-Policy": "frame-ancestors 'none'",
		"X-Content-Type-Options":  "nosniff",
		"Referrer-Policy":         "same-origin",
		"Cache-Control":           "no-store",
	} {
		if got := res.Header.Get(name); !strings.Contains(got, want) {
			t.Errorf("%s = %q, want it to contain %q", name, got, want)
		}
	}
	if csp := res.Header.Get("Content-Security-Policy"); strings.Contains(csp, "unsafe-inline") {
		t.Errorf("CSP allows inline code: %s", csp)
	}
}

// A form posted from another site is refused.
func TestCrossOriginPostRefused(t *testing.T) {
	env := webtest.New(t, storetest.SQLite(t))
	req, _ := http.NewRequest(http.MethodPost, env.Server.URL+"/office/signin",
		strings.NewReader(url.Values{"email": {env.Acme.Recruiter.Email}, "password": {webtest.Password}}.Encode()))
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	req.Header.Set("Sec-Fetch-Site", "cross-site")
	req.Header.Set("Origin", "https://evil.example")
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	res.Body.Close()
	if res.StatusCode != http.StatusForbidden {
		t.Fatalf("cross-site POST: %d, want 403", res.StatusCode)
	}
}

// G6: the agency is chosen by host name; a session of one agency is not
// valid on another agency's host.
func TestTenantByHost_G6(t *testing.T) {
	env := webtest.New(t, storetest.SQLite(t))
	c := env.Recruiter(t) // signed in at the default agency
	c.Host = "other.test"
	if res := c.Get("/office/candidates"); res.Status != http.StatusSeeOther {
		t.Fatalf("acme session used on other.test: status %d", res.Status)
	}
	o := env.Client(t)
	o.Host = "other.test"
	if res := o.Post("/office/signin", url.Values{"email": {env.Acme.Recruiter.Email}, "password": {webtest.Password}}); res.Status != http.StatusUnauthorized {
		t.Fatalf("acme recruiter signed in on other.test: %d", res.Status)
	}
}
