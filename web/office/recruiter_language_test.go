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

// Issue 15: a recruiter changes its own language and the back office
// speaks it; an admin changes anyone's; a recruiter no one else's; a bad
// language changes nothing; the change is audited.
func TestRecruiterLanguage(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		env := webtest.New(t, db)
		rec := env.Recruiter(t)
		if res := rec.Post("/office/language", url.Values{"language": {"xx"}}); res.Status != http.StatusUnprocessableEntity {
			t.Fatalf("bad language: %d", res.Status)
		}
		if res := rec.Post("/office/language", url.Values{"language": {"fr"}}); res.Status != http.StatusSeeOther {
			t.Fatalf("own language: %d", res.Status)
		}
		if res := rec.Get("/office/language"); !strings.Contains(res.Body, `<html lang="fr"`) {
			t.Errorf("after choosing French the page is not French")
		}
		adminID := strconv.FormatInt(env.Acme.Admin.ID, 10)
		if res := rec.Post("/office/settings/users/"+adminID+"/language", url.Values{"language": {"de"}}); res.Status != http.StatusNotFound {
			t.Errorf("recruiter changing the admin's language: %d", res.Status)
		}
		recID := strconv.FormatInt(env.Acme.Recruiter.ID, 10)
		if res := env.AdminClient(t).Post("/office/settings/users/"+recID+"/language", url.Values{"language": {"de"}}); res.Status != http.StatusSeeOther {
			t.Errorf("admin changing a recruiter's language: %d", res.Status)
		}
		if res := rec.Get("/office/"); !strings.Contains(res.Body, `<html lang="de"`) {
			t.Errorf("the admin's change did not reach the recruiter's pages")
		}
		if u, _ := env.Store.User(env.Acme.Ctx, env.Acme.Admin.ID); u.Language != "en" {
			t.Errorf("admin's language changed to %q", u.Language)
		}
		entries, _, err := env.Store.AuditEntries(env.Acme.Ctx, store.AuditFilter{Action: "language_changed", Limit: 10})
		if err != nil || len(entries) != 2 {
			t.Errorf("audit: %d entries, %v", len(entries), err)
		}
	})
}
