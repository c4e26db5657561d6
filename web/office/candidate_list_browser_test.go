package office_test

import (
	"strings"
	"testing"

	"github.com/chromedp/chromedp"

	"github.com/matchpoint/matchpoint/store/storetest"
	"github.com/matchpoint/matchpoint/web/browsertest"
	"github.com/matchpoint/matchpoint/web/webtest"
)

// Issue 15 in a real browser, in English and in German: the recruiter
// filters the candidate list with the form, saves the search, opens it
// again from the list of saved searches, ticks a candidate and changes its
// owner with the bulk form, and reads the summary in its language.
func TestBrowserCandidateListFiltersSavedBulk_Issue15(t *testing.T) {
	for _, tc := range []struct {
		lang, summary, saved string
	}{
		{"en", "1 done, 0 skipped", "Saved searches"},
		{"de", "1 erledigt, 0 übersprungen", "Gespeicherte Suchen"},
	} {
		t.Run(tc.lang, func(t *testing.T) {
			env := webtest.New(t, storetest.SQLite(t))
			st, a := env.Store, env.Acme
			if _, err := env.DB.Raw().Exec(`UPDATE users SET language = $1 WHERE id = $2`, tc.lang, a.Recruiter.ID); err != nil {
				t.Fatal(err)
			}
			anna := a.Candidate(t, st, "Anna", "Amster")
			anna.City = "Amsterdam"
			if err := st.UpdateCandidate(a.Ctx, &anna); err != nil {
				t.Fatal(err)
			}
			a.Candidate(t, st, "Udo", "Utrecht")
			ctx := browsertest.New(t, 1280, 900)
			base := env.Server.URL
			err := chromedp.Do(ctx,
				chromedp.Navigate(base+"/office/candidates"),
				chromedp.WaitVisible(chromedp.CSS(`input[name="email"]`)),
				chromedp.SendKeys(chromedp.CSS(`input[name="email"]`), a.Recruiter.Email),
				chromedp.SendKeys(chromedp.CSS(`input[name="password"]`), webtest.Password),
				chromedp.Submit(chromedp.CSS(`input[name="password"]`)),
				chromedp.WaitVisible(chromedp.ID("list-filters")),
				chromedp.Click(chromedp.CSS(`details.list-more summary`)),
				chromedp.WaitVisible(chromedp.ID("f-city")),
				chromedp.SendKeys(chromedp.ID("f-city"), "amsterdam"),
				chromedp.Click(chromedp.CSS(`#list-filters button[type="submit"]`)),
				chromedp.WaitVisible(chromedp.CSS(`#list-filters a.btn[href="/office/candidates"]`)), // "clear filters": a filter is set
			)
			if err != nil {
				t.Fatalf("filter: %v", err)
			}
			rows, err := chromedp.Run(ctx, chromedp.Text(chromedp.CSS(`table.list tbody`)))
			if err != nil || !strings.Contains(rows, "Anna Amster") || strings.Contains(rows, "Udo Utrecht") {
				t.Fatalf("filtered rows %q, %v", rows, err)
			}
			err = chromedp.Do(ctx,
				chromedp.SendKeys(chromedp.ID("f-saved-name"), "Amsterdam"),
				chromedp.Click(chromedp.CSS(`form.saved-new button[type="submit"]`)),
				chromedp.WaitVisible(chromedp.CSS(`ul.saved-list a`)),
				chromedp.Navigate(base+"/office/candidates"),
				chromedp.WaitVisible(chromedp.CSS(`ul.saved-list a`)),
			)
			if err != nil {
				t.Fatalf("save the search: %v", err)
			}
			heading, _ := chromedp.Run(ctx, chromedp.Text(chromedp.ID("h-saved")))
			if heading != tc.saved {
				t.Errorf("saved searches heading %q, want %q", heading, tc.saved)
			}
			rows, _ = chromedp.Run(ctx, chromedp.Text(chromedp.CSS(`table.list tbody`)))
			if !strings.Contains(rows, "Udo Utrecht") {
				t.Fatalf("the whole list should show Udo: %q", rows)
			}
			err = chromedp.Do(ctx,
				chromedp.Click(chromedp.CSS(`ul.saved-list a`)),
				chromedp.WaitVisible(chromedp.CSS(`#list-filters a.btn[href="/office/candidates"]`)),
			)
			if err != nil {
				t.Fatalf("open the saved search: %v", err)
			}
			rows, _ = chromedp.Run(ctx, chromedp.Text(chromedp.CSS(`table.list tbody`)))
			if !strings.Contains(rows, "Anna Amster") || strings.Contains(rows, "Udo Utrecht") {
				t.Fatalf("saved search rows %q", rows)
			}
			err = chromedp.Do(ctx,
				chromedp.Click(chromedp.ID("sel-"+id(anna.ID))),
				chromedp.SetValue(chromedp.ID("b-action"), "owner"),
				chromedp.SetValue(chromedp.ID("b-owner"), id(a.Admin.ID)),
				chromedp.Click(chromedp.CSS(`#bulk button[type="submit"]`)),
				chromedp.WaitVisible(chromedp.ID("bulk-summary")),
			)
			if err != nil {
				t.Fatalf("bulk: %v", err)
			}
			summary, _ := chromedp.Run(ctx, chromedp.Text(chromedp.ID("bulk-summary")))
			if !strings.Contains(summary, tc.summary) {
				t.Errorf("summary %q, want %q", summary, tc.summary)
			}
			if got, _ := st.Candidate(a.Ctx, anna.ID); got.OwnerID != a.Admin.ID {
				t.Errorf("owner after the bulk action: %d", got.OwnerID)
			}
		})
	}
}
