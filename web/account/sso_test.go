package account_test

import (
	"html"
	"io"
	"net/http"
	"net/http/cookiejar"
	"net/url"
	"strings"
	"testing"

	"github.com/matchpoint/matchpoint/app"
	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/internal/oidctest"
	"github.com/matchpoint/matchpoint/store"
	"github.com/matchpoint/matchpoint/store/storetest"
	"github.com/matchpoint/matchpoint/web/kit"
	"github.com/matchpoint/matchpoint/web/webtest"
)

// ssoCookieSeen starts a sign-on without following it and reports whether
// the cookie set is the listed one, HttpOnly, Lax and short-lived.
func ssoCookieSeen(t *testing.T, base string) bool {
	t.Helper()
	c := &http.Client{CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
	res, err := c.Get(base + "/office/sso")
	if err != nil {
		t.Fatal(err)
	}
	res.Body.Close()
	for _, k := range res.Cookies() {
		if k.Name == kit.SSOCookieName(domain.AudienceOffice, false) && k.HttpOnly && k.SameSite == http.SameSiteLaxMode && k.MaxAge > 0 && k.MaxAge <= 600 {
			return true
		}
	}
	return false
}

const ssoSecret = "client-secret-0f1e2d3c"

// browser follows redirects across the application and the provider, as a
// browser does, and keeps cookies.
type browser struct {
	t    *testing.T
	http *http.Client
	base string
}

func newBrowser(t *testing.T, base string) *browser {
	jar, _ := cookiejar.New(nil)
	return &browser{t: t, http: &http.Client{Jar: jar}, base: base}
}

// get follows every redirect and returns the last answer and where it was.
func (b *browser) get(path string) (status int, body, at string) {
	b.t.Helper()
	res, err := b.http.Get(b.base + path)
	if err != nil {
		b.t.Fatalf("GET %s: %v", path, err)
	}
	defer res.Body.Close()
	raw, _ := io.ReadAll(res.Body)
	return res.StatusCode, string(raw), res.Request.URL.Path
}

// ssoSetup is an agency with single sign-on of the back office and the
// Hiring Portal at a provider in the test's process.
type ssoSetup struct {
	env  *webtest.Env
	idp  *oidctest.Provider
	save func(aud domain.Audience, edit url.Values) webtest.Response
}

func newSSO(t *testing.T, db *store.DB) ssoSetup {
	t.Helper()
	env := webtest.NewWithConfig(t, db, app.Config{SSOAllowPrivate: true})
	idp := oidctest.New(t, "matchpoint-acme", ssoSecret)
	admin := env.AdminClient(t)
	save := func(aud domain.Audience, edit url.Values) webtest.Response {
		form := url.Values{"audience": {string(aud)}, "enabled": {"on"}, "issuer": {idp.URL}, "client_id": {idp.ClientID},
			"client_secret": {ssoSecret}, "password_allowed": {"on"}}
		for k, v := range edit {
			form[k] = v
		}
		return admin.Post("/office/settings/sso", form)
	}
	for _, aud := range domain.SSOAudiences {
		if res := save(aud, nil); res.Status != http.StatusSeeOther {
			t.Fatalf("save %s single sign-on: %d %s", aud, res.Status, res.Body)
		}
	}
	return ssoSetup{env: env, idp: idp, save: save}
}

// B4: a recruiter signs in with the agency's identity provider — code flow
// with PKCE, state and nonce — and is refused for a token of another
// audience, an address the provider did not verify, one of another domain,
// a disabled account, no account (unless the admin lets accounts be made),
// and a callback that is not this browser's. Each outcome is audited.
func TestSingleSignOnRecruiter_B4(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		s := newSSO(t, db)
		env, idp := s.env, s.idp
		rita := env.Acme.Recruiter
		signIn := func(u oidctest.User) (int, string, string, *browser) {
			idp.SignIn(u)
			b := newBrowser(t, env.Server.URL)
			status, body, at := b.get("/office/sso?next=/office/candidates")
			return status, body, at, b
		}
		signedIn := func(b *browser) bool {
			status, _, at := b.get("/office/candidates")
			return status == http.StatusOK && at == "/office/candidates"
		}

		// The sign-in page offers the provider beside the password.
		page := env.Client(t).Get("/office/signin")
		if !strings.Contains(page.Body, `href="/office/sso"`) || !strings.Contains(page.Body, `name="password"`) {
			t.Fatalf("sign-in page does not offer both ways:\n%s", page.Body)
		}

		// Happy path: the provider checked the PKCE verifier; the session
		// works, and the second factor is not asked for.
		status, _, at, b := signIn(oidctest.User{Subject: "u1", Email: strings.ToUpper(rita.Email), EmailVerified: true, Name: rita.Name})
		if status != http.StatusOK || at != "/office/candidates" || !signedIn(b) {
			t.Fatalf("single sign-on: %d at %s", status, at)
		}
		// The flow's cookie is one the privacy page lists (F1), and is gone
		// once used.
		appURL, _ := url.Parse(env.Server.URL)
		for _, c := range b.http.Jar.Cookies(appURL) {
			if strings.HasSuffix(c.Name, "_sso") {
				t.Errorf("the flow's cookie %s outlived the sign-on", c.Name)
			}
		}
		listed := false
		for _, c := range kit.Cookies() {
			listed = listed || c.Name == kit.SSOCookieName(domain.AudienceOffice, false)
		}
		if !listed || !ssoCookieSeen(t, env.Server.URL) {
			t.Error("the single sign-on cookie is not the one the privacy page lists")
		}
		if n, refused := idp.Stats(); n != 1 || len(refused) != 0 {
			t.Fatalf("provider: %d exchanges, refused %v", n, refused)
		}

		refusals := []struct {
			name string
			prep func()
			user oidctest.User
			key  string
		}{
			{"wrong audience", func() { idp.Audience("another-client") }, oidctest.User{Subject: "u1", Email: rita.Email, EmailVerified: true}, "sso.failed"},
			{"unverified e-mail", nil, oidctest.User{Subject: "u1", Email: rita.Email, EmailVerified: false}, "sso.email_refused"},
			{"no account", nil, oidctest.User{Subject: "u9", Email: "newcomer@acme.test", EmailVerified: true}, "sso.no_account"},
			{"domain not allowed", func() { s.save(domain.AudienceOffice, url.Values{"allowed_domains": {"acme.example"}}) },
				oidctest.User{Subject: "u1", Email: rita.Email, EmailVerified: true}, "sso.email_refused"},
			{"disabled user", func() {
				if _, err := db.Raw().Exec(`UPDATE users SET active = $1 WHERE id = $2`, false, rita.ID); err != nil {
					t.Fatal(err)
				}
			}, oidctest.User{Subject: "u1", Email: rita.Email, EmailVerified: true}, "sso.failed"},
		}
		for _, c := range refusals {
			idp.Audience("")
			if c.prep != nil {
				c.prep()
			}
			status, body, _, b := signIn(c.user)
			if status != http.StatusUnauthorized || !strings.Contains(body, html.EscapeString(env.App().Bundle.For("en").T(c.key))) {
				t.Errorf("%s: %d, want 401 with %s:\n%s", c.name, status, c.key, body)
			}
			if signedIn(b) {
				t.Errorf("%s: signed in", c.name)
			}
			s.save(domain.AudienceOffice, nil) // back to any domain
		}
		if _, err := db.Raw().Exec(`UPDATE users SET active = $1 WHERE id = $2`, true, rita.ID); err != nil {
			t.Fatal(err)
		}

		// A callback without this browser's flow (a forged or replayed one).
		b = newBrowser(t, env.Server.URL)
		if status, _, _ := b.get("/office/sso/callback?code=stolen&state=guessed"); status != http.StatusUnauthorized || signedIn(b) {
			t.Errorf("forged callback: %d", status)
		}

		// First sign-in makes an account when the admin allows it.
		s.save(domain.AudienceOffice, url.Values{"create_accounts": {"on"}, "allowed_domains": {"acme.test"}})
		status, _, at, b = signIn(oidctest.User{Subject: "u9", Email: "newcomer@acme.test", EmailVerified: true, Name: "Nina Newcomer"})
		if status != http.StatusOK || at != "/office/candidates" || !signedIn(b) {
			t.Fatalf("first sign-in with account creation: %d at %s", status, at)
		}
		nina, err := env.Store.AccountByEmail(env.Acme.Ctx, domain.AudienceOffice, "newcomer@acme.test")
		if err != nil || nina.Name != "Nina Newcomer" || nina.HasCredentials() {
			t.Fatalf("created account: %+v %v", nina, err)
		}

		var audited map[string]int = map[string]int{}
		rows, err := db.Raw().Query(`SELECT action, detail FROM audit_log WHERE tenant_id = $1 AND detail LIKE '%single sign-on%'`, env.Acme.Tenant.ID)
		if err != nil {
			t.Fatal(err)
		}
		for rows.Next() {
			var action, detail string
			if err := rows.Scan(&action, &detail); err != nil {
				t.Fatal(err)
			}
			audited[action]++
			if strings.Contains(detail, "stolen") || strings.Contains(detail, ssoSecret) {
				t.Errorf("audit detail holds a secret: %s", detail)
			}
		}
		rows.Close()
		var byAudience int
		if err := db.Raw().QueryRow(`SELECT COUNT(*) FROM audit_log WHERE tenant_id = $1 AND detail LIKE '%ID token refused%audience%'`,
			env.Acme.Tenant.ID).Scan(&byAudience); err != nil || byAudience != 1 {
			t.Errorf("the wrong audience was refused for its audience %d times (%v)", byAudience, err)
		}
		if audited["sign_in"] != 2 || audited["sign_in_failed"] < 5 || audited["sign_in_denied"] != 1 || audited["create"] != 1 {
			t.Errorf("audited: %v", audited)
		}
	})
}

// B4: with password sign-in switched off the form is gone and a password
// is refused even when right; the provider is the only way in, and its
// second factor replaces the agency's.
func TestSingleSignOnOnly_B4(t *testing.T) {
	s := newSSO(t, storetest.SQLite(t))
	env := s.env
	if res := s.save(domain.AudienceOffice, url.Values{"password_allowed": nil}); res.Status != http.StatusSeeOther {
		t.Fatalf("save: %d", res.Status)
	}
	page := env.Client(t).Get("/office/signin")
	if strings.Contains(page.Body, `name="password"`) || !strings.Contains(page.Body, `href="/office/sso"`) {
		t.Fatalf("sign-in page with password sign-in off:\n%s", page.Body)
	}
	res := env.Client(t).Post("/office/signin", url.Values{"email": {env.Acme.Recruiter.Email}, "password": {webtest.Password}})
	if res.Status != http.StatusUnauthorized || !strings.Contains(res.Body, html.EscapeString(env.App().Bundle.For("en").T("sso.password_off"))) {
		t.Fatalf("password sign-in when off: %d", res.Status)
	}
	set, err := env.Store.Settings(env.Acme.Ctx)
	if err != nil {
		t.Fatal(err)
	}
	set.RequireTOTPOffice = true
	if err := env.Store.SaveSettings(env.Acme.Ctx, set); err != nil {
		t.Fatal(err)
	}
	s.idp.SignIn(oidctest.User{Subject: "u1", Email: env.Acme.Recruiter.Email, EmailVerified: true})
	b := newBrowser(t, env.Server.URL)
	if status, _, at := b.get("/office/sso"); status != http.StatusOK || at != "/office/" {
		t.Fatalf("single sign-on with a second factor required: %d at %s", status, at)
	}
	// The portal of candidates has none.
	if res := env.Client(t).Get("/portal/sso"); res.Status != http.StatusNotFound {
		t.Errorf("/portal/sso: %d", res.Status)
	}
}

// B2, B4: a contact signs in to the Hiring Portal with the provider only
// while it is in the portal's group; contacts are never made at sign-in.
func TestSingleSignOnContact_B2(t *testing.T) {
	s := newSSO(t, storetest.SQLite(t))
	env := s.env
	group := env.Acme.PortalGroup(t, env.Store)
	member := env.Acme.Contact(t, env.Store, "Carla", "Member", group.ID)
	outsider := env.Acme.Contact(t, env.Store, "Otto", "Outside", 0)
	in := func(email string) (int, string) {
		s.idp.SignIn(oidctest.User{Subject: email, Email: email, EmailVerified: true})
		b := newBrowser(t, env.Server.URL)
		status, _, at := b.get("/hiring/sso")
		return status, at
	}
	if status, at := in(member.Email); status != http.StatusOK || at != "/hiring/" {
		t.Fatalf("contact in the group: %d at %s", status, at)
	}
	if status, _ := in(outsider.Email); status != http.StatusUnauthorized {
		t.Fatalf("contact outside the group: %d", status)
	}
	if status, _ := in("stranger@client.test"); status != http.StatusUnauthorized {
		t.Fatalf("unknown contact: %d", status)
	}
	if res := s.save(domain.AudienceHiring, url.Values{"create_accounts": {"on"}}); res.Status != http.StatusUnprocessableEntity {
		t.Fatalf("contacts made at sign-in accepted: %d", res.Status)
	}
}

// B4: the client secret is never shown again; saving without one keeps it;
// an issuer on a private address or over plain http is refused unless the
// install allows it, and nothing changes on a refusal.
func TestSingleSignOnSettings_B4(t *testing.T) {
	s := newSSO(t, storetest.SQLite(t))
	env := s.env
	admin := env.AdminClient(t)
	page := admin.Get("/office/settings/sso")
	if page.Status != http.StatusOK || strings.Contains(page.Body, ssoSecret) || !strings.Contains(page.Body, "/office/sso/callback") {
		t.Fatalf("settings page: %d, shows the secret or no callback", page.Status)
	}
	if res := s.save(domain.AudienceOffice, url.Values{"client_secret": {""}}); res.Status != http.StatusSeeOther {
		t.Fatalf("save keeping the secret: %d", res.Status)
	}
	s.idp.SignIn(oidctest.User{Subject: "u1", Email: env.Acme.Recruiter.Email, EmailVerified: true})
	if status, _, at := newBrowser(t, env.Server.URL).get("/office/sso"); status != http.StatusOK || at != "/office/" {
		t.Fatalf("sign-in after saving without a secret: %d at %s", status, at)
	}
	for name, edit := range map[string]url.Values{
		"portal":     {"audience": {"portal"}},
		"no issuer":  {"issuer": {""}},
		"not a URL":  {"issuer": {"javascript:alert(1)"}},
		"bad domain": {"allowed_domains": {"acme"}},
	} {
		if res := s.save(domain.AudienceOffice, edit); res.Status != http.StatusUnprocessableEntity {
			t.Errorf("%s: %d", name, res.Status)
		}
	}
	strict := webtest.NewWithConfig(t, storetest.SQLite(t), app.Config{})
	res := strict.AdminClient(t).Post("/office/settings/sso", url.Values{"audience": {"office"}, "enabled": {"on"},
		"issuer": {s.idp.URL}, "client_id": {"x"}, "client_secret": {"y"}})
	if res.Status != http.StatusUnprocessableEntity || !strings.Contains(res.Body, strict.App().Bundle.For("en").T("validation.url")) {
		t.Fatalf("loopback http issuer without --sso-allow-private: %d", res.Status)
	}
	if set, _ := strict.Store.SSOSettings(strict.Acme.Ctx, domain.AudienceOffice); set.Enabled {
		t.Fatal("a refused save changed the settings")
	}
}
