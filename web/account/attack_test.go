package account_test

import (
	"net/http"
	"net/netip"
	"net/url"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/pquerna/otp/totp"

	"github.com/matchpoint/matchpoint/app"
	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/service"
	"github.com/matchpoint/matchpoint/store"
	"github.com/matchpoint/matchpoint/store/storetest"
	"github.com/matchpoint/matchpoint/web/webtest"
)

// rawPost posts a form from a goroutine (no t.Fatal there) with an optional
// Host and X-Forwarded-For, and returns the status.
func rawPost(base, path string, form url.Values, host, forwardedFor string) (int, error) {
	req, err := http.NewRequest(http.MethodPost, base+path, strings.NewReader(form.Encode()))
	if err != nil {
		return 0, err
	}
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	if host != "" {
		req.Host = host
	}
	if forwardedFor != "" {
		req.Header.Set("X-Forwarded-For", forwardedFor)
	}
	client := &http.Client{CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
	res, err := client.Do(req)
	if err != nil {
		return 0, err
	}
	res.Body.Close()
	return res.StatusCode, nil
}

// burst posts n forms at once and counts the answers by status.
func burst(t *testing.T, n int, post func(i int) (int, error)) map[int]int {
	t.Helper()
	var mu sync.Mutex
	counts := map[int]int{}
	var wg sync.WaitGroup
	start := make(chan struct{})
	for i := range n {
		wg.Add(1)
		go func() {
			defer wg.Done()
			<-start
			status, err := post(i)
			if err != nil {
				t.Error(err)
			}
			mu.Lock()
			counts[status]++
			mu.Unlock()
		}()
	}
	close(start)
	wg.Wait()
	return counts
}

// B4 (issue 11, finding 1): a reset requested with a forged Host header (and
// a forged X-Forwarded-Host) mails a link on the configured base URL, never
// on the attacker's host, from every surface; an agency with a host name of
// its own gets links on that name.
func TestResetLinkIgnoresHostHeader_B4(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		env := webtest.New(t, db)
		cand := env.Acme.Candidate(t, env.Store, "Hanna", "Host")
		env.Acme.GiveCredentials(t, env.Store, domain.AudiencePortal, cand.ID)
		contact := env.Acme.Contact(t, env.Store, "Harm", "Host", env.Acme.PortalGroup(t, env.Store).ID)
		env.Acme.GiveCredentials(t, env.Store, domain.AudienceHiring, contact.ID)
		for _, c := range []struct{ prefix, email string }{
			{"/office", env.Acme.Recruiter.Email}, {"/portal", cand.Email}, {"/hiring", contact.Email},
		} {
			cl := env.Client(t)
			cl.Host = "evil.example"
			req := url.Values{"email": {c.email}}
			if res := cl.Post(c.prefix+"/reset", req); res.Status != http.StatusOK {
				t.Fatalf("%s reset with a foreign host: %d", c.prefix, res.Status)
			}
			link, mail := env.MailLink(t, env.Acme, c.email)
			if !strings.HasPrefix(link, env.Server.URL+c.prefix+"/password/set?token=") || strings.Contains(mail.Body, "evil.example") {
				t.Fatalf("%s: the reset mail links to %s, want %s%s/…", c.prefix, link, env.Server.URL, c.prefix)
			}
		}
		// The other agency is served on its own host name: its links use it,
		// with the base URL's scheme and port.
		env.Other.GiveCredentials(t, env.Store, domain.AudienceOffice, env.Other.Recruiter.ID)
		cl := env.Client(t)
		cl.Host = "other.test"
		if res := cl.Post("/office/reset", url.Values{"email": {env.Other.Recruiter.Email}}); res.Status != http.StatusOK {
			t.Fatalf("other agency's reset: %d", res.Status)
		}
		base, _ := url.Parse(env.Server.URL)
		link, _ := env.MailLink(t, env.Other, env.Other.Recruiter.Email)
		if want := "http://other.test:" + base.Port() + "/office/password/set?token="; !strings.HasPrefix(link, want) {
			t.Fatalf("other agency's link %s, want %s…", link, want)
		}
	})
}

// B4 (issue 11, finding 4): 40 simultaneous wrong passwords for one account
// are each counted before any password is checked: exactly 10 are tried and
// 30 refused, and the right password, sent while the burst has used the
// window up, does not sign in. A burst that holds the right password among
// 29 wrong ones has exactly 10 of its 30 tried.
func TestSignInBurstIsCountedBeforeChecking_B4(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		env := webtest.New(t, db)
		// A roomy limit per address, so that only the account's counts.
		_, srv, _ := webtest.Serve(t, db, app.Config{DefaultTenant: "acme", PasswordParams: webtest.FastParams,
			SignInPerAddress: &service.Limiter{Max: 1000, Window: 15 * time.Minute}}, false)
		cand := env.Acme.Candidate(t, env.Store, "Bert", "Burst")
		env.Acme.GiveCredentials(t, env.Store, domain.AudiencePortal, cand.ID)
		wrong := func(i int) (int, error) {
			return rawPost(srv.URL, "/portal/signin", url.Values{"email": {cand.Email}, "password": {"wrong password " + id(int64(i))}}, "", "")
		}
		got := burst(t, 40, wrong)
		if got[http.StatusUnauthorized] != 10 || got[http.StatusTooManyRequests] != 30 {
			t.Fatalf("40 parallel wrong passwords: %v, want 10×401 and 30×429", got)
		}
		if status, _ := rawPost(srv.URL, "/portal/signin", url.Values{"email": {cand.Email}, "password": {webtest.Password}}, "", ""); status != http.StatusTooManyRequests {
			t.Fatalf("the right password after the burst: %d, want 429", status)
		}

		other := env.Acme.Candidate(t, env.Store, "Gina", "Guess")
		env.Acme.GiveCredentials(t, env.Store, domain.AudiencePortal, other.ID)
		got = burst(t, 30, func(i int) (int, error) {
			pw := "wrong password " + id(int64(i))
			if i == 17 {
				pw = webtest.Password
			}
			return rawPost(srv.URL, "/portal/signin", url.Values{"email": {other.Email}, "password": {pw}}, "", "")
		})
		if tried := got[http.StatusUnauthorized] + got[http.StatusSeeOther]; tried != 10 || got[http.StatusTooManyRequests] != 20 {
			t.Fatalf("30 parallel guesses: %v, want exactly 10 tried and 20×429", got)
		}
		limited, _, err := env.Store.AuditEntries(env.Acme.Ctx, store.AuditFilter{Action: "sign_in_limited"})
		if err != nil || len(limited) < 50 {
			t.Fatalf("refused attempts in the audit log: %d, %v", len(limited), err)
		}
	})
}

// B4 (issue 11, finding 4): the second step has the same race closed: 50
// simultaneous codes for one step are counted first, so only 10 are tried.
func TestSecondFactorBurst_B4(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		now := time.Date(2026, 4, 1, 10, 0, 0, 0, time.UTC)
		db.SetClock(func() time.Time { return now })
		env := webtest.New(t, db)
		cand := env.Acme.Candidate(t, env.Store, "Tim", "Twofactor")
		env.Acme.GiveCredentials(t, env.Store, domain.AudiencePortal, cand.ID)
		c := env.Client(t)
		c.MustSignIn("/portal", cand.Email)
		turnOnTOTP(t, c, "/portal", func() time.Time { return now })
		res := env.Client(t).SignIn("/portal", cand.Email, webtest.Password)
		step := stepPattern.FindStringSubmatch(res.Body)
		if step == nil {
			t.Fatalf("no second step: %d", res.Status)
		}
		got := burst(t, 50, func(i int) (int, error) {
			code := strings.Repeat(id(int64(i%10)), 6)
			return rawPost(env.Server.URL, "/portal/signin", url.Values{"step": {step[1]}, "code": {code}}, "", "")
		})
		if got[http.StatusUnauthorized] != 10 || got[http.StatusTooManyRequests] != 40 {
			t.Fatalf("50 parallel codes: %v, want 10×401 and 40×429", got)
		}
	})
}

// B4 (issue 11, finding 5): behind a trusted proxy, the limit per address is
// the client's address the proxy reports, so 50 failures of one client do
// not lock out another behind the same proxy, and the audit log names the
// client. From a peer that is not trusted, X-Forwarded-For is ignored: a
// client cannot dodge the limit by inventing addresses.
func TestForwardedForOnlyFromTrustedProxy_B4(t *testing.T) {
	env := webtest.New(t, storetest.SQLite(t))
	cand := env.Acme.Candidate(t, env.Store, "Pia", "Proxy")
	env.Acme.GiveCredentials(t, env.Store, domain.AudiencePortal, cand.ID)
	_, behind, _ := webtest.Serve(t, env.DB, app.Config{DefaultTenant: "acme", PasswordParams: webtest.FastParams,
		TrustedProxies: []netip.Prefix{netip.MustParsePrefix("127.0.0.0/8"), netip.MustParsePrefix("::1/128"),
			netip.MustParsePrefix("10.0.0.0/8")}}, false)

	for i := range 50 {
		status, err := rawPost(behind.URL, "/portal/signin", url.Values{"email": {"guess" + id(int64(i)) + "@x.test"}, "password": {"wrong password"}},
			"", "203.0.113.7, 10.0.0.2")
		if err != nil || status != http.StatusUnauthorized {
			t.Fatalf("failure %d behind the proxy: %d %v", i+1, status, err)
		}
	}
	if status, _ := rawPost(behind.URL, "/portal/signin", url.Values{"email": {"fresh@x.test"}, "password": {"wrong password"}}, "", "203.0.113.7"); status != http.StatusTooManyRequests {
		t.Fatalf("the guessing client is not limited: %d", status)
	}
	if status, _ := rawPost(behind.URL, "/portal/signin", url.Values{"email": {cand.Email}, "password": {webtest.Password}}, "", "198.51.100.20"); status != http.StatusSeeOther {
		t.Fatalf("another client behind the same proxy is locked out: %d", status)
	}
	entries, _, err := env.Store.AuditEntries(env.Acme.Ctx, store.AuditFilter{Action: "sign_in"})
	if err != nil || len(entries) == 0 || entries[0].RemoteAddr != "198.51.100.20" {
		t.Fatalf("the audit log does not name the client behind the proxy: %+v %v", entries, err)
	}

	// The plain server trusts no proxy: invented addresses all count
	// against the real peer.
	for i := range 50 {
		if status, _ := rawPost(env.Server.URL, "/hiring/signin", url.Values{"email": {"g" + id(int64(i)) + "@x.test"}, "password": {"x"}},
			"", "192.0.2."+id(int64(i+1))); status != http.StatusUnauthorized {
			t.Fatalf("failure %d: %d", i+1, status)
		}
	}
	if status, _ := rawPost(env.Server.URL, "/hiring/signin", url.Values{"email": {"g@x.test"}, "password": {"x"}}, "", "192.0.2.200"); status != http.StatusTooManyRequests {
		t.Fatalf("a forged X-Forwarded-For from an untrusted peer dodged the limit: %d", status)
	}
}

// B4 (issue 11, finding 7): a second factor is turned on or off only with
// the current password, so a stolen session cannot bind the thief's
// authenticator; each refusal is audited.
func TestSecondFactorNeedsPassword_B4(t *testing.T) {
	db := storetest.SQLite(t)
	now := time.Date(2026, 4, 1, 10, 0, 0, 0, time.UTC)
	db.SetClock(func() time.Time { return now })
	env := webtest.New(t, db)
	c := env.Client(t)
	c.MustSignIn("/office", env.Acme.Recruiter.Email)
	if res := c.Post("/office/security/totp", nil); res.Status != http.StatusSeeOther {
		t.Fatalf("begin: %d", res.Status)
	}
	m := secretPattern.FindStringSubmatch(c.Get("/office/security").Body)
	if m == nil {
		t.Fatal("no pending secret")
	}
	code, _ := totp.GenerateCode(m[1], now)
	for _, current := range []string{"", "not the password"} {
		res := c.Post("/office/security/totp/confirm", url.Values{"current": {current}, "code": {code}})
		if res.Status != http.StatusUnprocessableEntity || !strings.Contains(res.Body, "current password is not correct") {
			t.Fatalf("turn on with password %q: %d", current, res.Status)
		}
	}
	ctx := env.Acme.Ctx
	if tt, err := env.Store.TOTP(ctx, domain.AudienceOffice, env.Acme.Recruiter.ID); err != nil || tt.Enabled() {
		t.Fatalf("the second factor was turned on without the password: %+v %v", tt, err)
	}
	failed, _, _ := env.Store.AuditEntries(ctx, store.AuditFilter{Action: "totp_enable_failed"})
	if len(failed) != 2 {
		t.Fatalf("%d refused enrolments in the audit log, want 2", len(failed))
	}
	if res := c.Post("/office/security/totp/confirm", url.Values{"current": {webtest.Password}, "code": {code}}); res.Status != http.StatusOK {
		t.Fatalf("turn on with the password: %d", res.Status)
	}
	now = now.Add(30 * time.Second)
	code, _ = totp.GenerateCode(m[1], now)
	if res := c.Post("/office/security/totp/disable", url.Values{"code": {code}}); res.Status != http.StatusUnprocessableEntity {
		t.Fatalf("turn off without the password: %d", res.Status)
	}
	if tt, err := env.Store.TOTP(ctx, domain.AudienceOffice, env.Acme.Recruiter.ID); err != nil || !tt.Enabled() {
		t.Fatalf("turned off without the password: %v", err)
	}
}

// B5 (issue 11, deployment mode): a multi-agency install (no default
// agency) answers 404 for a host name no agency owns and serves the agency
// of a known one; a single-agency install answers every host name.
func TestUnknownHostOnMultiAgencyInstall_B5(t *testing.T) {
	env := webtest.New(t, storetest.SQLite(t))
	_, multi, _ := webtest.Serve(t, env.DB, app.Config{PasswordParams: webtest.FastParams}, false)
	get := func(base, host string) int {
		req, _ := http.NewRequest(http.MethodGet, base+"/office/signin", nil)
		req.Host = host
		res, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		res.Body.Close()
		return res.StatusCode
	}
	if s := get(multi.URL, "unknown.example"); s != http.StatusNotFound {
		t.Fatalf("multi-agency, unknown host: %d", s)
	}
	if s := get(multi.URL, "other.test"); s != http.StatusOK {
		t.Fatalf("multi-agency, the other agency's host: %d", s)
	}
	if s := get(env.Server.URL, "unknown.example"); s != http.StatusOK {
		t.Fatalf("single-agency, any host: %d", s)
	}
}
