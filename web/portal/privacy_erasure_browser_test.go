package portal_test

import (
	"fmt"
	"net/http"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/store"
	"github.com/matchpoint/matchpoint/store/storetest"
	"github.com/matchpoint/matchpoint/web/browsertest"
	"github.com/matchpoint/matchpoint/web/webtest"
)

// C9, F2 in a real browser, the erasure story: the candidate asks for
// erasure in the portal; the recruiter sees the request with its due date in
// /office/privacy, opens it, previews what is kept (the timesheets of the
// legal hold) and confirms. Afterwards the candidate's name is gone from the
// back-office candidate page and search, the candidate can no longer sign
// in, and the timesheet is still there.
func TestBrowserErasureStory_C9_F2(t *testing.T) {
	env := webtest.New(t, storetest.SQLite(t))
	st, a := env.Store, env.Acme
	rec := a.Records(t, st)
	c := rec.Candidate
	a.GiveCredentials(t, st, domain.AudiencePortal, c.ID)
	base := env.Server.URL
	ctx := browsertest.New(t, 1200, 900)
	do := func(what string, steps ...chromedp.Action[chromedp.Void]) {
		t.Helper()
		if err := chromedp.Do(ctx, steps...); err != nil {
			t.Fatalf("%s: %v", what, err)
		}
	}
	text := func(sel string) string {
		t.Helper()
		s, err := chromedp.Run(ctx, chromedp.Text(chromedp.CSS(sel)))
		if err != nil {
			t.Fatalf("text of %s: %v", sel, err)
		}
		return s
	}

	// The candidate asks for erasure.
	do("portal sign-in",
		chromedp.Navigate(base+"/portal/signin"),
		chromedp.WaitVisible(chromedp.ID("f-email")),
		chromedp.SendKeys(chromedp.ID("f-email"), c.Email),
		chromedp.SendKeys(chromedp.ID("f-password"), webtest.Password),
		chromedp.Submit(chromedp.ID("f-password")),
		chromedp.WaitVisible(chromedp.CSS("span.who")),
	)
	do("erasure request",
		chromedp.Navigate(base+"/portal/privacy"),
		chromedp.WaitVisible(chromedp.ID("privacy-form")),
		chromedp.Click(chromedp.ID("right-erasure")),
		chromedp.SendKeys(chromedp.ID("f-message"), "Please delete everything about me."),
		chromedp.Click(chromedp.ID("privacy-submit")),
		chromedp.WaitVisible(chromedp.ID("privacy-requests")),
	)
	if got := text("#privacy-requests tbody"); !strings.Contains(got, "Erasure") {
		t.Fatalf("the portal lists %q", got)
	}
	reqs, _, err := st.PrivacyRequests(a.Ctx, store.PrivacyRequestFilter{CandidateID: c.ID})
	if err != nil || len(reqs) != 1 || reqs[0].Right != domain.PrivacyRight("erasure") {
		t.Fatalf("requests: %+v %v", reqs, err)
	}
	req := reqs[0]

	// The recruiter sees it in the queue with its due date, opens it and
	// previews the erasure.
	do("office sign-in",
		chromedp.Navigate(base+"/office/"),
		chromedp.WaitVisible(chromedp.CSS(`input[name="email"]`)),
		chromedp.SendKeys(chromedp.CSS(`input[name="email"]`), a.Recruiter.Email),
		chromedp.SendKeys(chromedp.CSS(`input[name="password"]`), webtest.Password),
		chromedp.Submit(chromedp.CSS(`input[name="password"]`)),
		chromedp.WaitVisible(chromedp.CSS(`input[name="q"]`)),
	)
	search := func() string {
		t.Helper()
		// Navigate waits for the results page to load, so no earlier page is read.
		do("search "+c.FirstName,
			chromedp.Navigate(base+"/office/candidates?q="+c.FirstName),
			chromedp.WaitVisible(chromedp.ID("q")),
		)
		return text("main")
	}
	if page := search(); !strings.Contains(page, c.Name()) {
		t.Fatalf("before erasure, search does not find the candidate: %q", page)
	}
	row := fmt.Sprintf(`tr[data-request="%d"]`, req.ID)
	do("queue", chromedp.Navigate(base+"/office/privacy"), chromedp.WaitVisible(chromedp.CSS(row)))
	if got := text(row); !strings.Contains(got, c.Name()) || !strings.Contains(got, req.DueAt.Format("2006-01-02")) {
		t.Fatalf("queue row %q lacks the name or the due date %s", got, req.DueAt.Format("2006-01-02"))
	}
	erase := fmt.Sprintf(`a[href="/office/candidates/%d/erase?request=%d"]`, c.ID, req.ID)
	do("open request and preview",
		chromedp.Click(chromedp.CSS(row+" a")),
		chromedp.WaitVisible(chromedp.CSS(erase)),
		chromedp.Click(chromedp.CSS(erase)),
		chromedp.WaitVisible(chromedp.ID("kept")),
	)
	if kept := text("#kept"); !strings.Contains(kept, "1 timesheets") {
		t.Fatalf("the preview does not show the kept timesheet: %q", kept)
	}
	do("confirm",
		chromedp.Click(chromedp.CSS(`form[action$="/erase"] button[type="submit"]`)),
		chromedp.WaitVisible(chromedp.ID("h-exports")),
	)

	// The name is gone from the candidate page and from search.
	do("candidate page", chromedp.Navigate(fmt.Sprintf("%s/office/candidates/%d", base, c.ID)), chromedp.WaitVisible(chromedp.CSS("h1")))
	if page := text("main"); strings.Contains(page, c.FirstName) || strings.Contains(page, c.Name()) || strings.Contains(page, c.Email) {
		t.Fatalf("the candidate page still shows the candidate: %q", page)
	}
	if page := search(); strings.Contains(page, c.FirstName) {
		t.Fatalf("search still finds the candidate: %q", page)
	}

	// The candidate can no longer sign in.
	if res := env.Client(t).SignIn("/portal", c.Email, webtest.Password); res.Status == http.StatusSeeOther {
		t.Fatal("the erased candidate still signs in")
	}
	do("portal after erasure", chromedp.Navigate(base+"/portal/privacy"), chromedp.WaitVisible(chromedp.CSS("main")))
	if page := text("main"); strings.Contains(page, "Please delete everything") || strings.Contains(page, c.FirstName) {
		t.Fatalf("the portal still shows the candidate's page: %q", page)
	}

	// The timesheet of the legal hold is still there.
	ts, err := st.Timesheet(a.Ctx, rec.Timesheet.ID)
	if err != nil || ts.PlacementID != rec.Placement.ID {
		t.Fatalf("timesheet after erasure: %+v %v", ts, err)
	}
	do("timesheet", chromedp.Navigate(fmt.Sprintf("%s/office/timesheets/%d", base, rec.Timesheet.ID)), chromedp.WaitVisible(chromedp.CSS("h1")))
	if h1 := text("h1"); h1 == "" || strings.Contains(h1, "wrong") || strings.Contains(h1, "not found") {
		t.Fatalf("timesheet page after erasure: %q", h1)
	}
}
