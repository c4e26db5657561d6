package office_test

import (
	"fmt"
	"net/http"
	"strings"
	"testing"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/store"
	"github.com/matchpoint/matchpoint/store/storetest"
	"github.com/matchpoint/matchpoint/web/webtest"
)

// boardOf500 is a vacancy with 500 matches spread over its three phases.
func boardOf500(tb testing.TB, env *webtest.Env) (domain.Vacancy, hiring) {
	h := newHiring(tb, env, env.Acme, "Scale BV")
	v := h.vacancy(tb, env, env.Acme, "Warehouse, 500 applicants")
	by := store.Actor{Kind: domain.AudienceOffice, ID: env.Acme.Recruiter.ID, Name: env.Acme.Recruiter.Name}
	for i := range 500 {
		c := env.Acme.Candidate(tb, env.Store, "Scale", fmt.Sprintf("Person %03d", i))
		m := domain.Match{CandidateID: c.ID, VacancyID: v.ID, PhaseID: h.proc.Phases[i%3].ID}
		if err := env.Store.CreateMatch(env.Acme.Ctx, &m, by); err != nil {
			tb.Fatal(err)
		}
	}
	return v, h
}

// Issue 15 item 4: the board of a vacancy with 500 matches shows every
// card in its phase's column, from one query for the matches.
func TestVacancyBoardOf500Matches(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		env := webtest.New(t, db)
		v, h := boardOf500(t, env)
		res := env.Recruiter(t).Get("/office/vacancies/" + id(v.ID))
		if res.Status != http.StatusOK {
			t.Fatalf("board: %d", res.Status)
		}
		if n := strings.Count(res.Body, `<li class="board-card"`); n != 500 {
			t.Fatalf("board shows %d cards, want 500", n)
		}
		for i, p := range h.proc.Phases {
			col := res.Body[strings.Index(res.Body, fmt.Sprintf(`data-phase-id="%d"`, p.ID)):]
			if next := strings.Index(col[1:], `class="board-col"`); next > 0 {
				col = col[:next]
			}
			want := 167
			if i == 2 {
				want = 166
			}
			if n := strings.Count(col, `<li class="board-card"`); n != want {
				t.Errorf("column %s has %d cards, want %d", p.Name, n, want)
			}
		}
		if other := env.OtherRecruiter(t).Get("/office/vacancies/" + id(v.ID)); other.Status != http.StatusNotFound {
			t.Fatalf("another agency's recruiter opens the board: %d", other.Status)
		}
	})
}

// BenchmarkVacancyBoard500 is the server's time for the board of a vacancy
// with 500 matches (the whole GET, rendered page included).
func BenchmarkVacancyBoard500(b *testing.B) {
	env := webtest.New(b, storetest.SQLite(b))
	v, _ := boardOf500(b, env)
	c := env.Recruiter(b)
	path := "/office/vacancies/" + id(v.ID)
	b.ResetTimer()
	for range b.N {
		if res := c.Get(path); res.Status != http.StatusOK {
			b.Fatalf("board: %d", res.Status)
		}
	}
}

// Issue 15 item 4: from a match the placement form opens with the
// candidate, the vacancy, its company and its contact chosen; another
// agency's match is not found.
func TestPlacementFromMatch_Issue15(t *testing.T) {
	env := webtest.New(t, storetest.SQLite(t))
	h := newHiring(t, env, env.Acme, "Placement BV")
	v := h.vacancy(t, env, env.Acme, "Crane operator")
	c := env.Acme.Candidate(t, env.Store, "Pia", "Placed")
	m := domain.Match{CandidateID: c.ID, VacancyID: v.ID, PhaseID: h.proc.Phases[2].ID}
	if err := env.Store.CreateMatch(env.Acme.Ctx, &m, store.Actor{Kind: domain.AudienceOffice, ID: env.Acme.Recruiter.ID}); err != nil {
		t.Fatal(err)
	}
	rec := env.Recruiter(t)
	if page := rec.Get("/office/matches/" + id(m.ID)); !strings.Contains(page.Body, `href="/office/placements/new?match=`+id(m.ID)+`"`) {
		t.Fatal("the match page does not offer the placement")
	}
	form := rec.Get("/office/placements/new?match=" + id(m.ID))
	if form.Status != http.StatusOK {
		t.Fatalf("placement form: %d", form.Status)
	}
	for _, want := range []string{
		`name="candidate_id" type="number" min="1" value="` + id(c.ID) + `"`,
		`<option value="` + id(h.company) + `" selected>`,
		`<option value="` + id(v.ID) + `" selected>`,
		`value="` + id(h.contact) + `" checked`,
		`value="Crane operator"`,
	} {
		if !strings.Contains(form.Body, want) {
			t.Errorf("placement form lacks %s", want)
		}
	}
	if res := env.OtherRecruiter(t).Get("/office/placements/new?match=" + id(m.ID)); res.Status != http.StatusNotFound {
		t.Fatalf("another agency's match: %d", res.Status)
	}
}
