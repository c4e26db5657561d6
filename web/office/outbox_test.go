package office_test

import (
	"html"
	"net/http"
	"strings"
	"testing"

	"github.com/matchpoint/matchpoint/app"
	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/mail"
	"github.com/matchpoint/matchpoint/store"
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

// B3, F4 (issue 11, finding 8): the outbox never shows a set-password or
// reset link as is, so an admin cannot take over the account a mail is for.
// Without a mail server (a trial, where the outbox is the only way the link
// reaches its person) an admin may reveal it, and that is audited; a mail to
// another admin is never revealed; once a mail server delivers, nothing is.
func TestOutboxMasksSecretLinks_B3_F4(t *testing.T) {
	env := webtest.New(t, storetest.SQLite(t))
	enqueue := func(to, link string) domain.ID {
		t.Helper()
		m, err := mail.Enqueue(env.Acme.Ctx, env.Store, mail.Message{To: to, Language: "en", Key: "password_reset",
			Data: mail.PasswordResetData{Name: "X", Agency: "Acme", Link: link, Minutes: 60, Hours: 1}})
		if err != nil {
			t.Fatal(err)
		}
		return m.ID
	}
	const secret = "SECRETTOKEN234"
	toCandidate := enqueue("rosa@example.com", "https://acme.test/portal/password/set?token="+secret)
	toAdmin := enqueue(env.Acme.Admin.Email, "https://acme.test/office/password/set?token="+secret)
	second := domain.User{Email: "second-admin@acme.test", Name: "Sid Second", Role: domain.RoleAdmin, Language: "en", Active: true}
	if err := env.Store.CreateUser(env.Acme.Ctx, &second); err != nil {
		t.Fatal(err)
	}
	toOtherAdmin := enqueue(second.Email, "https://acme.test/office/password/set?token="+secret)

	admin := env.AdminClient(t)
	for _, mid := range []domain.ID{toCandidate, toAdmin, toOtherAdmin} {
		if res := admin.Get("/office/outbox/" + id(mid)); res.Status != http.StatusOK || strings.Contains(res.Body, secret) ||
			!strings.Contains(html.UnescapeString(res.Body), "token="+domain.SecretMask) {
			t.Fatalf("mail %d shows its secret (or no mask): %d", mid, res.Status)
		}
	}
	revealed := admin.Post("/office/outbox/"+id(toCandidate)+"/reveal", nil)
	if revealed.Status != http.StatusOK || !strings.Contains(revealed.Body, secret) || !strings.Contains(revealed.Body, `id="outbox-revealed"`) {
		t.Fatalf("reveal in trial mode: %d", revealed.Status)
	}
	if res := admin.Post("/office/outbox/"+id(toAdmin)+"/reveal", nil); res.Status != http.StatusOK || !strings.Contains(res.Body, secret) {
		t.Fatalf("an admin's own mail: %d", res.Status)
	}
	res := admin.Post("/office/outbox/"+id(toOtherAdmin)+"/reveal", nil)
	if res.Status != http.StatusSeeOther || !strings.Contains(res.Location, "outbox.reveal.other_admin") {
		t.Fatalf("another admin's mail: %d %s", res.Status, res.Location)
	}
	if page := admin.Get(res.Location); strings.Contains(page.Body, secret) || !strings.Contains(page.Body, "never shown") {
		t.Fatalf("after the refusal: %d", page.Status)
	}
	if res := env.Recruiter(t).Post("/office/outbox/"+id(toCandidate)+"/reveal", nil); res.Status != http.StatusNotFound {
		t.Fatalf("a recruiter reveals: %d", res.Status)
	}
	entries, _, err := env.Store.AuditEntries(env.Acme.Ctx, store.AuditFilter{Action: "outbox_secret_revealed"})
	if err != nil || len(entries) != 2 || entries[1].ObjectID != toCandidate || entries[1].ActorID != env.Acme.Admin.ID {
		t.Fatalf("reveals in the audit log: %+v %v", entries, err)
	}

	// With a mail server the links reach their people by mail: none is shown.
	_, delivering, _ := webtest.Serve(t, env.DB, app.Config{DefaultTenant: "acme", PasswordParams: webtest.FastParams,
		SMTPURL: "smtp://127.0.0.1:1?from=noreply@acme.test"}, false)
	c := env.ClientOn(t, delivering.URL)
	c.SignInOffice(env.Acme.Admin.Email)
	if page := c.Get("/office/outbox/" + id(toCandidate)); strings.Contains(page.Body, secret) || strings.Contains(page.Body, `id="outbox-reveal"`) {
		t.Fatalf("delivering install offers the secret: %d", page.Status)
	}
	if res := c.Post("/office/outbox/"+id(toCandidate)+"/reveal", nil); res.Status != http.StatusSeeOther || !strings.Contains(res.Location, "outbox.reveal.delivered") {
		t.Fatalf("reveal with a mail server: %d %s", res.Status, res.Location)
	}
}
