package webtest

import (
	"net/http"
	"net/url"
	"regexp"
	"strings"
	"testing"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/store"
)

// PortalGroup creates a contact group and makes it the one that grants
// Hiring Portal access (B2).
func (a Agency) PortalGroup(t testing.TB, st *store.Store) domain.Group {
	t.Helper()
	g := domain.Group{Name: "Hiring Portal"}
	if err := st.SaveGroup(a.Ctx, &g); err != nil {
		t.Fatalf("create group: %v", err)
	}
	set, err := st.Settings(a.Ctx)
	if err != nil {
		t.Fatal(err)
	}
	set.PortalGroupID = g.ID
	if err := st.SaveSettings(a.Ctx, set); err != nil {
		t.Fatal(err)
	}
	return g
}

// Contact creates a client company with one contact in groups.
func (a Agency) Contact(t testing.TB, st *store.Store, first, last string, groups ...domain.ID) domain.Contact {
	t.Helper()
	co := domain.Company{OwnerID: a.Recruiter.ID, Kind: domain.CompanyClient, Name: first + " Holding", City: "Leiden"}
	if err := st.CreateCompany(a.Ctx, &co); err != nil {
		t.Fatalf("create company: %v", err)
	}
	c := domain.Contact{CompanyID: co.ID, OwnerID: a.Recruiter.ID, FirstName: first, LastName: last,
		Email: strings.ToLower(first+"."+last) + "@client.test", Language: "en", GroupIDs: groups}
	if err := st.CreateContact(a.Ctx, &c); err != nil {
		t.Fatalf("create contact: %v", err)
	}
	c.CompanyName = co.Name
	return c
}

// GiveCredentials sets the fixture Password on a candidate (portal) or
// contact (hiring) directly, as if it had followed its credentials link.
func (a Agency) GiveCredentials(t testing.TB, st *store.Store, aud domain.Audience, id domain.ID) {
	t.Helper()
	if err := st.SetAccountPassword(a.Ctx, aud, id, fastHash); err != nil {
		t.Fatalf("give credentials: %v", err)
	}
}

// SignIn posts the sign-in form of a surface ("/portal") and returns the answer.
func (c *Client) SignIn(prefix, email, password string) Response {
	c.t.Helper()
	return c.Post(prefix+"/signin", url.Values{"email": {email}, "password": {password}})
}

// MustSignIn signs in to a surface with the fixture Password or fails the test.
func (c *Client) MustSignIn(prefix, email string) {
	c.t.Helper()
	if res := c.SignIn(prefix, email, Password); res.Status != http.StatusSeeOther {
		c.t.Fatalf("sign in %s to %s: status %d", email, prefix, res.Status)
	}
}

var linkPattern = regexp.MustCompile(`https?://\S+/password/set\?token=[A-Za-z0-9]+`)

// MailLink returns the set-password link of the newest outbox mail to
// address, and that mail; the test fails when there is none.
func (e *Env) MailLink(t testing.TB, a Agency, address string) (string, domain.Mail) {
	t.Helper()
	mails, _, err := e.Store.Mails(a.Ctx, 200, 0)
	if err != nil {
		t.Fatal(err)
	}
	for _, m := range mails {
		if m.To == address {
			link := linkPattern.FindString(m.Body)
			if link == "" {
				t.Fatalf("mail to %s has no set-password link:\n%s", address, m.Body)
			}
			return link, m
		}
	}
	t.Fatalf("no mail to %s in the outbox", address)
	return "", domain.Mail{}
}

// PathOf strips scheme and host from a link, for a Client.
func PathOf(t testing.TB, link string) string {
	t.Helper()
	u, err := url.Parse(link)
	if err != nil {
		t.Fatal(err)
	}
	return u.RequestURI()
}
