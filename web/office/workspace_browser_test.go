package office_test

import (
	"context"
	"fmt"
	"net/url"
	"strings"
	"testing"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/store/storetest"
	"github.com/matchpoint/matchpoint/web/browsertest"
	"github.com/matchpoint/matchpoint/web/webtest"
)

// workspace is one recruiter's browser on a vacancy with a board of three
// matches, in the language the test chose.
type workspace struct {
	t       *testing.T
	env     *webtest.Env
	ctx     context.Context
	base    string
	h       hiring
	v       domain.Vacancy
	matches map[string]domain.ID // by the candidate's last name
}

func (w *workspace) do(step string, actions ...chromedp.Action[chromedp.Void]) {
	w.t.Helper()
	if err := chromedp.Do(w.ctx, actions...); err != nil {
		w.t.Fatalf("%s: %v", step, err)
	}
}

func (w *workspace) eval(expr string) string {
	w.t.Helper()
	s, err := chromedp.Run(w.ctx, chromedp.Evaluate[string](expr))
	if err != nil {
		w.t.Fatalf("evaluate %s: %v", expr, err)
	}
	return s
}

func (w *workspace) truth(expr string) bool {
	w.t.Helper()
	b, err := chromedp.Run(w.ctx, chromedp.Evaluate[bool](expr))
	if err != nil {
		w.t.Fatalf("evaluate %s: %v", expr, err)
	}
	return b
}

// history is the phases a match went through, as the store recorded them.
func (w *workspace) history(matchID domain.ID) []domain.ID {
	w.t.Helper()
	list, err := w.env.Store.PhaseChanges(w.env.Acme.Ctx, matchID)
	if err != nil {
		w.t.Fatal(err)
	}
	var out []domain.ID
	for _, c := range list {
		out = append(out, c.ToPhaseID)
	}
	return out
}

// newWorkspace signs the recruiter in, speaking lang, with a vacancy whose
// board has three matches in its first phase.
func newWorkspace(t *testing.T, lang string, width, height int) *workspace {
	env := webtest.New(t, storetest.SQLite(t))
	if _, err := env.DB.Raw().Exec(`UPDATE users SET language = $1 WHERE tenant_id = $2`, lang, env.Acme.Tenant.ID); err != nil {
		t.Fatal(err)
	}
	w := &workspace{t: t, env: env, base: env.Server.URL, matches: map[string]domain.ID{}}
	w.h = newHiring(t, env, env.Acme, "Boardwalk Logistics")
	w.v = w.h.vacancy(t, env, env.Acme, "Night shift lead")
	rec := env.Recruiter(t)
	for _, last := range []string{"Ahmadi", "Bakker", "Claes"} {
		c := env.Acme.Candidate(t, env.Store, "Board", last)
		res := rec.Post("/office/vacancies/"+id(w.v.ID)+"/matches", url.Values{"candidate_id": {id(c.ID)}, "phase_id": {id(w.h.proc.Phases[0].ID)}})
		if res.Status != 303 {
			t.Fatalf("match %s: %d", last, res.Status)
		}
		mid := strings.TrimPrefix(strings.SplitN(res.Location, "?", 2)[0], "/office/matches/")
		var n domain.ID
		if _, err := fmt.Sscan(mid, &n); err != nil {
			t.Fatalf("match id in %q: %v", res.Location, err)
		}
		w.matches[last] = n
	}
	w.ctx = browsertest.New(t, width, height)
	w.do("sign in",
		chromedp.Navigate(w.base+"/office/"),
		chromedp.WaitVisible(chromedp.CSS(`input[name="email"]`)),
		chromedp.SendKeys(chromedp.CSS(`input[name="email"]`), env.Acme.Recruiter.Email),
		chromedp.SendKeys(chromedp.CSS(`input[name="password"]`), webtest.Password),
		chromedp.Submit(chromedp.CSS(`input[name="password"]`)),
		chromedp.WaitVisible(chromedp.ID("global-q")),
	)
	if got := w.eval(`document.documentElement.lang`); got != lang {
		t.Fatalf("page language %q, want %s", got, lang)
	}
	return w
}

// Issue 15 item 4: the vacancy's board moves a match by drag and drop, by
// the arrow keys and, with scripts off, by the card's own form; each move
// goes through the service and lands in the phase history.
func TestBrowserBoardMoves_Issue15(t *testing.T) {
	for _, lang := range []string{"en", "nl"} {
		t.Run(lang, func(t *testing.T) {
			w := newWorkspace(t, lang, 1280, 900)
			p := w.h.proc.Phases
			board := w.base + "/office/vacancies/" + id(w.v.ID)
			card := func(last string) string { return fmt.Sprintf(`li.board-card[data-match-id="%d"]`, w.matches[last]) }
			column := func(phase domain.ID) string { return fmt.Sprintf(`.board-col[data-phase-id="%d"]`, phase) }
			inColumn := func(last string, phase domain.ID) bool {
				return w.truth(fmt.Sprintf(`!!document.querySelector('%s %s')`, column(phase), card(last)))
			}
			w.do("open the board", chromedp.Navigate(board), chromedp.WaitVisible(chromedp.ID("board")))
			if n := w.eval(`String(document.querySelectorAll('#board .board-card').length)`); n != "3" {
				t.Fatalf("board shows %s cards, want 3", n)
			}
			if !w.truth(`document.documentElement.classList.contains('scripted')`) {
				t.Fatal("app.js did not run under the Content-Security-Policy")
			}

			// Keyboard: focus Ahmadi's card, arrow right → the second phase.
			w.do("keyboard move",
				chromedp.Focus(chromedp.CSS(card("Ahmadi"))),
				chromedp.KeyEvent(kb.ArrowRight),
				chromedp.Poll[chromedp.Void](`document.getElementById('board-status').textContent.includes('Board Ahmadi')`),
			)
			if h := w.history(w.matches["Ahmadi"]); len(h) != 2 || h[1] != p[1].ID {
				t.Fatalf("history after the keyboard move: %v, want [%d %d]", h, p[0].ID, p[1].ID)
			}
			if !inColumn("Ahmadi", p[1].ID) {
				t.Fatal("the card did not move to the second column")
			}

			// Drag and drop: Bakker's card onto the empty third column.
			w.do("drag and drop",
				chromedp.DragAndDrop(chromedp.CSS(card("Bakker")+" a"), chromedp.CSS(column(p[2].ID)+" .board-cards")),
				chromedp.Poll[chromedp.Void](`document.getElementById('board-status').textContent.includes('Board Bakker')`),
			)
			if h := w.history(w.matches["Bakker"]); len(h) != 2 || h[1] != p[2].ID {
				t.Fatalf("history after drag and drop: %v, want [%d %d]", h, p[0].ID, p[2].ID)
			}
			// The page as the server sees it now agrees with the board.
			w.do("reload", chromedp.Reload(), chromedp.WaitVisible(chromedp.ID("board")))
			if !inColumn("Ahmadi", p[1].ID) || !inColumn("Bakker", p[2].ID) || !inColumn("Claes", p[0].ID) {
				t.Fatal("after a reload the cards are not where they were moved")
			}

			// Scripts off: the card's own form moves Claes and comes back
			// to the board with a message.
			if _, err := chromedp.Call(w.ctx, emulation.SetScriptExecutionDisabled, emulation.SetScriptExecutionDisabledParams{Value: true}); err != nil {
				t.Fatal(err)
			}
			w.do("plain form",
				chromedp.Navigate(board),
				chromedp.WaitVisible(chromedp.CSS(card("Claes")+" form.move-form button")),
				chromedp.SetValue(chromedp.CSS(card("Claes")+" select"), id(p[2].ID)),
				chromedp.Click(chromedp.CSS(card("Claes")+" form.move-form button")),
				chromedp.WaitVisible(chromedp.CSS("p.flash")),
			)
			if h := w.history(w.matches["Claes"]); len(h) != 2 || h[1] != p[2].ID {
				t.Fatalf("history after the plain form: %v", h)
			}
			loc, _ := chromedp.Run(w.ctx, chromedp.Location())
			if !strings.Contains(loc, "/office/vacancies/"+id(w.v.ID)) || !inColumn("Claes", p[2].ID) {
				t.Fatalf("the plain form came back to %s", loc)
			}
			if flash := w.eval(`document.querySelector('p.flash').textContent`); flash == "" || strings.Contains(flash, "match.board") {
				t.Fatalf("flash %q", flash)
			}
		})
	}
}

// Issue 15 item 5: the header's search finds candidates, companies,
// contacts and vacancies of the agency only, grouped by kind.
func TestBrowserGlobalSearch_Issue15(t *testing.T) {
	for _, lang := range []string{"en", "de"} {
		t.Run(lang, func(t *testing.T) {
			w := newWorkspace(t, lang, 1280, 900)
			w.env.Other.Candidate(t, w.env.Store, "Board", "Elsewhere")
			w.do("search candidates",
				chromedp.SendKeys(chromedp.ID("global-q"), "board"+kb.Enter),
				chromedp.WaitVisible(chromedp.ID("results-candidates")),
			)
			got := w.eval(`document.getElementById('results-candidates').innerText`)
			for _, name := range []string{"Board Ahmadi", "Board Bakker", "Board Claes"} {
				if !strings.Contains(got, name) {
					t.Errorf("candidates found: %q lacks %s", got, name)
				}
			}
			if strings.Contains(w.eval(`document.querySelector('main').innerText`), "Elsewhere") {
				t.Fatal("the search shows another agency's candidate")
			}
			if !strings.Contains(w.eval(`document.getElementById('results-companies').innerText`), "Boardwalk Logistics") {
				t.Error("the company is not found")
			}
			w.do("search a vacancy and a contact",
				chromedp.Navigate(w.base+"/office/"),
				chromedp.WaitVisible(chromedp.ID("global-q")),
				chromedp.SendKeys(chromedp.ID("global-q"), "night shift"+kb.Enter),
				chromedp.WaitVisible(chromedp.ID("results-vacancies")),
			)
			if !strings.Contains(w.eval(`document.getElementById('results-vacancies').innerText`), "Night shift lead") {
				t.Error("the vacancy is not found")
			}
			w.do("follow a result",
				chromedp.Click(chromedp.CSS(`#results-vacancies a[href="/office/vacancies/`+id(w.v.ID)+`"]`)),
				chromedp.WaitVisible(chromedp.ID("board")),
			)
			w.do("search a contact",
				chromedp.Navigate(w.base+"/office/search?q=carla"),
				chromedp.WaitVisible(chromedp.ID("results-contacts")),
			)
			if !strings.Contains(w.eval(`document.getElementById('results-contacts').innerText`), "Carla Contact") {
				t.Error("the contact is not found")
			}
		})
	}
}

// Issue 15 item 5: the back office's menu fits 1280 px without wrapping,
// and on a 375 px phone it folds behind a menu button, with and without
// script; no page scrolls sideways.
func TestBrowserNavigationFits_Issue15(t *testing.T) {
	w := newWorkspace(t, "en", 1280, 900)
	noSideways := `document.documentElement.scrollWidth <= window.innerWidth`
	// Every menu link is one line, none cut off, the header one row.
	oneLine := `[...document.querySelectorAll('#nav ul a')].every(a => a.getClientRects().length === 1 && a.scrollWidth <= a.clientWidth && a.offsetHeight < 48)`
	for _, page := range []string{"/office/", "/office/candidates", "/office/vacancies/" + id(w.v.ID), "/office/search?q=board"} {
		w.do("open "+page, chromedp.Navigate(w.base+page), chromedp.WaitVisible(chromedp.CSS("h1")))
		if !w.truth(`getComputedStyle(document.getElementById('nav')).display !== 'none'`) {
			t.Fatalf("%s: the menu is hidden at 1280 px", page)
		}
		if !w.truth(oneLine) {
			t.Errorf("%s: a menu link wraps at 1280 px", page)
		}
		if !w.truth(`document.querySelector('header.top').offsetHeight < 80`) {
			t.Errorf("%s: the header wraps at 1280 px (%s px)", page, w.eval(`String(document.querySelector('header.top').offsetHeight)`))
		}
		if !w.truth(noSideways) {
			t.Errorf("%s: scrolls sideways at 1280 px", page)
		}
	}
	w.do("phone", chromedp.EmulateViewport(375, 800), chromedp.Navigate(w.base+"/office/candidates"), chromedp.WaitVisible(chromedp.ID("menu-toggle")))
	if w.truth(`getComputedStyle(document.getElementById('nav')).display !== 'none'`) {
		t.Fatal("the menu is open on a phone before it is asked for")
	}
	if !w.truth(noSideways) {
		t.Error("the candidate list scrolls sideways at 375 px: " + w.eval(`[...document.querySelectorAll('main *')].filter(e => e.getBoundingClientRect().right > window.innerWidth + 1 && ![...e.children].some(c => c.getBoundingClientRect().right > window.innerWidth + 1)).slice(0, 12).map(e => e.tagName + '.' + e.className + '#' + e.id + ' ' + Math.round(e.getBoundingClientRect().right)).join(' | ')`))
	}
	w.do("open the menu", chromedp.Click(chromedp.ID("menu-toggle")), chromedp.WaitVisible(chromedp.CSS(`#nav a[href="/office/vacancies"]`)))
	if w.eval(`document.getElementById('menu-toggle').getAttribute('aria-expanded')`) != "true" {
		t.Error("the menu button does not say it opened")
	}
	w.do("follow a menu link", chromedp.Click(chromedp.CSS(`#nav a[href="/office/vacancies"]`)), chromedp.WaitVisible(chromedp.CSS(`table.list, main p`)))
	if loc, _ := chromedp.Run(w.ctx, chromedp.Location()); !strings.HasSuffix(loc, "/office/vacancies") {
		t.Fatalf("menu link led to %s", loc)
	}
	// Without script the menu button is a link to the menu, which opens.
	if _, err := chromedp.Call(w.ctx, emulation.SetScriptExecutionDisabled, emulation.SetScriptExecutionDisabledParams{Value: true}); err != nil {
		t.Fatal(err)
	}
	w.do("phone without script",
		chromedp.Navigate(w.base+"/office/candidates"),
		chromedp.WaitVisible(chromedp.ID("menu-toggle")),
		chromedp.Click(chromedp.ID("menu-toggle")),
		chromedp.WaitVisible(chromedp.CSS(`#nav a[href="/office/companies"]`)),
	)
}

// Issue 15 item 3: the candidate page has a summary panel beside its
// sections, and a link at the top reaches the documents without scrolling.
func TestBrowserCandidatePage_Issue15(t *testing.T) {
	for _, lang := range []string{"en", "fr"} {
		t.Run(lang, func(t *testing.T) {
			w := newWorkspace(t, lang, 1280, 900)
			c := w.env.Acme.Candidate(t, w.env.Store, "Sophie", "Summary")
			if err := w.env.Store.SaveSkill(w.env.Acme.Ctx, &domain.Skill{CandidateID: c.ID, Name: "Forklift"}); err != nil {
				t.Fatal(err)
			}
			w.do("open", chromedp.Navigate(w.base+"/office/candidates/"+id(c.ID)), chromedp.WaitVisible(chromedp.CSS("aside.summary")))
			summary := w.eval(`document.querySelector('aside.summary').innerText`)
			for _, want := range []string{c.Email, w.env.Acme.Status.Name, "Forklift", w.env.Acme.Recruiter.Name} {
				if !strings.Contains(summary, want) {
					t.Errorf("summary %q lacks %q", summary, want)
				}
			}
			if !w.truth(`!!document.querySelector('#summary-consent .badge')`) {
				t.Error("the summary does not show the consent state")
			}
			if !w.truth(`document.querySelector('aside.summary').getBoundingClientRect().right <= document.getElementById('sections').getBoundingClientRect().left`) {
				t.Error("the summary is not beside the sections at 1280 px")
			}
			for _, section := range []string{"profile", "matches", "placements", "attachments", "timesheets", "activity"} {
				if !w.truth(fmt.Sprintf(`!!document.querySelector('.tabs a[href="#%s"]') && !!document.getElementById('%s')`, section, section)) {
					t.Errorf("no tab and section %s", section)
				}
			}
			tab := w.eval(`document.querySelector('.tabs a[href="#attachments"]').getBoundingClientRect().top + ''`)
			if tab == "" || w.truth(`document.querySelector('.tabs a[href="#attachments"]').getBoundingClientRect().top > window.innerHeight`) {
				t.Fatalf("the documents tab is below the fold (%s)", tab)
			}
			w.do("documents", chromedp.Click(chromedp.CSS(`.tabs a[href="#attachments"]`)), chromedp.Poll[chromedp.Void](`location.hash === '#attachments'`))
			if !w.truth(`(r => r.top >= 0 && r.top < window.innerHeight)(document.getElementById('attachments').getBoundingClientRect())`) {
				t.Error("the documents are not in view after the tab")
			}
		})
	}
}
