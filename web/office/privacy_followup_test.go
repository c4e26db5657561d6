package office_test

import (
	"net/http"
	"net/url"
	"strings"
	"testing"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/store"
	"github.com/matchpoint/matchpoint/store/storetest"
	"github.com/matchpoint/matchpoint/web/webtest"
)

// C6: a withdrawal shows on the recruiter's follow-up list, first, whatever
// the window; the form sent twice records the consent once.
func TestFollowUpListsWithdrawalsAndGivingIsIdempotent_C6(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		env := webtest.New(t, db)
		st, ctx := env.Store, env.Acme.Ctx
		rec := env.Recruiter(t)
		wim := env.Acme.Candidate(t, st, "Wim", "Withdrawn")
		later := env.Acme.Candidate(t, st, "Lars", "Later")
		far := domain.DateOf(db.Now()).AddDays(700).String()
		for _, c := range []domain.Candidate{wim, later} {
			for range 2 { // sent twice
				if res := rec.Post("/office/candidates/"+id(c.ID)+"/consents", url.Values{"text_version": {"v5"}, "valid_until": {far}}); res.Status != http.StatusSeeOther {
					t.Fatalf("give consent: %d", res.Status)
				}
			}
			if l, _ := st.Consents(ctx, c.ID); len(l) != 1 {
				t.Fatalf("%s: %d ledger entries after the form was sent twice", c.Name(), len(l))
			}
		}
		if res := rec.Post("/office/candidates/"+id(wim.ID)+"/consents/withdraw", url.Values{}); res.Status != http.StatusSeeOther {
			t.Fatalf("withdraw: %d", res.Status)
		}
		page := rec.Get("/office/privacy/consents?days=30")
		if page.Status != http.StatusOK || !strings.Contains(page.Body, "Wim Withdrawn") || !strings.Contains(page.Body, "Withdrawn on") ||
			strings.Contains(page.Body, "Lars Later") {
			t.Fatalf("follow-up list: %d", page.Status)
		}
	})
}
