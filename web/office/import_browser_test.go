package office_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/store"
	"github.com/matchpoint/matchpoint/store/storetest"
	"github.com/matchpoint/matchpoint/web/browsertest"
	"github.com/matchpoint/matchpoint/web/webtest"
)

// Issue 16 item 8 in a real browser: an admin uploads a CSV of
// candidates, maps the column the titles did not name, runs the dry run
// (its report names line 3's bad e-mail address by column, and nothing
// is written), then imports and watches the page until it is done.
func TestBrowserImportFlow_I16(t *testing.T) {
	db := storetest.SQLite(t)
	env := webtest.New(t, db)
	dir := t.TempDir()
	file := filepath.Join(dir, "kandidaten.csv")
	csv := "Kandidaatnummer;Voornaam;Achternaam;E-mailadres;Mobiel nummer\n" +
		"K-1;Anna;Smit;anna@example.nl;06-11112222\n" +
		"K-2;Bram;Jansen;bram.example.nl;06-33334444\n" +
		"K-3;Chloé;Dubois;chloe@example.fr;+33 6 12 34 56 78\n"
	if err := os.WriteFile(file, []byte(csv), 0o600); err != nil {
		t.Fatal(err)
	}
	candidates := func() int {
		list, _, err := env.Store.Candidates(env.Acme.Ctx, store.CandidateFilter{WithRestricted: true})
		if err != nil {
			t.Fatal(err)
		}
		return len(list)
	}
	before := candidates()

	ctx := browsertest.New(t, 1200, 900)
	base := env.Server.URL
	err := chromedp.Do(ctx,
		chromedp.Navigate(base+"/office/"),
		chromedp.WaitVisible(chromedp.CSS(`input[name="email"]`)),
		chromedp.SendKeys(chromedp.CSS(`input[name="email"]`), env.Acme.Admin.Email),
		chromedp.SendKeys(chromedp.CSS(`input[name="password"]`), webtest.Password),
		chromedp.Submit(chromedp.CSS(`input[name="password"]`)),
		chromedp.WaitVisible(chromedp.CSS(`input[name="q"]`)),
		chromedp.Navigate(base+"/office/settings/"),
		chromedp.Click(chromedp.CSS(`a[href="/office/imports"]`)),
		chromedp.WaitVisible(chromedp.CSS(`#import-upload`)),
		chromedp.SetValue(chromedp.CSS(`#f-kind`), "candidates"),
		chromedp.SetUploadFiles(chromedp.CSS(`#f-file`), []string{file}),
		chromedp.Click(chromedp.CSS(`#import-send`)),
		chromedp.WaitVisible(chromedp.CSS(`#import-mapping`)),
	)
	if err != nil {
		t.Fatalf("upload: %v", err)
	}
	// The titles map themselves but "Mobiel nummer"; the preview shows the rows.
	preview, err := chromedp.Run(ctx, chromedp.Text(chromedp.CSS(`#import-mapping table`)))
	if err != nil || !strings.Contains(preview, "Chloé") {
		t.Fatalf("preview: %q %v", preview, err)
	}
	for col, want := range map[string]string{"0": "external_id", "3": "email", "4": ""} {
		got, err := chromedp.Run(ctx, chromedp.Value(chromedp.CSS(`#column_`+col)))
		if err != nil || got != want {
			t.Errorf("column %s mapped to %q, want %q (%v)", col, got, want, err)
		}
	}
	err = chromedp.Do(ctx,
		chromedp.SetValue(chromedp.CSS(`#column_4`), "phone"),
		chromedp.Click(chromedp.CSS(`#import-map`)),
		chromedp.WaitVisible(chromedp.CSS(`p.flash`)),
		chromedp.Click(chromedp.CSS(`#import-check`)),
		chromedp.WaitVisible(chromedp.CSS(`#import-problems`)),
	)
	if err != nil {
		t.Fatalf("map and dry run: %v", err)
	}
	report, err := chromedp.Run(ctx, chromedp.Text(chromedp.CSS(`#import-problems tbody`)))
	if err != nil || !strings.Contains(report, "3") || !strings.Contains(report, "E-mailadres (D)") {
		t.Fatalf("dry run report: %q %v", report, err)
	}
	if got := candidates(); got != before {
		t.Fatalf("the dry run wrote %d candidates", got-before)
	}
	if err := chromedp.Do(ctx, chromedp.Click(chromedp.CSS(`#import-run`)), chromedp.WaitVisible(chromedp.CSS(`#import-status`))); err != nil {
		t.Fatalf("run: %v", err)
	}
	// The page refreshes itself while the import runs; look until done.
	deadline := time.Now().Add(2 * time.Minute)
	for {
		status, err := chromedp.Run(ctx, chromedp.AttributeValue(chromedp.CSS(`#import-status`), "data-status"))
		if err == nil && status.Value == string(domain.ImportDone) {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("the import did not finish: %q %v", status.Value, err)
		}
		// Not a timed assertion: a pause between looks at a page that
		// reloads itself (its Refresh header) until the deadline.
		_ = chromedp.Do(ctx, chromedp.Sleep(500*time.Millisecond))
	}
	counts, err := chromedp.Run(ctx, chromedp.AttributeValue(chromedp.CSS(`#import-counts`), "data-created"))
	if err != nil || counts.Value != "2" {
		t.Errorf("created: %q %v", counts.Value, err)
	}
	if got := candidates(); got != before+2 {
		t.Errorf("%d candidates imported, want 2", got-before)
	}
	id, err := env.Store.IDByExternalID(env.Acme.Ctx, domain.ImportCandidates, "K-3")
	if err != nil {
		t.Fatal(err)
	}
	if c, _ := env.Store.Candidate(env.Acme.Ctx, id); c.Phone != "+33 6 12 34 56 78" || c.FirstName != "Chloé" {
		t.Errorf("the mapped column was not imported: %+v", c)
	}
}
