package office_test

import (
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"testing"

	"github.com/matchpoint/matchpoint/store"
	"github.com/matchpoint/matchpoint/store/storetest"
	"github.com/matchpoint/matchpoint/web/webtest"
)

// A1: a recruiter creates, edits, lists, searches and opens a candidate; bad
// input is shown next to its field and saves nothing.
func TestCandidatePages_A1(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		env := webtest.New(t, db)
		c := env.Recruiter(t)
		form := url.Values{"first_name": {"Sanne"}, "last_name": {"Bakker"}, "email": {"not-an-email"},
			"language": {"nl"}, "owner_id": {id(env.Acme.Recruiter.ID)}, "status_id": {id(env.Acme.Status.ID)}, "city": {"Zwolle"}}
		res := c.Post("/office/candidates", form)
		if res.Status != http.StatusUnprocessableEntity || !strings.Contains(res.Body, `id="e-email"`) {
			t.Fatalf("invalid e-mail: status %d, error not shown next to the field", res.Status)
		}
		if list, _, _ := env.Store.Candidates(env.Acme.Ctx, store.CandidateFilter{}); len(list) != 0 {
			t.Fatalf("invalid form saved a candidate")
		}
		form.Set("email", "sanne@example.test")
		res = c.Post("/office/candidates", form)
		if res.Status != http.StatusSeeOther {
			t.Fatalf("create: status %d\n%s", res.Status, res.Body)
		}
		path := strings.SplitN(res.Location, "?", 2)[0]
		page := c.Get(path)
		if page.Status != http.StatusOK || !strings.Contains(page.Body, "Sanne Bakker") {
			t.Fatalf("open %s: %d", path, page.Status)
		}
		form.Set("city", "Deventer")
		form.Set("available_hours", "99")
		if res = c.Post(path, form); res.Status != http.StatusUnprocessableEntity {
			t.Fatalf("invalid hours accepted: %d", res.Status)
		}
		form.Set("available_hours", "32")
		if res = c.Post(path, form); res.Status != http.StatusSeeOther {
			t.Fatalf("update: %d", res.Status)
		}
		if res = c.Post(path+"/skills", url.Values{"skill_name": {"Forklift"}, "skill_level": {"3"}}); res.Status != http.StatusSeeOther {
			t.Fatalf("add skill: %d", res.Status)
		}
		list := c.Get("/office/candidates?q=forklift")
		if !strings.Contains(list.Body, "Sanne Bakker") || !strings.Contains(list.Body, "Deventer") {
			t.Fatalf("search by skill did not find the edited candidate:\n%s", list.Body)
		}
		if miss := c.Get("/office/candidates?q=zwolle"); strings.Contains(miss.Body, "Sanne Bakker") {
			t.Fatal("old city still found")
		}
	})
}

// B5: another agency's recruiter gets 404 for a candidate id; an anonymous
// visitor is sent to sign in.
func TestCandidateAccess_B5(t *testing.T) {
	env := webtest.New(t, storetest.SQLite(t))
	cand := env.Acme.Candidate(t, env.Store, "Piet", "Pieters")
	path := "/office/candidates/" + id(cand.ID)
	if res := env.OtherRecruiter(t).Get(path); res.Status != http.StatusNotFound || strings.Contains(res.Body, "Pieters") {
		t.Fatalf("other agency: status %d", res.Status)
	}
	if res := env.OtherRecruiter(t).Post(path, url.Values{"first_name": {"X"}}); res.Status != http.StatusNotFound {
		t.Fatalf("other agency update: status %d", res.Status)
	}
	if res := env.Client(t).Get(path); res.Status != http.StatusSeeOther || !strings.HasPrefix(res.Location, "/office/signin") {
		t.Fatalf("anonymous: status %d location %q", res.Status, res.Location)
	}
	if res := env.Recruiter(t).Get("/office/candidates/999999"); res.Status != http.StatusNotFound {
		t.Fatalf("guessed id: %d", res.Status)
	}
}

// B4: the sign-in form says the same for an unknown account and a wrong password.
func TestSignInDoesNotRevealAccounts_B4(t *testing.T) {
	env := webtest.New(t, storetest.SQLite(t))
	c := env.Client(t)
	unknown := c.Post("/office/signin", url.Values{"email": {"nobody@acme.test"}, "password": {"whatever-123"}})
	wrong := c.Post("/office/signin", url.Values{"email": {env.Acme.Recruiter.Email}, "password": {"whatever-123"}})
	if unknown.Status != http.StatusUnauthorized || wrong.Status != unknown.Status || unknown.Body != strings.Replace(wrong.Body, env.Acme.Recruiter.Email, "nobody@acme.test", 1) {
		t.Fatalf("answers differ: %d vs %d", unknown.Status, wrong.Status)
	}
	c.SignInOffice(env.Acme.Recruiter.Email)
	if res := c.Get("/office/"); res.Status != http.StatusOK {
		t.Fatalf("dashboard after sign-in: %d", res.Status)
	}
	if res := c.Post("/office/signout", nil); res.Status != http.StatusSeeOther {
		t.Fatalf("sign out: %d", res.Status)
	}
	if res := c.Get("/office/"); res.Status != http.StatusSeeOther {
		t.Fatalf("dashboard after sign-out: %d", res.Status)
	}
}

func id(n int64) string { return strconv.FormatInt(n, 10) }
