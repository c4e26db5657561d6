package office_test

import (
	"net/http"
	"net/url"
	"strings"
	"testing"

	"github.com/matchpoint/matchpoint/store"
	"github.com/matchpoint/matchpoint/store/storetest"
	"github.com/matchpoint/matchpoint/web/webtest"
)

// mailsTo counts the outbox mails of the agency to address.
func mailsTo(t *testing.T, env *webtest.Env, a webtest.Agency, address string) int {
	t.Helper()
	mails, _, err := env.Store.Mails(a.Ctx, 200, 0)
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, m := range mails {
		if m.To == address {
			n++
		}
	}
	return n
}

// setPassword posts a set-password link's form on the surface and returns
// the status.
func setPassword(c *webtest.Client, surface, link, pw string) int {
	token := strings.SplitN(link, "token=", 2)[1]
	return c.Post(surface+"/password/set", url.Values{"token": {token}, "password": {pw}, "confirm": {pw}}).Status
}

// B5, B3, F4: an admin sends a recruiter a new set-password link; the mail
// is in the outbox in the recruiter's language, the earlier link no longer
// works and the new one does, and the audit log has it. A disabled
// recruiter gets none; a recruiter without the admin role and another
// agency's user id get 404.
func TestRecruiterNewLink_B5_B3_F4(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		env := webtest.New(t, db)
		ctx, st := env.Acme.Ctx, env.Store
		admin := env.AdminClient(t)
		form := url.Values{"name": {"Dora Deutsch"}, "email": {"dora@acme.test"}, "role": {"recruiter"}, "language": {"de"}}
		if res := admin.Post("/office/settings/users", form); res.Status != http.StatusSeeOther {
			t.Fatalf("add: %d", res.Status)
		}
		dora, err := st.UserByEmail(ctx, "dora@acme.test")
		if err != nil {
			t.Fatal(err)
		}
		first, _ := env.MailLink(t, env.Acme, dora.Email)
		if page := admin.Get("/office/settings/users"); !strings.Contains(page.Body, `action="/office/settings/users/`+id(dora.ID)+`/link"`) {
			t.Fatal("the list offers no new link for the recruiter")
		}

		path := "/office/settings/users/" + id(dora.ID) + "/link"
		res := admin.Post(path, nil)
		if res.Status != http.StatusSeeOther || !strings.Contains(res.Location, "flash=recruiters.link_sent") {
			t.Fatalf("new link: %d %s", res.Status, res.Location)
		}
		if page := admin.Get(res.Location); !strings.Contains(page.Body, "the earlier link no longer works") {
			t.Error("no flash message after sending the link")
		}
		if n := mailsTo(t, env, env.Acme, dora.Email); n != 2 {
			t.Fatalf("mails to the recruiter: %d, want the invitation and the new link", n)
		}
		second, m := env.MailLink(t, env.Acme, dora.Email)
		if second == first || !strings.Contains(m.Body, "Hallo Dora Deutsch") || !strings.Contains(second, "/office/password/set?token=") {
			t.Fatalf("the new mail (in German, with a new link): %s\n%s", second, m.Body)
		}
		anon := env.Client(t)
		if got := anon.Get(webtest.PathOf(t, first)).Status; got != http.StatusGone {
			t.Errorf("the earlier link opens: %d", got)
		}
		pw := "sea lantern orchard"
		if got := setPassword(anon, "/office", first, pw); got != http.StatusGone {
			t.Errorf("the earlier link sets a password: %d", got)
		}
		if got := setPassword(anon, "/office", second, pw); got != http.StatusSeeOther {
			t.Fatalf("the new link: %d", got)
		}
		if res := env.Client(t).SignIn("/office", dora.Email, pw); res.Status != http.StatusSeeOther {
			t.Errorf("sign in with the password from the new link: %d", res.Status)
		}
		entries, _, err := st.AuditEntries(ctx, store.AuditFilter{ObjectKind: "user", ObjectID: dora.ID, Action: "credentials_sent"})
		if err != nil || len(entries) != 1 || entries[0].ActorID != env.Acme.Admin.ID {
			t.Errorf("audit of the new link: %+v %v", entries, err)
		}

		// Refusals: each changes nothing and mails nobody.
		if res := env.Recruiter(t).Post(path, nil); res.Status != http.StatusNotFound {
			t.Errorf("recruiter without the admin role: %d", res.Status)
		}
		other := "/office/settings/users/" + id(env.Other.Recruiter.ID) + "/link"
		if res := admin.Post(other, nil); res.Status != http.StatusNotFound {
			t.Errorf("another agency's recruiter: %d", res.Status)
		}
		if n := mailsTo(t, env, env.Other, env.Other.Recruiter.Email); n != 0 {
			t.Errorf("another agency's recruiter got %d mails", n)
		}
		if res := admin.Post("/office/settings/users/"+id(dora.ID)+"/active", nil); res.Status != http.StatusSeeOther {
			t.Fatalf("disable: %d", res.Status)
		}
		res = admin.Post(path, nil)
		if res.Status != http.StatusConflict || !strings.Contains(res.Body, "is disabled and may not sign in") {
			t.Errorf("new link for a disabled recruiter: %d", res.Status)
		}
		if page := admin.Get("/office/settings/users"); strings.Contains(page.Body, `action="/office/settings/users/`+id(dora.ID)+`/link"`) {
			t.Error("the list offers a new link for a disabled recruiter")
		}
		if n := mailsTo(t, env, env.Acme, dora.Email); n != 2 {
			t.Errorf("mails to the recruiter after the refusals: %d", n)
		}
	})
}

// B3: sending a candidate or a contact its credentials again voids the
// earlier link, as for recruiters: only the newest mail's link works.
func TestCredentialsAgainVoidEarlierLink_B3(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		env := webtest.New(t, db)
		r := env.Acme.Records(t, env.Store)
		group := env.Acme.PortalGroup(t, env.Store)
		contact := env.Acme.Contact(t, env.Store, "Hanna", "Hiring", group.ID)
		rec := env.Recruiter(t)
		cases := []struct {
			surface, path, email string
		}{
			{"/portal", "/office/candidates/" + id(r.Candidate.ID) + "/credentials", r.Candidate.Email},
			{"/hiring", "/office/contacts/" + id(contact.ID) + "/credentials", contact.Email},
		}
		for _, c := range cases {
			var links []string
			for range 2 {
				if res := rec.Post(c.path, nil); res.Status != http.StatusSeeOther {
					t.Fatalf("%s: send credentials: %d %s", c.surface, res.Status, res.Body)
				}
				link, _ := env.MailLink(t, env.Acme, c.email)
				links = append(links, link)
			}
			if links[0] == links[1] {
				t.Fatalf("%s: the same link twice", c.surface)
			}
			anon := env.Client(t)
			if got := setPassword(anon, c.surface, links[0], "an earlier link's password"); got != http.StatusGone {
				t.Errorf("%s: the earlier link still works: %d", c.surface, got)
			}
			if got := setPassword(anon, c.surface, links[1], "the newest link's password"); got != http.StatusSeeOther {
				t.Errorf("%s: the newest link: %d", c.surface, got)
			}
		}
	})
}
