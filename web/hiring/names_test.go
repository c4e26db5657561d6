package hiring_test

import (
	"net/http"
	"net/url"
	"strings"
	"testing"

	"github.com/matchpoint/matchpoint/store"
	"github.com/matchpoint/matchpoint/store/storetest"
)

// Issue 15: the admin names a phase per language in settings; a French
// contact sees the French name, an English one the agency's own; a foreign
// record or bad input changes nothing.
func TestPhaseNamePerLanguage(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		e := newHiringEnv(t, db, "fr")
		admin := e.AdminClient(t)
		path := "/office/settings/names/phase/" + id(e.W.Proposed.ID)
		wantStatus(t, "editor", admin.Get(path), http.StatusOK)
		wantStatus(t, "recruiter", e.Recruiter(t).Get(path), http.StatusNotFound)
		wantStatus(t, "other agency's phase", admin.Get("/office/settings/names/phase/"+id(e.Other.Proposed.ID)), http.StatusNotFound)
		wantStatus(t, "NUL", admin.Post(path, url.Values{"name_fr": {"a\x00b"}}), http.StatusUnprocessableEntity)
		res := admin.Post(path, url.Values{"name_fr": {strings.Repeat("x", 201)}})
		wantStatus(t, "too long", res, http.StatusUnprocessableEntity)
		wantIn(t, "too long", res.Body, []string{`aria-invalid="true"`}, nil)
		res = admin.Post(path, url.Values{"name_fr": {"Proposé au client"}, "name_de": {"Vorgeschlagen"}})
		wantStatus(t, "save", res, http.StatusSeeOther)

		page := "/hiring/candidates/" + id(e.W.MAnna.ID)
		wantIn(t, "French contact", e.contact(t, e.W.X1).Get(page).Body, []string{"Proposé au client", "Étape\u00a0:"}, nil)
		wantIn(t, "French list", e.contact(t, e.W.X1).Get("/hiring/candidates").Body, []string{"Proposé au client"}, nil)
		c, err := e.Store.Contact(e.Acme.Ctx, e.W.X1.ID)
		if err != nil {
			t.Fatal(err)
		}
		c.Language = "en"
		if err := e.Store.UpdateContact(e.Acme.Ctx, &c); err != nil {
			t.Fatal(err)
		}
		wantIn(t, "English contact", e.contact(t, e.W.X1).Get(page).Body, []string{e.W.Proposed.Name}, []string{"Proposé au client"})
	})
}
