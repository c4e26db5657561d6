package web_test

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/store/storetest"
	"github.com/matchpoint/matchpoint/web/browsertest"
	"github.com/matchpoint/matchpoint/web/webtest"
)

// Issue 17 in a real browser: the admin opens a candidate, follows its
// freelancer link, fills in the self-billing details with a wrong IBAN and
// sees the message next to the field, corrects it and saves; the candidate
// is a freelancer with the agreement recorded. With
// MATCHPOINT_SCREENSHOTS set, the refused form is saved there as a PNG.
func TestBrowserFreelancerForm_I17(t *testing.T) {
	env := webtest.New(t, storetest.SQLite(t))
	w := env.Acme.InvoiceWorld(t, env.Store)
	ctx := browsertest.New(t, 1024, 1400)
	base := env.Server.URL
	step := func(what string, actions ...chromedp.Action[chromedp.Void]) {
		t.Helper()
		if err := chromedp.Do(ctx, actions...); err != nil {
			t.Fatalf("%s: %v", what, err)
		}
	}
	step("sign in",
		chromedp.Navigate(base+"/office/signin"),
		chromedp.WaitVisible(chromedp.CSS(`input[name="email"]`)),
		chromedp.SendKeys(chromedp.CSS(`input[name="email"]`), env.Acme.Admin.Email),
		chromedp.SendKeys(chromedp.CSS(`input[name="password"]`), webtest.Password),
		chromedp.Submit(chromedp.CSS(`input[name="password"]`)),
		chromedp.WaitVisible(chromedp.CSS(`input[name="q"]`)),
	)
	step("candidate page", chromedp.Navigate(base+fmt.Sprintf("/office/candidates/%d", w.Ivo.ID)), chromedp.WaitVisible(chromedp.ID("freelancer-link")))
	step("fill in",
		chromedp.Click(chromedp.ID("freelancer-link")),
		chromedp.WaitVisible(chromedp.ID("f-trading_name")),
		chromedp.Click(chromedp.ID("f-freelancer")),
		chromedp.SendKeys(chromedp.ID("f-trading_name"), "Ivo Logistics"),
		chromedp.SendKeys(chromedp.ID("f-street"), "Kade 7"),
		chromedp.SendKeys(chromedp.ID("f-postal_code"), "3511 AA"),
		chromedp.SendKeys(chromedp.ID("f-city"), "Utrecht"),
		chromedp.SendKeys(chromedp.ID("f-country"), "NL"),
		chromedp.SendKeys(chromedp.ID("f-vat_number"), "NL001234567B01"),
		chromedp.SendKeys(chromedp.ID("f-iban"), "NL02ABNA0123456788"),
		chromedp.Click(chromedp.ID("f-agreement")),
		chromedp.SetValue(chromedp.ID("f-agreement_date"), "2026-01-02"),
		chromedp.Submit(chromedp.ID("f-iban")),
		chromedp.WaitVisible(chromedp.ID("e-iban")),
	)
	msg, err := chromedp.Run(ctx, chromedp.Text(chromedp.ID("e-iban")))
	if err != nil || !strings.Contains(msg, "IBAN is not valid") {
		t.Fatalf("the IBAN's message: %q %v", msg, err)
	}
	if dir := os.Getenv("MATCHPOINT_SCREENSHOTS"); dir != "" {
		png, err := chromedp.Run(ctx, chromedp.FullScreenshot(100))
		if err == nil {
			err = os.WriteFile(filepath.Join(dir, "freelancer-form.png"), png, 0o644)
		}
		if err != nil {
			t.Fatal(err)
		}
	}
	step("correct and save",
		chromedp.SetValue(chromedp.ID("f-iban"), "NL02ABNA0123456789"),
		chromedp.Submit(chromedp.ID("f-iban")),
		chromedp.WaitVisible(chromedp.CSS("p.flash")),
	)
	f, err := env.Store.FreelancerBilling(env.Acme.Ctx, w.Ivo.ID)
	if err != nil || !f.Freelancer || !f.Agreement || f.AgreementDate != domain.NewDate(2026, 1, 2) || f.IBAN != "NL02ABNA0123456789" || f.TradingName != "Ivo Logistics" {
		t.Fatalf("saved %+v %v", f, err)
	}
}
