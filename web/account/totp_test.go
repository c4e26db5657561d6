package account_test

import (
	"net/http"
	"net/url"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/pquerna/otp/totp"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/store/storetest"
	"github.com/matchpoint/matchpoint/web/webtest"
)

var (
	secretPattern   = regexp.MustCompile(`<code id="totp-secret">([A-Z2-7]+)</code>`)
	stepPattern     = regexp.MustCompile(`name="step" value="([^"]+)"`)
	recoveryPattern = regexp.MustCompile(`<li><code>([a-z0-9-]+)</code></li>`)
)

// turnOnTOTP sets up the second factor on the security page of prefix and
// returns the secret and the recovery codes.
func turnOnTOTP(t *testing.T, c *webtest.Client, prefix string, now func() time.Time) (string, []string) {
	t.Helper()
	if res := c.Post(prefix+"/security/totp", nil); res.Status != http.StatusSeeOther {
		t.Fatalf("begin: %d", res.Status)
	}
	page := c.Get(prefix + "/security")
	m := secretPattern.FindStringSubmatch(page.Body)
	if m == nil || !strings.Contains(page.Body, "otpauth://totp/") {
		t.Fatalf("no secret and URL on the security page:\n%s", page.Body)
	}
	if res := c.Post(prefix+"/security/totp/confirm", url.Values{"current": {webtest.Password}, "code": {"000000"}}); res.Status != http.StatusUnprocessableEntity {
		t.Fatalf("wrong first code: %d", res.Status)
	}
	code, _ := totp.GenerateCode(m[1], now())
	res := c.Post(prefix+"/security/totp/confirm", url.Values{"current": {webtest.Password}, "code": {code}})
	codes := recoveryPattern.FindAllStringSubmatch(res.Body, -1)
	if res.Status != http.StatusOK || len(codes) != 10 {
		t.Fatalf("confirm: %d, %d recovery codes", res.Status, len(codes))
	}
	out := make([]string, len(codes))
	for i, c := range codes {
		out[i] = c[1]
	}
	return m[1], out
}

// B4: a candidate turns on TOTP; sign-in then asks for the code, takes it
// once, takes a recovery code once, and takes the code in the first post too.
func TestTOTPSecondFactor_B4(t *testing.T) {
	db := storetest.SQLite(t)
	now := time.Date(2026, 4, 1, 10, 0, 0, 0, time.UTC)
	db.SetClock(func() time.Time { return now })
	clock := func() time.Time { return now }
	env := webtest.New(t, db)
	cand := env.Acme.Candidate(t, env.Store, "Tom", "Totp")
	env.Acme.GiveCredentials(t, env.Store, domain.AudiencePortal, cand.ID)
	c := env.Client(t)
	c.MustSignIn("/portal", cand.Email)
	secret, recovery := turnOnTOTP(t, c, "/portal", clock)
	var hashes int
	if err := db.Raw().QueryRow(`SELECT COUNT(*) FROM recovery_codes WHERE code_hash = $1`, recovery[0]).Scan(&hashes); err != nil || hashes != 0 {
		t.Fatalf("a recovery code is stored as is (%d, %v)", hashes, err)
	}
	c.Post("/portal/signout", nil)

	// Password right: the form asks for the code; no session yet.
	res := c.SignIn("/portal", cand.Email, webtest.Password)
	step := stepPattern.FindStringSubmatch(res.Body)
	if res.Status != http.StatusOK || step == nil || !strings.Contains(res.Body, `name="code"`) {
		t.Fatalf("no code asked: %d", res.Status)
	}
	if res := c.Get("/portal/"); res.Status != http.StatusSeeOther {
		t.Fatal("signed in before the code")
	}
	if res := c.Post("/portal/signin", url.Values{"step": {step[1]}, "code": {"123456"}}); res.Status != http.StatusUnauthorized {
		t.Fatalf("wrong code: %d", res.Status)
	}
	now = now.Add(30 * time.Second)
	code, _ := totp.GenerateCode(secret, now)
	if res := c.Post("/portal/signin", url.Values{"step": {step[1]}, "code": {code}}); res.Status != http.StatusSeeOther {
		t.Fatalf("right code: %d", res.Status)
	}
	if res := c.Get("/portal/"); res.Status != http.StatusOK {
		t.Fatalf("home after the code: %d", res.Status)
	}

	// The same code does not work twice.
	d := env.Client(t)
	if res := d.Post("/portal/signin", url.Values{"email": {cand.Email}, "password": {webtest.Password}, "code": {code}}); res.Status != http.StatusUnauthorized {
		t.Fatalf("replayed code: %d", res.Status)
	}
	// All three fields in one post, with the next code.
	now = now.Add(30 * time.Second)
	code, _ = totp.GenerateCode(secret, now)
	if res := d.Post("/portal/signin", url.Values{"email": {cand.Email}, "password": {webtest.Password}, "code": {code}}); res.Status != http.StatusSeeOther {
		t.Fatalf("one post with code: %d", res.Status)
	}
	// A recovery code works once.
	e := env.Client(t)
	if res := e.Post("/portal/signin", url.Values{"email": {cand.Email}, "password": {webtest.Password}, "code": {recovery[3]}}); res.Status != http.StatusSeeOther {
		t.Fatalf("recovery code: %d", res.Status)
	}
	if res := e.Post("/portal/signin", url.Values{"email": {cand.Email}, "password": {webtest.Password}, "code": {recovery[3]}}); res.Status != http.StatusUnauthorized {
		t.Fatalf("recovery code used twice: %d", res.Status)
	}
	if page := c.Get("/portal/security"); !strings.Contains(page.Body, "Unused recovery codes: 9") {
		t.Fatalf("recovery count:\n%s", page.Body)
	}
	// Turning it off needs a valid code.
	now = now.Add(30 * time.Second)
	code, _ = totp.GenerateCode(secret, now)
	if res := c.Post("/portal/security/totp/disable", url.Values{"current": {webtest.Password}, "code": {code}}); res.Status != http.StatusSeeOther {
		t.Fatalf("turn off: %d", res.Status)
	}
	if res := env.Client(t).SignIn("/portal", cand.Email, webtest.Password); res.Status != http.StatusSeeOther {
		t.Fatalf("sign in without second factor: %d", res.Status)
	}
}

// B4: an admin requires TOTP for contacts; a contact without it is sent to
// set it up after sign-in before anything else, then gets in.
func TestRequiredTOTP_B4(t *testing.T) {
	db := storetest.SQLite(t)
	now := time.Date(2026, 4, 1, 10, 0, 0, 0, time.UTC)
	db.SetClock(func() time.Time { return now })
	env := webtest.New(t, db)
	group := env.Acme.PortalGroup(t, env.Store)
	contact := env.Acme.Contact(t, env.Store, "Rosa", "Required", group.ID)
	env.Acme.GiveCredentials(t, env.Store, domain.AudienceHiring, contact.ID)
	admin := env.AdminClient(t)
	if res := admin.Post("/office/settings/security", url.Values{"credentials_hours": {"0"}, "require_totp_hiring": {"on"}}); res.Status != http.StatusSeeOther {
		t.Fatalf("require: %d", res.Status)
	}
	if res := admin.Get("/office/settings/security"); !strings.Contains(res.Body, `name="require_totp_hiring" checked`) {
		t.Fatal("setting not shown as saved")
	}
	// Recruiters are not affected.
	if res := admin.Get("/office/"); res.Status != http.StatusOK {
		t.Fatalf("recruiter sent away: %d", res.Status)
	}
	c := env.Client(t)
	c.MustSignIn("/hiring", contact.Email)
	res := c.Get("/hiring/")
	if res.Status != http.StatusSeeOther || !strings.HasPrefix(res.Location, "/hiring/security") {
		t.Fatalf("not sent to set up: %d %s", res.Status, res.Location)
	}
	turnOnTOTP(t, c, "/hiring", func() time.Time { return now })
	if res := c.Get("/hiring/"); res.Status != http.StatusOK {
		t.Fatalf("after setup: %d", res.Status)
	}
	if page := c.Get("/hiring/security"); strings.Contains(page.Body, "/hiring/security/totp/disable") {
		t.Fatal("a required second factor can be turned off")
	}
}
