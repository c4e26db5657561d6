package office_test

import (
	"strings"
	"testing"

	"github.com/chromedp/chromedp"

	"github.com/matchpoint/matchpoint/store/storetest"
	"github.com/matchpoint/matchpoint/web/browsertest"
	"github.com/matchpoint/matchpoint/web/webtest"
)

// A1 in a real browser: the recruiter signs in with the form, searches a
// candidate by skill and opens the record.
func TestBrowserSignInSearchOpen_A1(t *testing.T) {
	env := webtest.New(t, storetest.SQLite(t))
	cand := env.Acme.Candidate(t, env.Store, "Lotte", "Visser")
	env.Acme.Candidate(t, env.Store, "Karel", "Smit")
	ctx := browsertest.New(t, 1200, 900)
	base := env.Server.URL
	err := chromedp.Do(ctx,
		chromedp.Navigate(base+"/office/"),
		chromedp.WaitVisible(chromedp.CSS(`input[name="email"]`)),
		chromedp.SendKeys(chromedp.CSS(`input[name="email"]`), env.Acme.Recruiter.Email),
		chromedp.SendKeys(chromedp.CSS(`input[name="password"]`), webtest.Password),
		chromedp.Submit(chromedp.CSS(`input[name="password"]`)),
		chromedp.WaitVisible(chromedp.CSS(`input[name="q"]`)),
		chromedp.SendKeys(chromedp.CSS(`input[name="q"]`), "visser"),
		chromedp.Submit(chromedp.CSS(`input[name="q"]`)),
		chromedp.WaitVisible(chromedp.CSS(`table.list`)),
	)
	if err != nil {
		t.Fatalf("sign in and search: %v", err)
	}
	rows, err := chromedp.Run(ctx, chromedp.Text(chromedp.CSS(`table.list tbody`)))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(rows, "Lotte Visser") || strings.Contains(rows, "Karel Smit") {
		t.Fatalf("search results: %q", rows)
	}
	if err := chromedp.Do(ctx, chromedp.Click(chromedp.CSS(`table.list a[href="/office/candidates/`+id(cand.ID)+`"]`)), chromedp.WaitVisible(chromedp.CSS(`h1`))); err != nil {
		t.Fatal(err)
	}
	loc, _ := chromedp.Run(ctx, chromedp.Location())
	h1, _ := chromedp.Run(ctx, chromedp.Text(chromedp.CSS(`h1`)))
	if !strings.HasSuffix(loc, "/office/candidates/"+id(cand.ID)) || h1 != "Lotte Visser" {
		t.Fatalf("opened %s with heading %q", loc, h1)
	}
}
