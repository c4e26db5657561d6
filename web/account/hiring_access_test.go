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

// contactForm is the back office's contact form filled with c.
func contactForm(c domain.Contact, groups ...domain.ID) url.Values {
	v := url.Values{"first_name": {c.FirstName}, "last_name": {c.LastName}, "email": {c.Email}, "language": {c.Language},
		"company_id": {id(c.CompanyID)}, "owner_id": {id(c.OwnerID)}}
	for _, g := range groups {
		v.Add("group_ids", id(g))
	}
	return v
}

func hiringSessions(t *testing.T, db *store.DB, contactID domain.ID) int {
	t.Helper()
	var n int
	if err := db.Raw().QueryRow(`SELECT COUNT(*) FROM sessions WHERE audience = 'hiring' AND subject_id = $1`, contactID).Scan(&n); err != nil {
		t.Fatal(err)
	}
	return n
}

// B2 B3: only a contact in the configured group gets credentials and signs
// in; taking it out of the group in the back office ends its sessions at
// once, and so does the group setting changing under it.
func TestContactGroupAccess_B2_B3(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		env := webtest.New(t, db)
		group := env.Acme.PortalGroup(t, env.Store)
		contact := env.Acme.Contact(t, env.Store, "Henk", "Hiring")
		rec := env.Recruiter(t)
		if res := rec.Post("/office/contacts/"+id(contact.ID)+"/credentials", nil); res.Status != http.StatusUnprocessableEntity ||
			!strings.Contains(res.Body, "not in the group") {
			t.Fatalf("credentials for a contact outside the group: %d", res.Status)
		}
		if res := rec.Post("/office/contacts/"+id(contact.ID), contactForm(contact, group.ID)); res.Status != http.StatusSeeOther {
			t.Fatalf("add to group: %d %s", res.Status, res.Body)
		}
		if res := rec.Post("/office/contacts/"+id(contact.ID)+"/credentials", nil); res.Status != http.StatusSeeOther {
			t.Fatalf("send credentials: %d", res.Status)
		}
		link, m := env.MailLink(t, env.Acme, contact.Email)
		if !strings.Contains(m.Body, "/hiring/") || !strings.Contains(m.Subject, "Hiring Portal") {
			t.Fatalf("contact mail:\n%s\n%s", m.Subject, m.Body)
		}
		c := env.Client(t)
		token := link[strings.Index(link, "token=")+6:]
		if res := c.Post("/hiring/password/set", url.Values{"token": {token}, "password": {newPassword}, "confirm": {newPassword}}); res.Status != http.StatusSeeOther {
			t.Fatalf("set password: %d", res.Status)
		}
		if res := c.SignIn("/hiring", contact.Email, newPassword); res.Status != http.StatusSeeOther {
			t.Fatalf("sign in: %d", res.Status)
		}
		home := c.Get("/hiring/")
		if home.Status != http.StatusOK || !strings.Contains(home.Body, contact.CompanyName) || !strings.Contains(home.Body, "Henk Hiring") {
			t.Fatalf("hiring home: %d\n%s", home.Status, home.Body)
		}

		// Out of the group: the sessions go with the save, and the next request is sent to sign in.
		if res := rec.Post("/office/contacts/"+id(contact.ID), contactForm(contact)); res.Status != http.StatusSeeOther {
			t.Fatalf("remove from group: %d", res.Status)
		}
		if n := hiringSessions(t, db, contact.ID); n != 0 {
			t.Fatalf("%d hiring sessions left after leaving the group", n)
		}
		if res := c.Get("/hiring/"); res.Status != http.StatusSeeOther || !strings.HasPrefix(res.Location, "/hiring/signin") {
			t.Fatalf("after leaving the group: %d %s", res.Status, res.Location)
		}
		if res := c.SignIn("/hiring", contact.Email, newPassword); res.Status != http.StatusUnauthorized {
			t.Fatalf("sign in outside the group: %d", res.Status)
		}

		// Back in; then the admin points the setting at another group: access ends on the next request.
		rec.Post("/office/contacts/"+id(contact.ID), contactForm(contact, group.ID))
		if res := c.SignIn("/hiring", contact.Email, newPassword); res.Status != http.StatusSeeOther {
			t.Fatalf("sign in back in the group: %d", res.Status)
		}
		other := domain.Group{Name: "Other"}
		if err := env.Store.SaveGroup(env.Acme.Ctx, &other); err != nil {
			t.Fatal(err)
		}
		set, _ := env.Store.Settings(env.Acme.Ctx)
		set.PortalGroupID = other.ID
		if err := env.Store.SaveSettings(env.Acme.Ctx, set); err != nil {
			t.Fatal(err)
		}
		if res := c.Get("/hiring/"); res.Status != http.StatusSeeOther {
			t.Fatalf("after the group setting changed: %d", res.Status)
		}
	})
}
