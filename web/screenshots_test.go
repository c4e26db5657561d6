//go:build screenshots

package web_test

import (
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/service"
	"github.com/matchpoint/matchpoint/store"
	"github.com/matchpoint/matchpoint/store/storetest"
	"github.com/matchpoint/matchpoint/web/browsertest"
	"github.com/matchpoint/matchpoint/web/webtest"
)

// EnvScreenshots names the folder TestScreenshots writes into; without it
// the test is skipped. doc/screenshots.sh sets it to doc/screenshots.
const EnvScreenshots = "MATCHPOINT_SCREENSHOTS"

// TestScreenshots photographs the main pages of the three surfaces at 1280
// and 375 px wide, for the README. It is a tool rather than a check: run it
// through doc/screenshots.sh.
func TestScreenshots(t *testing.T) {
	dir := os.Getenv(EnvScreenshots)
	if dir == "" {
		t.Skipf("set %s to a folder (doc/screenshots.sh does) to take the screenshots", EnvScreenshots)
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	env := webtest.New(t, storetest.SQLite(t))
	a := env.Acme
	w := a.TimesheetWorld(t, env.Store)
	ctx := a.Ctx

	// A vacancy with a board: a procedure of four phases, eight matches.
	proc := domain.Procedure{Name: "Standard"}
	if err := env.Store.SaveProcedure(ctx, &proc); err != nil {
		t.Fatal(err)
	}
	var phases []domain.Phase
	for _, n := range []string{"Longlist", "Proposed", "Interview", "Offer"} {
		ph := domain.Phase{ProcedureID: proc.ID, Name: n}
		if err := env.Store.SavePhase(ctx, &ph); err != nil {
			t.Fatal(err)
		}
		phases = append(phases, ph)
	}
	vac := domain.Vacancy{CompanyID: w.Carol.CompanyID, ContactID: w.Carol.ID, OwnerID: a.Recruiter.ID, ProcedureID: proc.ID,
		Title: "Forklift driver, night shift", Location: "Rotterdam", HoursPerWeek: 32, Status: domain.VacancyOpen,
		Description: "Night shifts in the port warehouse, a forklift licence is required."}
	if err := env.Store.CreateVacancy(ctx, &vac); err != nil {
		t.Fatal(err)
	}
	rec := env.Recruiter(t)
	names := [][2]string{{"Anna", "de Vries"}, {"Bram", "Jansen"}, {"Chloé", "Martin"}, {"Daan", "Visser"}, {"Emre", "Yılmaz"}, {"Fleur", "Bakker"}, {"Gijs", "Smit"}}
	for i, n := range names {
		c := a.Candidate(t, env.Store, n[0], n[1])
		if err := env.Store.SaveSkill(ctx, &domain.Skill{CandidateID: c.ID, Name: "Forklift", Level: 4}); err != nil {
			t.Fatal(err)
		}
		rec.Post(fmt.Sprintf("/office/vacancies/%d/matches", vac.ID), url.Values{"candidate_id": {itoa(c.ID)}, "phase_id": {itoa(phases[i%len(phases)].ID)}})
	}
	rec.Post(fmt.Sprintf("/office/vacancies/%d/matches", vac.ID), url.Values{"candidate_id": {itoa(w.Tess.ID)}, "phase_id": {itoa(phases[3].ID)}})

	// Tess sends this week's hours, so each surface has a timesheet.
	y, wk := domain.DateOf(time.Now().UTC()).ISOWeek()
	monday := domain.MondayOfISOWeek(y, wk)
	tess := env.Client(t)
	tess.MustSignIn("/portal", w.Tess.Email)
	week := fmt.Sprintf("/portal/timesheets/%d/%d/%d", w.Placement.ID, y, wk)
	form := url.Values{"action": {"send"}}
	for i := range 5 {
		form.Set(service.CellField(w.Hours.ID, monday.AddDays(i)), "8")
	}
	tess.Post(week, form)
	sheets, _, err := env.Store.Timesheets(ctx, store.TimesheetFilter{CandidateID: w.Tess.ID, Limit: 1})
	if err != nil || len(sheets) == 0 {
		t.Fatalf("no timesheet for the screenshots (%v)", err)
	}

	base := env.Server.URL
	pages := []struct{ name, prefix, email, path string }{
		{"office-dashboard", "/office", a.Recruiter.Email, "/office/"},
		{"office-candidates", "/office", a.Recruiter.Email, "/office/candidates"},
		{"office-candidate", "/office", a.Recruiter.Email, fmt.Sprintf("/office/candidates/%d", w.Tess.ID)},
		{"office-vacancy-board", "/office", a.Recruiter.Email, fmt.Sprintf("/office/vacancies/%d", vac.ID)},
		{"office-search", "/office", a.Recruiter.Email, "/office/search?q=forklift"},
		{"office-timesheet", "/office", a.Recruiter.Email, fmt.Sprintf("/office/timesheets/%d", sheets[0].ID)},
		{"portal-home", "/portal", w.Tess.Email, "/portal/"},
		{"portal-week", "/portal", w.Tess.Email, week},
		{"hiring-home", "/hiring", w.Carol.Email, "/hiring/"},
		{"hiring-timesheet", "/hiring", w.Carol.Email, fmt.Sprintf("/hiring/timesheets/%d", sheets[0].ID)},
	}
	for _, width := range []int{1280, 375} {
		tab := browsertest.New(t, width, 900)
		// A headless window is at least 500 px wide; the viewport is not.
		if err := chromedp.Do(tab, chromedp.EmulateViewport(int64(width), 900)); err != nil {
			t.Fatal(err)
		}
		signedIn := map[string]bool{}
		for _, p := range pages {
			if !signedIn[p.prefix] {
				if err := chromedp.Do(tab,
					chromedp.Navigate(base+p.prefix+"/signin"),
					chromedp.WaitVisible(chromedp.CSS(`input[name="email"]`)),
					chromedp.SendKeys(chromedp.CSS(`input[name="email"]`), p.email),
					chromedp.SendKeys(chromedp.CSS(`input[name="password"]`), webtest.Password),
					chromedp.Submit(chromedp.CSS(`input[name="password"]`)),
					chromedp.WaitVisible(chromedp.CSS(`.who`)), // landed, signed in
				); err != nil {
					t.Fatalf("sign in to %s: %v", p.prefix, err)
				}
				signedIn[p.prefix] = true
			}
			if err := chromedp.Do(tab, chromedp.Navigate(base+p.path), chromedp.WaitVisible(chromedp.CSS("h1"))); err != nil {
				t.Fatalf("%s: %v", p.path, err)
			}
			png, err := chromedp.Run(tab, chromedp.CaptureScreenshot())
			if err != nil {
				t.Fatalf("screenshot %s: %v", p.path, err)
			}
			file := filepath.Join(dir, fmt.Sprintf("%s-%d.png", p.name, width))
			if err := os.WriteFile(file, png, 0o644); err != nil {
				t.Fatal(err)
			}
			t.Logf("wrote %s", file)
		}
	}
}
