package web_test

import (
	"net/http"
	"strconv"
	"testing"

	"github.com/matchpoint/matchpoint/store/storetest"
	"github.com/matchpoint/matchpoint/web/webtest"
)

// G4, E1–E11: the Hiring Portal's pages with their content in place (a
// proposed candidate, a pool member, documents, the forms of a contact who
// may edit and create), in each language, pass the same checks as every page.
func TestHiringPagesAccessible_G4_E2_E11(t *testing.T) {
	for _, lang := range []string{"en", "nl", "de", "fr"} {
		env := webtest.New(t, storetest.SQLite(t))
		w := env.Acme.HiringWorld(t, env.Store, lang)
		c := env.Client(t)
		c.MustSignIn("/hiring", w.X1.Email)
		s := func(id int64) string { return strconv.FormatInt(id, 10) }
		for _, path := range []string{"/hiring/", "/hiring/vacancies", "/hiring/vacancies/new", "/hiring/vacancies/" + s(w.VX1.ID),
			"/hiring/candidates", "/hiring/candidates/" + s(w.MAnna.ID), "/hiring/pools", "/hiring/pools/" + s(w.General.ID),
			"/hiring/pools/" + s(w.General.ID) + "/candidates/" + s(w.Dave.ID), "/hiring/documents", "/hiring/contact"} {
			res := c.Get(path)
			if res.Status != http.StatusOK {
				t.Errorf("%s %s: %d", lang, path, res.Status)
				continue
			}
			for _, problem := range a11yProblems(res.Body) {
				t.Errorf("%s %s: %s", lang, path, problem)
			}
		}
	}
}
