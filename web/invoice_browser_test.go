package web_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/store"
	"github.com/matchpoint/matchpoint/store/storetest"
	"github.com/matchpoint/matchpoint/web/browsertest"
	"github.com/matchpoint/matchpoint/web/webtest"
)

// Issue 17 in a real browser: the admin runs January, reviews the draft
// and confirms it; the contact the client names finds the invoice in the
// Hiring Portal and downloads its PDF and XML; the admin credits one line
// and the contact finds the credit note too.
func TestBrowserInvoiceStory_I17(t *testing.T) {
	env := webtest.New(t, storetest.SQLite(t))
	w := env.Acme.InvoiceWorld(t, env.Store)
	ctx := browsertest.New(t, 1024, 900)
	base := env.Server.URL
	step := func(what string, actions ...chromedp.Action[chromedp.Void]) {
		t.Helper()
		if err := chromedp.Do(ctx, actions...); err != nil {
			t.Fatalf("%s: %v", what, err)
		}
	}
	text := func(what, sel string, want ...string) {
		t.Helper()
		got, err := chromedp.Run(ctx, chromedp.Text(chromedp.CSS(sel)))
		if err != nil {
			t.Fatalf("%s: %v", what, err)
		}
		for _, s := range want {
			if !strings.Contains(got, s) {
				t.Fatalf("%s: %q missing in %q", what, s, got)
			}
		}
	}
	signIn := func(prefix, email, landed string) {
		t.Helper()
		step("sign in to "+prefix,
			chromedp.Navigate(base+prefix+"/signin"),
			chromedp.WaitVisible(chromedp.CSS(`input[name="email"]`)),
			chromedp.SendKeys(chromedp.CSS(`input[name="email"]`), email),
			chromedp.SendKeys(chromedp.CSS(`input[name="password"]`), webtest.Password),
			chromedp.Submit(chromedp.CSS(`input[name="password"]`)),
			chromedp.WaitVisible(chromedp.CSS(landed)),
		)
	}
	// fetch downloads a link of the page in the browser, with its cookies,
	// and returns the content type and the first characters.
	fetch := func(href string) string {
		t.Helper()
		got, err := chromedp.Run(ctx, chromedp.Evaluate[string](
			`fetch(`+fmt.Sprintf("%q", href)+`).then(r => r.text().then(b => r.status + ' ' + r.headers.get('content-type') + ' ' + b.slice(0, 200)))`,
			chromedp.EvalAwaitPromise))
		if err != nil {
			t.Fatalf("fetch %s: %v", href, err)
		}
		return got
	}

	// The admin runs January for the client, reviews and confirms.
	signIn("/office", env.Acme.Admin.Email, `input[name="q"]`)
	step("new run",
		chromedp.Navigate(base+"/office/invoices"),
		chromedp.WaitVisible(chromedp.CSS(`a[href="/office/invoice-runs/new"]`)),
		chromedp.Click(chromedp.CSS(`a[href="/office/invoice-runs/new"]`)),
		chromedp.WaitVisible(chromedp.ID("f-period")),
		chromedp.SetValue(chromedp.ID("f-period"), "2026-01"),
		chromedp.Click(chromedp.ID(fmt.Sprintf("c-%d", w.Ingrid.CompanyID))),
		chromedp.Click(chromedp.ID("draft-run")),
		chromedp.WaitVisible(chromedp.ID("confirm-run")),
	)
	text("draft", "#run-invoices", "Ingrid Holding B.V.", "6,280.00", "7,598.80", "draft")
	step("confirm", chromedp.Click(chromedp.ID("confirm-run")), chromedp.WaitVisible(chromedp.CSS("p.flash")))
	text("confirmed", "#run-invoices", "2026-000001", "confirmed")

	// The contact finds it and downloads PDF and XML.
	signIn("/hiring", w.Ingrid.Email, "#company")
	step("invoices",
		chromedp.Click(chromedp.ID("invoices-link")),
		chromedp.WaitVisible(chromedp.ID("invoices")),
	)
	text("list", "#invoices", "2026-000001", "€7,598.80")
	list, _, err := env.Store.Invoices(env.Acme.Ctx, store.InvoiceFilter{Status: domain.InvoiceConfirmed})
	if err != nil || len(list) != 1 {
		t.Fatalf("invoices: %v %v", list, err)
	}
	inv := list[0]
	step("open", chromedp.Click(chromedp.CSS(fmt.Sprintf(`#invoices a[href="/hiring/invoices/%d"]`, inv.ID))), chromedp.WaitVisible(chromedp.ID("download-pdf")))
	pdfHref, err := chromedp.Run(ctx, chromedp.AttributeValue(chromedp.ID("download-pdf"), "href"))
	if err != nil {
		t.Fatal(err)
	}
	if got := fetch(pdfHref.Value); !strings.HasPrefix(got, "200 application/pdf %PDF-") {
		t.Fatalf("PDF download: %.60q", got)
	}
	xmlHref, err := chromedp.Run(ctx, chromedp.AttributeValue(chromedp.ID("download-xml"), "href"))
	if err != nil {
		t.Fatal(err)
	}
	if got := fetch(xmlHref.Value); !strings.HasPrefix(got, "200 application/xml <?xml") || !strings.Contains(got, "<Invoice ") {
		t.Fatalf("XML download: %.80q", got)
	}

	// The admin credits the second line (Monday to Wednesday of week 3).
	full, err := env.Store.Invoice(env.Acme.Ctx, inv.ID)
	if err != nil {
		t.Fatal(err)
	}
	signIn("/office", env.Acme.Admin.Email, `input[name="q"]`)
	step("credit a line",
		chromedp.Navigate(base+fmt.Sprintf("/office/invoices/%d", inv.ID)),
		chromedp.WaitVisible(chromedp.ID("draft-credit")),
		chromedp.Click(chromedp.ID(fmt.Sprintf("line-%d", full.Lines[1].ID))),
		chromedp.SendKeys(chromedp.ID("f-reason"), "Monday to Wednesday were billed at the wrong rate."),
		chromedp.Click(chromedp.ID("draft-credit")),
		chromedp.WaitVisible(chromedp.ID("confirm-credit")),
	)
	text("credit draft", "main", "Credit note", "1,200.00", "1,452.00")
	step("confirm credit", chromedp.Click(chromedp.ID("confirm-credit")), chromedp.WaitVisible(chromedp.ID("office-pdf")))
	text("credit confirmed", "#invoice-title", "2026-000002")

	signIn("/hiring", w.Ingrid.Email, "#company")
	step("invoices again, from the nav", chromedp.Click(chromedp.ID("nav-invoices")), chromedp.WaitVisible(chromedp.ID("invoices")))
	text("credit listed", "#invoices", "2026-000002", "Credit note", "€1,452.00")
}
