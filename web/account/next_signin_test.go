package account_test

import (
	"net/http"
	"net/url"
	"strings"
	"testing"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/store"
	"github.com/matchpoint/matchpoint/store/storetest"
	"github.com/matchpoint/matchpoint/web/webtest"
)

// B4 (issue 11, finding 10): on each surface, a sign-in whose next address
// would leave the site or the surface lands on the surface's start page;
// a path of the surface is kept, cleaned.
func TestSignInNextStaysOnSurface_B4(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		env := webtest.New(t, db)
		cand := env.Acme.Candidate(t, env.Store, "Nina", "Next")
		env.Acme.GiveCredentials(t, env.Store, domain.AudiencePortal, cand.ID)
		group := env.Acme.PortalGroup(t, env.Store)
		contact := env.Acme.Contact(t, env.Store, "Noah", "Next", group.ID)
		env.Acme.GiveCredentials(t, env.Store, domain.AudienceHiring, contact.ID)
		for _, s := range []struct{ prefix, email, other string }{
			{"/office", env.Acme.Recruiter.Email, "/portal"},
			{"/portal", cand.Email, "/hiring"},
			{"/hiring", contact.Email, "/office"},
		} {
			hostile := []string{
				s.prefix + `/../../\evil.example/x`,
				s.prefix + `/..%2f..%2fevil.example`,
				s.prefix + `/%5c%5cevil.example`,
				"//evil.example" + s.prefix + "/",
				"https://evil.example" + s.prefix + "/",
				s.prefix + "/../" + strings.TrimPrefix(s.other, "/") + "/",
				s.other + "/",
			}
			for _, next := range hostile {
				c := env.Client(t)
				if page := c.Get(s.prefix + "/signin?next=" + url.QueryEscape(next)); page.Status != http.StatusOK || strings.Contains(page.Body, "evil.example") {
					t.Errorf("%s sign-in form with next=%q: %d, or the form carries it on", s.prefix, next, page.Status)
				}
				res := c.Post(s.prefix+"/signin", url.Values{"email": {s.email}, "password": {webtest.Password}, "next": {next}})
				if res.Status != http.StatusSeeOther || res.Location != s.prefix+"/" {
					t.Errorf("%s sign-in with next=%q: %d Location %q, want %s/", s.prefix, next, res.Status, res.Location, s.prefix)
				}
			}
			c := env.Client(t)
			res := c.Post(s.prefix+"/signin", url.Values{"email": {s.email}, "password": {webtest.Password}, "next": {s.prefix + "/./security/../security?x=1"}})
			if res.Status != http.StatusSeeOther || res.Location != s.prefix+"/security?x=1" {
				t.Errorf("%s sign-in with a local next: %d Location %q", s.prefix, res.Status, res.Location)
			}
		}
	})
}
