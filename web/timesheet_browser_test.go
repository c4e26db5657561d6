package web_test

import (
	"fmt"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/service"
	"github.com/matchpoint/matchpoint/store/storetest"
	"github.com/matchpoint/matchpoint/web/browsertest"
	"github.com/matchpoint/matchpoint/web/webtest"
)

// D1 D2 D3 D4 D5 D6 A5 in a real browser on a phone-sized screen: the
// candidate fills a week, saves it, attaches a receipt and sends it; the
// contact finds it in /hiring/timesheets and rejects it with a comment; the
// candidate sees the comment, corrects the week and sends it again; the
// contact approves; the back office shows the comments and the approval
// log, and the outbox holds the mails.
func TestBrowserTimesheetStory_D1_D2_D3_D4_D5_D6_A5(t *testing.T) {
	env := webtest.New(t, storetest.SQLite(t))
	w := env.Acme.TimesheetWorld(t, env.Store)
	ctx := browsertest.New(t, 375, 800)
	base := env.Server.URL
	step := func(what string, actions ...chromedp.Action[chromedp.Void]) {
		t.Helper()
		if err := chromedp.Do(ctx, actions...); err != nil {
			t.Fatalf("%s: %v", what, err)
		}
	}
	text := func(what string, sel string, want ...string) {
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
	y, wk := domain.DateOf(time.Now().UTC()).ISOWeek()
	monday := domain.MondayOfISOWeek(y, wk)
	cell := func(i int) string { return "f-" + service.CellField(w.Hours.ID, monday.AddDays(i)) }

	// D1, D2: the candidate opens the current week from its placements and saves a draft.
	signIn("/portal", w.Tess.Email, "#tile-timesheets")
	step("open the week",
		chromedp.Click(chromedp.ID("tile-timesheets")),
		chromedp.WaitVisible(chromedp.CSS(fmt.Sprintf("#placement-%d a", w.Placement.ID))),
		chromedp.Click(chromedp.CSS(fmt.Sprintf("#placement-%d a", w.Placement.ID))),
		chromedp.WaitVisible(chromedp.ID("grid")),
	)
	var fill []chromedp.Action[chromedp.Void]
	for i := range 5 {
		fill = append(fill, chromedp.SendKeys(chromedp.ID(cell(i)), "8"))
	}
	step("fill", fill...)
	step("save", chromedp.Click(chromedp.ID("save")), chromedp.WaitVisible(chromedp.CSS("p.flash")))
	text("saved", "p.flash", "draft was saved")
	text("draft total", "#week-total", "40.00")
	// Issue 15 item 6: at 375 px the week's total is in view and the page
	// does not scroll sideways.
	fits, err := chromedp.Run(ctx, chromedp.Evaluate[bool](`(r => r.left >= 0 && r.right <= window.innerWidth)(document.getElementById('week-total').getBoundingClientRect()) && document.documentElement.scrollWidth <= window.innerWidth`))
	if err != nil || !fits {
		t.Fatalf("the week total is out of view at 375 px (%v)", err)
	}

	// D3: a receipt.
	receipt := filepath.Join(t.TempDir(), "parking.txt")
	if err := os.WriteFile(receipt, []byte("parking 12.50"), 0o600); err != nil {
		t.Fatal(err)
	}
	step("attach", chromedp.SetUploadFiles(chromedp.ID("f-file"), []string{receipt}), chromedp.Click(chromedp.ID("attach")),
		chromedp.WaitVisible(chromedp.ID("receipts")))
	text("attached", "#receipts", "parking.txt")

	// D2: send.
	step("send", chromedp.Click(chromedp.ID("send")), chromedp.WaitVisible(chromedp.ID("read-only")))
	text("sent", "#status", "Sent")
	ts, err := env.Store.TimesheetForWeek(env.Acme.Ctx, w.Placement.ID, y, wk)
	if err != nil {
		t.Fatal(err)
	}

	// D4, D5: the contact finds it and rejects it with a comment.
	signIn("/hiring", w.Carol.Email, "#company")
	detail := fmt.Sprintf("/hiring/timesheets/%d", ts.ID)
	step("contact list",
		chromedp.Navigate(base+"/hiring/timesheets"),
		chromedp.WaitVisible(chromedp.CSS(`#timesheets a[href="`+detail+`"]`)),
		chromedp.Click(chromedp.CSS(`#timesheets a[href="`+detail+`"]`)),
		chromedp.WaitVisible(chromedp.ID("decide-form")),
	)
	text("contact sees the receipt", "#attachments", "parking.txt")
	asked := browsertest.AcceptDialogs(t, ctx)
	step("reject",
		chromedp.SendKeys(chromedp.ID("f-comment"), "Friday was a public holiday."),
		chromedp.Click(chromedp.ID("reject")),
		chromedp.WaitVisible(chromedp.CSS("p.flash")),
	)
	text("rejected", "#status", "Rejected")
	if q := asked(); len(q) != 1 {
		t.Fatalf("reject asked %q before sending", q)
	}

	// D6: the candidate sees the comment, clears Friday and sends again.
	step("open rejected week",
		chromedp.Navigate(base+fmt.Sprintf("/portal/timesheets/%d/%d/%d", w.Placement.ID, y, wk)),
		chromedp.WaitVisible(chromedp.ID("rejection")),
	)
	text("comment shown", "#rejection", "Friday was a public holiday.")
	step("correct and send",
		chromedp.Clear(chromedp.ID(cell(4))),
		chromedp.Click(chromedp.ID("send")),
		chromedp.WaitVisible(chromedp.ID("read-only")),
	)
	text("sent again", "#week-total", "32.00")

	// D5: the contact approves.
	step("approve",
		chromedp.Navigate(base+detail),
		chromedp.WaitVisible(chromedp.ID("approve")),
		chromedp.Click(chromedp.ID("approve")),
		chromedp.WaitVisible(chromedp.ID("decided")),
	)
	text("approved", "#status", "Approved")

	// A5: the back office shows the comments and the approval log.
	signIn("/office", env.Acme.Recruiter.Email, `input[name="q"]`)
	step("office timesheet", chromedp.Navigate(base+fmt.Sprintf("/office/timesheets/%d", ts.ID)), chromedp.WaitVisible(chromedp.ID("h-log")))
	text("office comments", "main", "Friday was a public holiday.", "Carol Client", "Tess Timmer", "Rejected", "Approved", "Sent")

	// The outbox: two mails to the contact (sent twice), two to the candidate.
	mails, _, err := env.Store.Mails(env.Acme.Ctx, 100, 0)
	if err != nil {
		t.Fatal(err)
	}
	count := map[string]int{}
	for _, m := range mails {
		count[m.To]++
	}
	if count[w.Carol.Email] != 2 || count[w.Tess.Email] != 2 {
		t.Fatalf("outbox: %v", count)
	}

	// G3: the back office's PDF of the approved week, fit for invoicing.
	pdf := env.Recruiter(t).Get(fmt.Sprintf("/office/timesheets/%d/pdf", ts.ID))
	if pdf.Status != http.StatusOK || !strings.HasPrefix(pdf.Body, "%PDF-") || pdf.Header.Get("Content-Type") != "application/pdf" {
		t.Fatalf("timesheet PDF: %d %q %q", pdf.Status, pdf.Header.Get("Content-Type"), pdf.Body[:min(8, len(pdf.Body))])
	}
}
