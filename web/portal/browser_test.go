package portal_test

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/matchpoint/matchpoint/app"
	"github.com/matchpoint/matchpoint/demo"
	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/store"
	"github.com/matchpoint/matchpoint/store/storetest"
	"github.com/matchpoint/matchpoint/web/browsertest"
	"github.com/matchpoint/matchpoint/web/webtest"
)

// demoPortal is the application on a small demo agency, served as the
// default tenant, with the demo candidate's record.
type demoPortal struct {
	url       string
	st        *store.Store
	ctx       context.Context // the demo tenant's
	candidate domain.Candidate
	signIns   map[string]demo.SignIn
}

func newDemoPortal(t *testing.T, db *store.DB, candidates int, cfg app.Config) *demoPortal {
	t.Helper()
	res, err := demo.Load(context.Background(), db, demo.Options{Candidates: candidates, Seed: 4})
	if err != nil {
		t.Fatal(err)
	}
	cfg.DefaultTenant = demo.Slug
	_, ts, _ := webtest.Serve(t, db, cfg, false)
	p := &demoPortal{url: ts.URL, st: db.Store(), ctx: store.WithTenant(context.Background(), res.TenantID), signIns: map[string]demo.SignIn{}}
	for _, s := range res.SignIns {
		if _, ok := p.signIns[s.Audience]; !ok {
			p.signIns[s.Audience] = s
		}
	}
	if p.candidate, err = p.st.CandidateByEmail(p.ctx, p.signIns["portal"].Email); err != nil {
		t.Fatal(err)
	}
	return p
}

func signInBrowser(t *testing.T, ctx context.Context, base, prefix string, s demo.SignIn) {
	t.Helper()
	err := chromedp.Do(ctx,
		chromedp.Navigate(base+prefix+"/signin"),
		chromedp.WaitVisible(chromedp.ID("f-email")),
		chromedp.SendKeys(chromedp.ID("f-email"), s.Email),
		chromedp.SendKeys(chromedp.ID("f-password"), s.Password),
		chromedp.Submit(chromedp.ID("f-password")),
		chromedp.WaitVisible(chromedp.CSS("span.who")),
	)
	if err != nil {
		t.Fatalf("sign in to %s: %v", prefix, err)
	}
}

func pdfFile(t *testing.T, name string) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(p, pdf, 0o600); err != nil {
		t.Fatal(err)
	}
	return p
}

// C1 C2 C3 C4 C5 C6 C7 C8 C9 B1 in a real browser on a phone-sized screen
// (375 px), as the demo candidate, once in English and once in Dutch: each
// numbered item of the issue is walked, and the recruiter's candidate page
// in the back office shows what the candidate did.
func TestBrowserPortalWalk_C1_C9_B1(t *testing.T) {
	p := newDemoPortal(t, storetest.SQLite(t), 40, app.Config{})
	ctx := browsertest.New(t, 375, 900)
	// Headless windows are at least 500 px wide: emulate the phone's viewport.
	if err := chromedp.Do(ctx, chromedp.EmulateViewport(375, 900)); err != nil {
		t.Fatal(err)
	}
	signInBrowser(t, ctx, p.url, "/portal", p.signIns["portal"])
	signInBrowser(t, ctx, p.url, "/office", p.signIns["office"])
	certificate, err := p.st.AttachmentTypes(p.ctx)
	if err != nil {
		t.Fatal(err)
	}
	var certID domain.ID
	for _, at := range certificate {
		if at.Name == "Certificate" {
			certID = at.ID
		}
	}
	text := func(t *testing.T, sel string) string {
		t.Helper()
		s, err := chromedp.Run(ctx, chromedp.Text(chromedp.CSS(sel)))
		if err != nil {
			t.Fatalf("text of %s: %v", sel, err)
		}
		return s
	}
	do := func(t *testing.T, what string, steps ...chromedp.Action[chromedp.Void]) {
		t.Helper()
		if err := chromedp.Do(ctx, steps...); err != nil {
			t.Fatalf("%s: %v", what, err)
		}
	}
	fitsPhone := func(t *testing.T, page string) {
		t.Helper()
		w, err := chromedp.Run(ctx, chromedp.Evaluate[int](`document.documentElement.scrollWidth`))
		if err != nil || w > 375 {
			wide, _ := chromedp.Run(ctx, chromedp.Evaluate[string](`Array.from(document.querySelectorAll('body *')).filter(e => e.getBoundingClientRect().right > 376).map(e => e.tagName + '#' + e.id + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().right)).slice(0, 8).join('; ') + ' inner ' + window.innerWidth`))
			t.Fatalf("%s is %d px wide on a 375 px screen (%v): %s", page, w, err, wide)
		}
		unlabelled, err := chromedp.Run(ctx, chromedp.Evaluate[int](`Array.from(document.querySelectorAll('main input:not([type=hidden]), main select, main textarea')).filter(e => !(e.labels && e.labels.length)).length`))
		if err != nil || unlabelled != 0 {
			t.Fatalf("%s has %d form fields without a label (%v)", page, unlabelled, err)
		}
	}
	officePage := fmt.Sprintf("%s/office/candidates/%d", p.url, p.candidate.ID)

	for _, lang := range []string{"en", "nl"} {
		t.Run(lang, func(t *testing.T) {
			// C1: the language first, so the rest of the walk speaks it.
			headline := "Go developer " + lang + " " + time.Now().Format("150405")
			do(t, "C1 profile",
				chromedp.Navigate(p.url+"/portal/profile"),
				chromedp.WaitVisible(chromedp.ID("profile-form")),
				chromedp.SetValue(chromedp.ID("f-language"), lang),
				chromedp.SetValue(chromedp.ID("f-headline"), headline),
				chromedp.Click(chromedp.ID("profile-save")),
				chromedp.WaitVisible(chromedp.CSS("p.flash")),
			)
			if got, _ := chromedp.Run(ctx, chromedp.Evaluate[string](`document.documentElement.lang`)); got != lang {
				t.Fatalf("page language %q after choosing %s", got, lang)
			}
			fitsPhone(t, "profile")
			do(t, "C1 experience",
				chromedp.Click(chromedp.ID("add-experience")),
				chromedp.WaitVisible(chromedp.ID("entry-form")),
				chromedp.SendKeys(chromedp.ID("f-employer"), "Walk BV "+lang),
				chromedp.SendKeys(chromedp.ID("f-title"), "Tester "+lang),
				chromedp.Click(chromedp.ID("entry-save")),
				chromedp.WaitVisible(chromedp.CSS("p.flash")),
				chromedp.Click(chromedp.ID("add-skill")),
				chromedp.WaitVisible(chromedp.ID("entry-form")),
				chromedp.SendKeys(chromedp.ID("f-name"), "Chromedp "+lang),
				chromedp.Click(chromedp.ID("entry-save")),
				chromedp.WaitVisible(chromedp.CSS("p.flash")),
			)
			// C2
			do(t, "C2 availability",
				chromedp.Navigate(p.url+"/portal/availability"),
				chromedp.WaitVisible(chromedp.ID("availability-form")),
				chromedp.SetValue(chromedp.ID("f-available_hours"), "24"),
				chromedp.SetValue(chromedp.ID("f-availability_note"), "Mornings only "+lang),
				chromedp.Click(chromedp.ID("availability-save")),
				chromedp.WaitVisible(chromedp.CSS("p.flash")),
			)
			fitsPhone(t, "availability")
			// C3
			do(t, "C3 CV",
				chromedp.Navigate(p.url+"/portal/cv"),
				chromedp.WaitVisible(chromedp.ID("cv-form")),
				chromedp.SetUploadFiles(chromedp.ID("f-file"), []string{pdfFile(t, "cv-walk-"+lang+".pdf")}),
				chromedp.Click(chromedp.ID("cv-upload")),
				chromedp.WaitVisible(chromedp.CSS("p.flash")),
			)
			if !strings.Contains(text(t, "#cv-list"), "cv-walk-"+lang+".pdf") {
				t.Fatal("C3: the CV is not listed")
			}
			fitsPhone(t, "cv")
			// C4
			do(t, "C4 documents",
				chromedp.Navigate(p.url+"/portal/documents"),
				chromedp.WaitVisible(chromedp.ID("document-form")),
				chromedp.SetValue(chromedp.ID("f-type_id"), fmt.Sprint(certID)),
				chromedp.SetUploadFiles(chromedp.ID("f-file"), []string{pdfFile(t, "certificate-"+lang+".pdf")}),
				chromedp.Click(chromedp.ID("document-upload")),
				chromedp.WaitVisible(chromedp.CSS("p.flash")),
			)
			if docs := text(t, "#documents"); !strings.Contains(docs, "certificate-"+lang+".pdf") || strings.Contains(docs, "Internal assessment") {
				t.Fatalf("C4: documents list %q", docs)
			}
			fitsPhone(t, "documents")
			// C5
			do(t, "C5 recruiter", chromedp.Navigate(p.url+"/portal/recruiter"), chromedp.WaitVisible(chromedp.ID("recruiter")))
			if !strings.Contains(text(t, "#owner-name"), p.candidate.OwnerName) {
				t.Fatalf("C5: recruiter tab shows %q", text(t, "#recruiter"))
			}
			// C6: one click changes the consent either way.
			do(t, "C6 consent", chromedp.Navigate(p.url+"/portal/consent"), chromedp.WaitVisible(chromedp.ID("consent-current")))
			before := text(t, "#consent-current")
			button := "#consent-give"
			if strings.Contains(before, "Withdraw") || strings.Contains(before, "intrekken") {
				button = "#consent-withdraw"
			}
			do(t, "C6 click", chromedp.Click(chromedp.CSS(button)), chromedp.WaitVisible(chromedp.CSS("p.flash")))
			if after := text(t, "#consent-current"); after == before || !strings.Contains(after, domain.ConsentTextVersion) {
				t.Fatalf("C6: consent did not change:\n%s\n%s", before, after)
			}
			// C7
			do(t, "C7 reports", chromedp.Navigate(p.url+"/portal/reports"), chromedp.WaitVisible(chromedp.ID("report-hours")))
			fitsPhone(t, "reports")
			// C8: the footer link in the page's language.
			href, err := chromedp.Run(ctx, chromedp.AttributeValue(chromedp.ID("privacy-statement"), "href"))
			if err != nil || !strings.HasSuffix(href.Value, "lang="+lang) {
				t.Fatalf("C8: footer link %q %v", href.Value, err)
			}
			// C9: name top right → Privacy → a request.
			do(t, "C9 privacy request",
				chromedp.Navigate(p.url+"/portal/"),
				chromedp.Click(chromedp.ID("person-menu")),
				chromedp.WaitVisible(chromedp.ID("menu-privacy")),
				chromedp.Click(chromedp.ID("menu-privacy")),
				chromedp.WaitVisible(chromedp.ID("privacy-form")),
				chromedp.Click(chromedp.ID("right-access")),
				chromedp.SendKeys(chromedp.ID("f-message"), "Please send my data "+lang),
				chromedp.Click(chromedp.ID("privacy-submit")),
				chromedp.WaitVisible(chromedp.CSS("p.flash")),
			)
			fitsPhone(t, "privacy")
			// B1: the demo candidate is 'Placed': full profile and timesheets.
			do(t, "B1 home", chromedp.Navigate(p.url+"/portal/"), chromedp.WaitVisible(chromedp.ID("tile-profile")), chromedp.WaitVisible(chromedp.ID("tile-timesheets")))
			fitsPhone(t, "home")

			// The back office shows it all on the recruiter's candidate page.
			do(t, "office", chromedp.Navigate(officePage), chromedp.WaitVisible(chromedp.CSS("main h1")))
			page := text(t, "main")
			for _, s := range []string{headline, "Tester " + lang, "Chromedp " + lang, "Mornings only " + lang,
				"cv-walk-" + lang + ".pdf", "certificate-" + lang + ".pdf"} {
				if !strings.Contains(page, s) {
					t.Fatalf("the back office's candidate page lacks %q", s)
				}
			}
			do(t, "office privacy queue", chromedp.Navigate(p.url+"/office/privacy"), chromedp.WaitVisible(chromedp.CSS("main h1")))
			if !strings.Contains(text(t, "main"), p.candidate.Name()) {
				t.Fatal("C9: the request is not in the back office's queue")
			}
		})
	}
	reqs, _, err := p.st.PrivacyRequests(p.ctx, store.PrivacyRequestFilter{CandidateID: p.candidate.ID})
	if err != nil || len(reqs) < 2 {
		t.Fatalf("C9: requests stored: %d %v", len(reqs), err)
	}
}
