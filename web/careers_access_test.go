package web_test

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

// B5, issue 16: every route of the careers site that names a vacancy,
// taken from its route table, answers 404 for a vacancy the site does not
// publish (another source, closed, a pool, past its closing day), for
// another agency's vacancy, and for a guessed id, whoever asks (an
// anonymous visitor or a signed-in recruiter); and nothing is created
// through them. The routes without a vacancy answer each agency with its
// own site.
func TestCareersRouteAccess_B5(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		env := webtest.New(t, db)
		acme := env.Acme.CareersWorld(t, env.Store)
		other := env.Other.CareersWorld(t, env.Store)
		var unseen []domain.ID
		for _, v := range append(acme.Hidden, other.Published...) {
			unseen = append(unseen, v.ID)
		}
		unseen = append(unseen, 999999)
		clients := map[string]*webtest.Client{"anonymous": env.Client(t), "recruiter": env.Recruiter(t)}
		// The other agency's host asks for Acme's published vacancies.
		otherHost := env.Client(t)
		otherHost.Host = "other.test"
		rows := func() int {
			var n int
			if err := db.Raw().QueryRow(`SELECT (SELECT COUNT(*) FROM candidates) + (SELECT COUNT(*) FROM applications) +
				(SELECT COUNT(*) FROM outbox)`).Scan(&n); err != nil {
				t.Fatal(err)
			}
			return n
		}
		before := rows()
		withID, without := 0, 0
		for _, rt := range env.AllRoutes() {
			if rt.Surface != "/jobs" {
				continue
			}
			if !rt.Public {
				t.Errorf("careers route %s is not public", rt.Pattern)
			}
			method, pattern, _ := strings.Cut(rt.Pattern, " ")
			if !strings.Contains(pattern, "{job}") {
				without++
				if method != http.MethodGet {
					continue
				}
				for host, c := range map[string]*webtest.Client{"acme": clients["anonymous"], "other": otherHost} {
					res := c.Get(pattern)
					if res.Status != http.StatusOK && res.Status != http.StatusSeeOther && res.Status != http.StatusNotFound {
						t.Errorf("%s on %s: %d", pattern, host, res.Status)
					}
					for _, v := range acme.Published {
						if host == "other" && strings.Contains(res.Body, domain.CareersPath(v)+`"`) {
							t.Errorf("%s on the other agency's host links to Acme's %s", pattern, v.Title)
						}
					}
				}
				continue
			}
			withID++
			fill := func(id domain.ID) string {
				return strings.ReplaceAll(pattern, "{job}", fmt.Sprint(id))
			}
			for _, id := range unseen {
				for name, c := range clients {
					if res := request(c, method, fill(id)); res.Status != http.StatusNotFound {
						t.Errorf("%s %s as %s: %d, want 404", method, fill(id), name, res.Status)
					}
				}
			}
			for _, v := range acme.Published {
				if res := request(otherHost, method, fill(v.ID)); res.Status != http.StatusNotFound {
					t.Errorf("%s %s on other.test: %d, want 404", method, fill(v.ID), res.Status)
				}
			}
			if res := request(clients["anonymous"], method, fill(acme.Published[0].ID)); res.Status == http.StatusNotFound {
				t.Errorf("%s %s: the published vacancy is not found", method, fill(acme.Published[0].ID))
			}
		}
		if withID < 2 || without < 5 {
			t.Fatalf("only %d careers routes with a vacancy and %d without", withID, without)
		}
		// The one published vacancy's form was posted empty above: refused.
		if after := rows(); after != before {
			t.Errorf("the access run created %d rows", after-before)
		}
	})
}
