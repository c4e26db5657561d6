package public_test

import (
	"net/http"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/matchpoint/matchpoint/store/storetest"
	"github.com/matchpoint/matchpoint/web/kit"
	"github.com/matchpoint/matchpoint/web/webtest"
)

var cookieCell = regexp.MustCompile(`<td class="cookie-name"><code>([^<]+)</code></td>`)

// F1: /privacy, public and in all four languages (from ?lang=, then the
// browser's), names the agency as controller and the platform as processor,
// lists the six rights, and lists exactly the cookies of kit.Cookies.
func TestPrivacyPageListsExactlyTheCookies_F1(t *testing.T) {
	env := webtest.New(t, storetest.SQLite(t))
	var want []string
	for _, c := range kit.Cookies() {
		want = append(want, c.Name)
	}
	if len(want) != 12 { // a session per surface, a single sign-on flow for two, the read replica's freshness; each plain and __Host-
		t.Fatalf("kit.Cookies = %v", want)
	}
	controller := map[string]string{"en": "is the controller", "nl": "verwerkingsverantwoordelijke", "de": "der Verantwortliche", "fr": "responsable du traitement"}
	erasure := map[string]string{"en": "Erasure", "nl": "Verwijdering", "de": "Löschung", "fr": "Effacement"}
	for _, lang := range []string{"en", "nl", "de", "fr"} {
		for _, how := range []string{"query", "header"} {
			c := env.Client(t)
			var res webtest.Response
			if how == "query" {
				res = c.Get("/privacy?lang=" + lang)
			} else {
				req := "/privacy"
				res = c.GetWithHeader(req, "Accept-Language", lang+";q=0.9, en;q=0.1")
			}
			if res.Status != http.StatusOK {
				t.Fatalf("%s %s: status %d", lang, how, res.Status)
			}
			if !strings.Contains(res.Body, `<html lang="`+lang+`">`) || !strings.Contains(res.Body, controller[lang]) ||
				!strings.Contains(res.Body, env.Acme.Tenant.Name) || !strings.Contains(res.Body, "Matchpoint") || !strings.Contains(res.Body, erasure[lang]) {
				t.Errorf("%s %s: page is not in its language or misses controller/processor", lang, how)
			}
			if n := strings.Count(res.Body, `<dt data-right=`); n != 6 {
				t.Errorf("%s: %d rights listed", lang, n)
			}
			var got []string
			for _, m := range cookieCell.FindAllStringSubmatch(res.Body, -1) {
				got = append(got, m[1])
			}
			if !slices.Equal(got, want) {
				t.Errorf("%s: cookies listed %v, want %v", lang, got, want)
			}
			if strings.Contains(res.Body, "privacy.cookie") {
				t.Errorf("%s: an untranslated key shows", lang)
			}
		}
	}
	// The other agency's host names the other agency as controller.
	c := env.Client(t)
	c.Host = "other.test"
	if res := c.Get("/privacy"); !strings.Contains(res.Body, env.Other.Tenant.Name) || strings.Contains(res.Body, env.Acme.Tenant.Name) {
		t.Error("the other agency's privacy page names the wrong controller")
	}
}

// F1: the cookie the back office really sets at sign-in is on the list.
func TestSessionCookieIsListed_F1(t *testing.T) {
	env := webtest.New(t, storetest.SQLite(t))
	c := env.Client(t)
	res := c.Post("/office/signin", map[string][]string{"email": {env.Acme.Recruiter.Email}, "password": {webtest.Password}})
	set := res.Header.Values("Set-Cookie")
	if len(set) == 0 {
		t.Fatal("no cookie set at sign-in")
	}
	listed := map[string]bool{}
	for _, k := range kit.Cookies() {
		listed[k.Name] = true
	}
	for _, line := range set {
		name, _, _ := strings.Cut(line, "=")
		if !listed[name] {
			t.Errorf("cookie %q is set but not on the privacy page", name)
		}
	}
}

func itoa(n int64) string { return strconv.FormatInt(n, 10) }
