package office_test

import (
	"html"
	"net/http"
	"strings"
	"testing"

	"github.com/matchpoint/matchpoint/mail"
	"github.com/matchpoint/matchpoint/store/storetest"
	"github.com/matchpoint/matchpoint/web/webtest"
)

// G2, B3, B5: with no SMTP server the mail waits in the outbox, where an
// admin reads it in full; a recruiter without the admin role and another
// agency's admin get 404.
func TestOutboxShowsMailReadably_G2_B3_B5(t *testing.T) {
	env := webtest.New(t, storetest.SQLite(t))
	data := mail.CredentialsData{Name: "Zoë Müller-François", Agency: "Acme", PortalURL: "https://acme.test/portal/",
		UserName: "zoe@example.com", Link: "https://acme.test/portal/password/tok-123", Hours: 72}
	m, err := mail.Enqueue(env.Acme.Ctx, env.Store, mail.Message{To: "zoe@example.com", Language: "fr", Key: "credentials_candidate", Data: data})
	if err != nil {
		t.Fatal(err)
	}
	for i := range 55 { // more than a page
		if _, err := mail.Enqueue(env.Acme.Ctx, env.Store, mail.Message{To: "bulk@example.com", Language: "en", Key: "password_reset",
			Data: mail.PasswordResetData{Name: "Bulk", Agency: "Acme", Link: "https://acme.test/r/" + string(rune('a'+i%26)), Hours: 1}}); err != nil {
			t.Fatal(err)
		}
	}
	admin := env.AdminClient(t)
	list := admin.Get("/office/outbox")
	if list.Status != http.StatusOK || strings.Contains(list.Body, "zoe@example.com") || !strings.Contains(list.Body, "page=2") ||
		!strings.Contains(list.Body, `href="/office/outbox"`) {
		t.Fatalf("first page: %d (the oldest mail belongs on page 2; the nav links the outbox)", list.Status)
	}
	page2 := admin.Get("/office/outbox?page=2")
	if !strings.Contains(page2.Body, "zoe@example.com") || !strings.Contains(page2.Body, "/office/outbox/"+id(m.ID)) ||
		!strings.Contains(page2.Body, "Waiting") {
		t.Fatalf("second page lacks the mail or its status: %s", page2.Body)
	}
	view := admin.Get("/office/outbox/" + id(m.ID))
	body := html.UnescapeString(view.Body)
	if view.Status != http.StatusOK || !strings.Contains(body, m.Subject) || !strings.Contains(body, "zoe@example.com") ||
		!strings.Contains(body, "Bonjour Zoë Müller-François") || !strings.Contains(body, "https://acme.test/portal/password/tok-123") {
		t.Fatalf("mail page: %d %s", view.Status, view.Body)
	}

	if res := env.Recruiter(t).Get("/office/outbox/" + id(m.ID)); res.Status != http.StatusNotFound {
		t.Errorf("recruiter without the admin role: %d", res.Status)
	}
	theirs := env.Client(t)
	theirs.Host = "other.test"
	theirs.SignInOffice(env.Other.Admin.Email)
	if res := theirs.Get("/office/outbox/" + id(m.ID)); res.Status != http.StatusNotFound {
		t.Errorf("other agency's admin: %d", res.Status)
	}
	if res := theirs.Get("/office/outbox"); res.Status != http.StatusOK || strings.Contains(res.Body, "zoe@example.com") {
		t.Errorf("other agency's outbox shows Acme's mail: %d", res.Status)
	}
	if res := admin.Get("/office/outbox/999999"); res.Status != http.StatusNotFound {
		t.Errorf("guessed id: %d", res.Status)
	}
}
