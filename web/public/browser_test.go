package public_test

import (
	"context"
	"slices"
	"testing"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/chromedp"

	"github.com/matchpoint/matchpoint/store/storetest"
	"github.com/matchpoint/matchpoint/web/browsertest"
	"github.com/matchpoint/matchpoint/web/webtest"
)

// F1 in a real browser: every cookie the browser holds after signing in and
// using the back office is listed on /privacy, and every cookie the page
// lists for the back office over plain HTTP was really set.
//
// The portal and hiring surfaces, and the __Host- names over TLS, join this
// walk when those surfaces exist (see kit.Cookies).
func TestBrowserCookiesMatchPrivacyPage_F1(t *testing.T) {
	env := webtest.New(t, storetest.SQLite(t))
	c := env.Acme.Candidate(t, env.Store, "Cora", "Cookie")
	ctx := browsertest.New(t, 1200, 900)
	base := env.Server.URL
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
	if !slices.Contains(set, "mp_office") {
		t.Errorf("the back office's session cookie was not set: %v", set)
	}
}
