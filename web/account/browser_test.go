package account_test

import (
	"strings"
	"testing"

	"github.com/chromedp/chromedp"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/store/storetest"
	"github.com/matchpoint/matchpoint/web/browsertest"
	"github.com/matchpoint/matchpoint/web/webtest"
)

// B3 B1 in a real browser: a candidate gets its credentials, follows the
// link read from the outbox, sets a password, signs in to the portal, sees
// its name, and signs out.
func TestBrowserCandidateCredentials_B3_B1(t *testing.T) {
	env := webtest.New(t, storetest.SQLite(t))
	cand := env.Acme.Candidate(t, env.Store, "Bram", "Browser")
	ctx := browsertest.New(t, 1200, 900)
	base := env.Server.URL
	// The recruiter clicks 'Send credentials' on the candidate's page.
	err := chromedp.Do(ctx,
		chromedp.Navigate(base+"/office/candidates/"+id(cand.ID)),
		chromedp.WaitVisible(chromedp.CSS(`input[name="email"]`)),
		chromedp.SendKeys(chromedp.CSS(`input[name="email"]`), env.Acme.Recruiter.Email),
		chromedp.SendKeys(chromedp.CSS(`input[name="password"]`), webtest.Password),
		chromedp.Submit(chromedp.CSS(`input[name="password"]`)),
		chromedp.WaitVisible(chromedp.ID("send-credentials")),
		chromedp.Click(chromedp.ID("send-credentials")),
		chromedp.WaitVisible(chromedp.CSS(`p.flash`)),
	)
	if err != nil {
		t.Fatalf("send credentials: %v", err)
	}
	link, _ := env.MailLink(t, env.Acme, cand.Email)
	err = chromedp.Do(ctx,
		chromedp.Navigate(link),
		chromedp.WaitVisible(chromedp.CSS(`input[name="confirm"]`)),
		chromedp.SendKeys(chromedp.CSS(`input[name="password"]`), newPassword),
		chromedp.SendKeys(chromedp.CSS(`input[name="confirm"]`), newPassword),
		chromedp.Submit(chromedp.CSS(`input[name="confirm"]`)),
		chromedp.WaitVisible(chromedp.CSS(`input[name="email"]`)),
		chromedp.SendKeys(chromedp.CSS(`input[name="email"]`), cand.Email),
		chromedp.SendKeys(chromedp.CSS(`input[name="password"]`), newPassword),
		chromedp.Submit(chromedp.CSS(`input[name="password"]`)),
		chromedp.WaitVisible(chromedp.CSS(`span.who`)),
	)
	if err != nil {
		t.Fatalf("set password and sign in: %v", err)
	}
	h1, err := chromedp.Run(ctx, chromedp.Text(chromedp.CSS(`h1`)))
	if err != nil {
		t.Fatal(err)
	}
	who, _ := chromedp.Run(ctx, chromedp.Text(chromedp.CSS(`span.who`)))
	if h1 != "Bram Browser" || who != "Bram Browser" {
		t.Fatalf("portal home shows %q / %q", h1, who)
	}
	err = chromedp.Do(ctx,
		chromedp.Click(chromedp.CSS(`form.signout button`)),
		chromedp.WaitVisible(chromedp.CSS(`input[name="password"]`)),
	)
	if err != nil {
		t.Fatalf("sign out: %v", err)
	}
	loc, _ := chromedp.Run(ctx, chromedp.Location())
	if !strings.HasSuffix(loc, "/portal/signin") {
		t.Fatalf("after sign-out at %s", loc)
	}
}

// B2 in a real browser: a contact signs in to the Hiring Portal and is shut
// out at once when a recruiter takes it out of the group.
func TestBrowserContactShutOut_B2(t *testing.T) {
	env := webtest.New(t, storetest.SQLite(t))
	group := env.Acme.PortalGroup(t, env.Store)
	contact := env.Acme.Contact(t, env.Store, "Greta", "Group", group.ID)
	env.Acme.GiveCredentials(t, env.Store, domain.AudienceHiring, contact.ID)
	ctx := browsertest.New(t, 375, 800)
	err := chromedp.Do(ctx,
		chromedp.Navigate(env.Server.URL+"/hiring/"),
		chromedp.WaitVisible(chromedp.CSS(`input[name="email"]`)),
		chromedp.SendKeys(chromedp.CSS(`input[name="email"]`), contact.Email),
		chromedp.SendKeys(chromedp.CSS(`input[name="password"]`), webtest.Password),
		chromedp.Submit(chromedp.CSS(`input[name="password"]`)),
		chromedp.WaitVisible(chromedp.ID("company")),
	)
	if err != nil {
		t.Fatalf("sign in: %v", err)
	}
	company, _ := chromedp.Run(ctx, chromedp.Text(chromedp.ID("company")))
	if company != contact.CompanyName {
		t.Fatalf("dashboard shows company %q", company)
	}
	rec := env.Recruiter(t)
	if res := rec.Post("/office/contacts/"+id(contact.ID), contactForm(contact)); res.Status != 303 {
		t.Fatalf("remove from group: %d", res.Status)
	}
	err = chromedp.Do(ctx,
		chromedp.Reload(),
		chromedp.WaitVisible(chromedp.CSS(`input[name="password"]`)),
	)
	if err != nil {
		t.Fatalf("reload after removal: %v", err)
	}
	loc, _ := chromedp.Run(ctx, chromedp.Location())
	if !strings.Contains(loc, "/hiring/signin") {
		t.Fatalf("still in after leaving the group: %s", loc)
	}
}
