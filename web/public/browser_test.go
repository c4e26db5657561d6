package public_test

import (
	"context"
	"slices"
	"strings"
	"testing"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/chromedp"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/store/storetest"
	"github.com/matchpoint/matchpoint/web/browsertest"
	"github.com/matchpoint/matchpoint/web/webtest"
)

// F1 in a real browser: every cookie the browser holds after signing in to
// and using all three surfaces is listed on /privacy, and every cookie the
// page lists for plain HTTP was really set. (The __Host- names are the same
// cookies over TLS; kit.Sessions derives both from one function.)
func TestBrowserCookiesMatchPrivacyPage_F1(t *testing.T) {
	env := webtest.New(t, storetest.SQLite(t))
	ctx := browsertest.New(t, 1200, 900)
	base := env.Server.URL
	c := env.Acme.Candidate(t, env.Store, "Cora", "Cookie")
	env.Acme.GiveCredentials(t, env.Store, domain.AudiencePortal, c.ID)
	group := env.Acme.PortalGroup(t, env.Store)
	contact := env.Acme.Contact(t, env.Store, "Hank", "Hiring", group.ID)
	env.Acme.GiveCredentials(t, env.Store, domain.AudienceHiring, contact.ID)
	signIn := func(prefix, email string) chromedp.Action[chromedp.Void] {
		return chromedp.Steps(
			chromedp.Navigate(base+prefix+"/signin"),
			chromedp.WaitVisible(chromedp.CSS(`input[name="email"]`)),
			chromedp.SendKeys(chromedp.CSS(`input[name="email"]`), email),
			chromedp.SendKeys(chromedp.CSS(`input[name="password"]`), webtest.Password),
			chromedp.Submit(chromedp.CSS(`input[name="password"]`)),
			chromedp.WaitNotPresent(chromedp.CSS(`input[name="password"]`)),
		)
	}
	err := chromedp.Do(ctx,
		chromedp.Navigate(base+"/office/"),
		chromedp.WaitVisible(chromedp.CSS(`input[name="email"]`)),
		chromedp.SendKeys(chromedp.CSS(`input[name="email"]`), env.Acme.Recruiter.Email),
		chromedp.SendKeys(chromedp.CSS(`input[name="password"]`), webtest.Password),
		chromedp.Submit(chromedp.CSS(`input[name="password"]`)),
		chromedp.WaitVisible(chromedp.CSS(`input[name="q"]`)),
		chromedp.Navigate(base+"/office/candidates/"+itoa(c.ID)),
		chromedp.WaitVisible(chromedp.CSS(`h1`)),
		chromedp.Navigate(base+"/office/privacy"),
		chromedp.WaitVisible(chromedp.CSS(`h1`)),
		signIn("/portal", c.Email),
		signIn("/hiring", contact.Email),
	)
	if err != nil {
		t.Fatalf("walk the back office: %v", err)
	}
	cookies, err := chromedp.Run(ctx, func(ctx context.Context, tg *chromedp.Target) ([]*network.Cookie, error) {
		res, err := cdp.Call(ctx, tg, network.GetCookies, network.GetCookiesParams{URLs: []string{base + "/"}})
		return res.Cookies, err
	})
	if err != nil {
		t.Fatal(err)
	}
	if err := chromedp.Do(ctx, chromedp.Navigate(base+"/privacy"), chromedp.WaitVisible(chromedp.CSS(`table.cookies`))); err != nil {
		t.Fatal(err)
	}
	listed, err := chromedp.Run(ctx, chromedp.Evaluate[[]string](`[...document.querySelectorAll("td.cookie-name code")].map(e => e.textContent)`))
	if err != nil {
		t.Fatal(err)
	}
	var set []string
	for _, k := range cookies {
		set = append(set, k.Name)
		if !slices.Contains(listed, k.Name) {
			t.Errorf("cookie %q is set but not listed on /privacy (listed: %v)", k.Name, listed)
		}
	}
	for _, name := range listed {
		// The single sign-on flow's cookie is set only where an agency
		// uses it, the freshness cookie only with a read replica; web/account's
		// single sign-on test and web's replica test check they are listed.
		if !strings.HasPrefix(name, "__Host-") && !strings.HasSuffix(name, "_sso") && name != "mp_fresh" && !slices.Contains(set, name) {
			t.Errorf("/privacy lists %q, but it was never set (set: %v)", name, set)
		}
	}
}
