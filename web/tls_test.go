package web_test

import (
	"net/http"
	"net/http/cookiejar"
	"net/url"
	"strings"
	"testing"

	"github.com/matchpoint/matchpoint/app"
	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/store/storetest"
	"github.com/matchpoint/matchpoint/web/webtest"
)

// B4, F4: served over TLS with an https base URL, every response carries HSTS, and
// each surface's session cookie is named __Host-mp_<surface> and is Secure,
// HttpOnly, SameSite=Lax, host-only with path /; a signed-in page works with
// it. Over plain HTTP there is no HSTS and no prefix.
func TestTLSCookiesAndHSTS_B4_F4(t *testing.T) {
	env := webtest.New(t, storetest.SQLite(t))
	cand := env.Acme.Candidate(t, env.Store, "Tess", "Tls")
	env.Acme.GiveCredentials(t, env.Store, domain.AudiencePortal, cand.ID)
	group := env.Acme.PortalGroup(t, env.Store)
	contact := env.Acme.Contact(t, env.Store, "Theo", "Tls", group.ID)
	env.Acme.GiveCredentials(t, env.Store, domain.AudienceHiring, contact.ID)
	_, srv, _ := webtest.Serve(t, env.DB, app.Config{DefaultTenant: "acme", PasswordParams: webtest.FastParams}, true)

	for _, c := range []struct{ prefix, email, home string }{
		{"/office", env.Acme.Recruiter.Email, "/office/candidates"},
		{"/portal", cand.Email, "/portal/"},
		{"/hiring", contact.Email, "/hiring/"},
	} {
		client := srv.Client()
		client.Jar, _ = cookiejar.New(nil)
		client.CheckRedirect = func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }
		form := url.Values{"email": {c.email}, "password": {webtest.Password}}
		res, err := client.PostForm(srv.URL+c.prefix+"/signin", form)
		if err != nil {
			t.Fatal(err)
		}
		res.Body.Close()
		if res.StatusCode != http.StatusSeeOther {
			t.Fatalf("%s sign-in over TLS: %d", c.prefix, res.StatusCode)
		}
		if hsts := res.Header.Get("Strict-Transport-Security"); !strings.Contains(hsts, "max-age=") {
			t.Errorf("%s: no HSTS over TLS: %q", c.prefix, hsts)
		}
		want := "__Host-mp_" + strings.TrimPrefix(c.prefix, "/")
		var session *http.Cookie
		for _, ck := range res.Cookies() {
			if ck.Name == want {
				session = ck
			} else if strings.HasPrefix(ck.Name, "mp_") {
				t.Errorf("%s: cookie %s without the __Host- prefix", c.prefix, ck.Name)
			}
		}
		if session == nil || !session.Secure || !session.HttpOnly || session.SameSite != http.SameSiteLaxMode ||
			session.Path != "/" || session.Domain != "" {
			t.Fatalf("%s: session cookie %+v, want %s Secure HttpOnly SameSite=Lax Path=/ host-only", c.prefix, session, want)
		}
		page, err := client.Get(srv.URL + c.home)
		if err != nil {
			t.Fatal(err)
		}
		page.Body.Close()
		if page.StatusCode != http.StatusOK || page.Header.Get("Strict-Transport-Security") == "" {
			t.Errorf("%s: signed-in page over TLS: %d, HSTS %q", c.prefix, page.StatusCode, page.Header.Get("Strict-Transport-Security"))
		}
	}

	plain := env.Client(t).SignIn("/office", env.Acme.Recruiter.Email, webtest.Password)
	if plain.Header.Get("Strict-Transport-Security") != "" || strings.Contains(plain.Header.Get("Set-Cookie"), "__Host-") {
		t.Errorf("plain HTTP: HSTS %q, cookie %q", plain.Header.Get("Strict-Transport-Security"), plain.Header.Get("Set-Cookie"))
	}
}
