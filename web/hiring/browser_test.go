package hiring_test

import (
	"strings"
	"testing"

	"github.com/chromedp/chromedp"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/store"
	"github.com/matchpoint/matchpoint/store/storetest"
	"github.com/matchpoint/matchpoint/web/browsertest"
	"github.com/matchpoint/matchpoint/web/webtest"
)

// E1 E2 E4 E6 E7 E9 E11 in a real browser on a phone-sized screen, once in
// English and once in Dutch: the contact signs in to its dashboard, approves
// one proposed candidate and rejects another, each with a comment (the back
// office shows the evaluations and the new phases), matches a pool
// candidate to its vacancy, creates a vacancy (it is in the back office) and
// sends a message, which the recruiter finds as a new portal message and
// which turns read once the recruiter opens it in full.
func TestBrowserHiringPortal_E1_E2_E4_E6_E7_E9_E11(t *testing.T) {
	for _, tc := range []struct {
		lang                                             string
		dashVacancies, approved, rejected, matched, sent string
	}{
		{"en", "Active vacancies", "Candidate approved", "Candidate rejected", "has been matched", "your message has been sent"},
		{"nl", "Actieve vacatures", "Kandidaat goedgekeurd", "Kandidaat afgewezen", "is aan uw vacature gematcht", "uw bericht is naar uw recruiter gestuurd"},
	} {
		t.Run(tc.lang, func(t *testing.T) {
			e := newHiringEnv(t, storetest.SQLite(t), tc.lang)
			walkPortal(t, e, tc.lang, tc.dashVacancies, tc.approved, tc.rejected, tc.matched, tc.sent)
		})
	}
}

func walkPortal(t *testing.T, e *hiringEnv, lang, dashVacancies, approved, rejected, matched, sent string) {
	ctx := browsertest.New(t, 375, 800)
	base := e.Server.URL
	flash := func(step, want string) {
		t.Helper()
		got, err := chromedp.Run(ctx, chromedp.Text(chromedp.CSS(`p.flash`)))
		if err != nil || !strings.Contains(got, want) {
			t.Fatalf("%s: flash %q (%v), want %q", step, got, err, want)
		}
	}

	// E2, E1: sign in and land on the dashboard in the contact's language.
	err := chromedp.Do(ctx,
		chromedp.Navigate(base+"/hiring/"),
		chromedp.WaitVisible(chromedp.CSS(`input[name="email"]`)),
		chromedp.SendKeys(chromedp.CSS(`input[name="email"]`), e.W.X1.Email),
		chromedp.SendKeys(chromedp.CSS(`input[name="password"]`), webtest.Password),
		chromedp.Submit(chromedp.CSS(`input[name="password"]`)),
		chromedp.WaitVisible(chromedp.ID("company")),
	)
	if err != nil {
		t.Fatalf("sign in: %v", err)
	}
	heading, err := chromedp.Run(ctx, chromedp.Text(chromedp.ID("h-vacancies")))
	if err != nil || !strings.Contains(heading, dashVacancies) {
		t.Fatalf("dashboard heading %q (%v)", heading, err)
	}
	if got, _ := chromedp.Run(ctx, chromedp.AttributeValue(chromedp.CSS("html"), "lang")); got.Value != lang {
		t.Fatalf("page language %q, want %q", got.Value, lang)
	}

	// E6, E7: approve Anna with a comment from the dashboard.
	err = chromedp.Do(ctx,
		chromedp.Click(chromedp.CSS(`#dash-candidates a[href="/hiring/candidates/`+id(e.W.MAnna.ID)+`"]`)),
		chromedp.WaitVisible(chromedp.ID("approve")),
		chromedp.SendKeys(chromedp.ID("f-comment"), "Strong welder, please invite her"),
		chromedp.Click(chromedp.ID("approve")),
		chromedp.WaitVisible(chromedp.CSS(`p.flash`)),
	)
	if err != nil {
		t.Fatalf("approve: %v", err)
	}
	flash("approve", approved)
	phase, _ := chromedp.Run(ctx, chromedp.Text(chromedp.ID("phase")))
	if phase != "Interview" {
		t.Fatalf("phase after approval %q", phase)
	}
	office := e.Recruiter(t).Get("/office/matches/" + id(e.W.MAnna.ID))
	wantIn(t, "back-office match", office.Body, []string{"Strong welder, please invite her", "<strong>Interview</strong>"}, nil)

	// E6: reject Ben with a comment, back from the dashboard; the page asks
	// first (issue 15) and the contact says yes.
	asked := browsertest.AcceptDialogs(t, ctx)
	err = chromedp.Do(ctx,
		chromedp.Navigate(base+"/hiring/"),
		chromedp.Click(chromedp.CSS(`#dash-candidates a[href="/hiring/candidates/`+id(e.W.MBen.ID)+`"]`)),
		chromedp.WaitVisible(chromedp.ID("reject")),
		chromedp.SendKeys(chromedp.ID("f-comment"), "Not enough night-shift experience"),
		chromedp.Click(chromedp.ID("reject")),
		chromedp.WaitVisible(chromedp.CSS(`p.flash`)),
	)
	if err != nil {
		t.Fatalf("reject: %v", err)
	}
	flash("reject", rejected)
	if q := asked(); len(q) != 1 || q[0] == "" {
		t.Fatalf("reject asked %q before sending", q)
	}
	office = e.Recruiter(t).Get("/office/matches/" + id(e.W.MBen.ID))
	wantIn(t, "back-office rejected match", office.Body, []string{"Not enough night-shift experience", "<strong>Rejected</strong>"}, nil)

	// E9: match Dave from the general pool with the Welder vacancy.
	err = chromedp.Do(ctx,
		chromedp.Navigate(base+"/hiring/pools"),
		chromedp.Click(chromedp.CSS(`a[href="/hiring/pools/`+id(e.W.General.ID)+`/candidates/`+id(e.W.Dave.ID)+`"]`)),
		chromedp.WaitVisible(chromedp.ID("match-button")),
		chromedp.SetValue(chromedp.ID("f-vacancy_id"), id(e.W.VX1.ID)),
		chromedp.Click(chromedp.ID("match-button")),
		chromedp.WaitVisible(chromedp.CSS(`p.flash`)),
	)
	if err != nil {
		t.Fatalf("pool match: %v", err)
	}
	flash("pool match", matched)
	if !hasMatch(t, e, e.W.Dave.ID, e.W.VX1.ID) {
		t.Fatalf("no match of Dave on Welder")
	}

	// E4: a new vacancy from the vacancies page.
	err = chromedp.Do(ctx,
		chromedp.Navigate(base+"/hiring/vacancies"),
		chromedp.Click(chromedp.ID("new-vacancy")),
		chromedp.WaitVisible(chromedp.ID("f-title")),
		chromedp.SendKeys(chromedp.ID("f-title"), "Forklift driver "+lang),
		chromedp.SetValue(chromedp.ID("f-department_id"), id(e.W.DeptX.ID)),
		chromedp.SendKeys(chromedp.ID("f-hours_per_week"), "38"),
		chromedp.Submit(chromedp.ID("f-title")),
		chromedp.WaitVisible(chromedp.CSS(`p.flash`)),
	)
	if err != nil {
		t.Fatalf("new vacancy: %v", err)
	}
	h1, _ := chromedp.Run(ctx, chromedp.Text(chromedp.CSS("h1")))
	if h1 != "Forklift driver "+lang {
		t.Fatalf("new vacancy page %q", h1)
	}
	list := e.Recruiter(t).Get("/office/vacancies")
	wantIn(t, "back-office vacancies", list.Body, []string{"Forklift driver " + lang}, nil)

	// E11: a message to the agency.
	err = chromedp.Do(ctx,
		chromedp.Navigate(base+"/hiring/contact"),
		chromedp.WaitVisible(chromedp.ID("f-body")),
		chromedp.SendKeys(chromedp.ID("f-subject"), "Start date"),
		chromedp.SendKeys(chromedp.ID("f-body"), "Can Anna start in May?"),
		chromedp.Click(chromedp.ID("send")),
		chromedp.WaitVisible(chromedp.CSS(`p.flash`)),
	)
	if err != nil {
		t.Fatalf("message: %v", err)
	}
	flash("message", sent)
	page := e.Recruiter(t).Get("/office/contacts/" + id(e.W.X1.ID))
	wantIn(t, "back-office contact", page.Body, []string{"Start date", "Can Anna start in May?"}, nil)

	// E11: the recruiter, in the same browser, finds it among the new portal
	// messages; the list's preview leaves it new, opening it in full reads it.
	status := func(step string) string {
		t.Helper()
		got, err := chromedp.Run(ctx, chromedp.Text(chromedp.CSS(`table.list tbody tr:first-child td:last-child`)))
		if err != nil {
			t.Fatalf("%s: message status: %v", step, err)
		}
		return got
	}
	err = chromedp.Do(ctx,
		chromedp.Navigate(base+"/office/signin"),
		chromedp.WaitVisible(chromedp.CSS(`input[name="email"]`)),
		chromedp.SendKeys(chromedp.CSS(`input[name="email"]`), e.Acme.Recruiter.Email),
		chromedp.SendKeys(chromedp.CSS(`input[name="password"]`), webtest.Password),
		chromedp.Submit(chromedp.CSS(`input[name="password"]`)),
		chromedp.WaitNotPresent(chromedp.CSS(`input[name="password"]`)), // signed in and moved on
		chromedp.Navigate(base+"/office/messages?status=new"),
		chromedp.WaitVisible(chromedp.CSS(`table.list`)),
	)
	if err != nil {
		t.Fatalf("recruiter to the messages: %v", err)
	}
	if got := status("listed"); got != "New portal message" {
		t.Fatalf("message in the list: status %q, want new", got)
	}
	err = chromedp.Do(ctx,
		chromedp.Click(chromedp.CSS(`table.list tbody tr:first-child a[href^="/office/notes/"]`)),
		chromedp.WaitVisible(chromedp.CSS(`div.pre`)), // the note in full
		chromedp.Navigate(base+"/office/messages"),
		chromedp.WaitVisible(chromedp.CSS(`table.list`)),
	)
	if err != nil {
		t.Fatalf("recruiter opens the message: %v", err)
	}
	if got := status("opened"); got != "Read portal message" {
		t.Fatalf("message after opening: status %q, want read", got)
	}
}

func hasMatch(t *testing.T, e *hiringEnv, candidateID, vacancyID domain.ID) bool {
	t.Helper()
	set, err := e.Store.Settings(e.Acme.Ctx)
	if err != nil {
		t.Fatal(err)
	}
	list, _, err := e.Store.PortalMatches(e.Acme.Ctx, store.PortalMatchFilter{ContactID: e.W.X1.ID, CompanyID: e.W.X.ID,
		SourceID: set.PortalSourceID, VacancyID: vacancyID, Limit: 50})
	if err != nil {
		t.Fatal(err)
	}
	for _, pm := range list {
		if pm.Match.CandidateID == candidateID {
			return true
		}
	}
	return false
}
