package account_test

import (
	"net/http"
	"regexp"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/mail"
	"github.com/matchpoint/matchpoint/mail/mailtest"
	"github.com/matchpoint/matchpoint/store/storetest"
	"github.com/matchpoint/matchpoint/web/browsertest"
	"github.com/matchpoint/matchpoint/web/webtest"
)

var deliveredLink = regexp.MustCompile(`https?://\S+/password/set\?token=[A-Za-z0-9]+`)

// deliveredInvitation has the recruiter send the person its credentials,
// delivers the outbox to an SMTP server in the test's process with one round
// of the mail worker, and returns the set-password link read from the mail
// as the person received it.
func deliveredInvitation(t *testing.T, env *webtest.Env, path, to string) string {
	t.Helper()
	if res := env.Recruiter(t).Post(path+"/credentials", nil); res.Status != http.StatusSeeOther {
		t.Fatalf("send credentials: %d", res.Status)
	}
	server := mailtest.New(t)
	sender, err := mail.NewSMTP(server.URL())
	if err != nil {
		t.Fatal(err)
	}
	if n, err := (&mail.Worker{DB: env.DB, Sender: sender}).RunOnce(t.Context()); err != nil || n != 1 {
		t.Fatalf("deliver: %d mails, %v", n, err)
	}
	got := server.To(to)
	if len(got) != 1 {
		t.Fatalf("%d mails delivered to %s", len(got), to)
	}
	link := deliveredLink.FindString(got[0].Body)
	if link == "" {
		t.Fatalf("the delivered mail has no set-password link:\n%s", got[0].Body)
	}
	return link
}

// followInvitation sets newPassword through link in the browser, signs in to
// the surface at prefix, waits for sel on its home page and signs out.
func followInvitation(t *testing.T, link, prefix, email, sel string) {
	t.Helper()
	ctx := browsertest.New(t, 1000, 800)
	err := chromedp.Do(ctx,
		chromedp.Navigate(link),
		chromedp.WaitVisible(chromedp.CSS(`input[name="confirm"]`)),
		chromedp.SendKeys(chromedp.CSS(`input[name="password"]`), newPassword),
		chromedp.SendKeys(chromedp.CSS(`input[name="confirm"]`), newPassword),
		chromedp.Submit(chromedp.CSS(`input[name="confirm"]`)),
		chromedp.WaitVisible(chromedp.CSS(`input[name="email"]`)),
		chromedp.SendKeys(chromedp.CSS(`input[name="email"]`), email),
		chromedp.SendKeys(chromedp.CSS(`input[name="password"]`), newPassword),
		chromedp.Submit(chromedp.CSS(`input[name="password"]`)),
		chromedp.WaitVisible(chromedp.CSS(sel)),
	)
	if err != nil {
		t.Fatalf("set password and sign in: %v", err)
	}
	loc, _ := chromedp.Run(ctx, chromedp.Location())
	if !strings.Contains(loc, prefix+"/") || strings.Contains(loc, "/signin") {
		t.Fatalf("after sign-in at %s", loc)
	}
	err = chromedp.Do(ctx,
		chromedp.Click(chromedp.CSS(`form.signout button`)),
		chromedp.WaitVisible(chromedp.CSS(`input[name="password"]`)),
	)
	if err != nil {
		t.Fatalf("sign out: %v", err)
	}
	if loc, _ := chromedp.Run(ctx, chromedp.Location()); !strings.HasSuffix(loc, prefix+"/signin") {
		t.Fatalf("after sign-out at %s", loc)
	}
}

// B3 in a real browser, from a delivered mail: a candidate follows the
// invitation link of the mail the SMTP server received, sets its password,
// signs in to the Professional Portal and signs out.
func TestBrowserCandidateDeliveredInvitation_B3(t *testing.T) {
	env := webtest.New(t, storetest.SQLite(t))
	cand := env.Acme.Candidate(t, env.Store, "Dora", "Delivered")
	link := deliveredInvitation(t, env, "/office/candidates/"+id(cand.ID), cand.Email)
	if !strings.Contains(link, "/portal/password/set") {
		t.Fatalf("link %s", link)
	}
	followInvitation(t, link, "/portal", cand.Email, `span.who`)
}

// B3, B2 in a real browser, from a delivered mail: a contact in the portal
// group follows the invitation link of the delivered mail, sets its password,
// signs in to the Hiring Portal and signs out.
func TestBrowserContactDeliveredInvitation_B3_B2(t *testing.T) {
	env := webtest.New(t, storetest.SQLite(t))
	group := env.Acme.PortalGroup(t, env.Store)
	contact := env.Acme.Contact(t, env.Store, "Dirk", "Delivered", group.ID)
	link := deliveredInvitation(t, env, "/office/contacts/"+id(contact.ID), contact.Email)
	if !strings.Contains(link, "/hiring/password/set") {
		t.Fatalf("link %s", link)
	}
	followInvitation(t, link, "/hiring", contact.Email, `#company`)
	if a, err := env.Store.AccountByEmail(env.Acme.Ctx, domain.AudienceHiring, contact.Email); err != nil || a.PasswordHash == "" {
		t.Fatalf("contact has no password: %v", err)
	}
}
