package web_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/service"
	"github.com/matchpoint/matchpoint/store"
	"github.com/matchpoint/matchpoint/store/storetest"
	"github.com/matchpoint/matchpoint/web/webtest"
)

// F2: after erasure a candidate is gone everywhere a person can look:
// back-office search, the contact's proposed candidates, the talent pools
// and the JSON API, on both databases.
func TestErasureGoneEverywhere_F2(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		env := webtest.New(t, db)
		a := env.Acme
		w := a.HiringWorld(t, env.Store, "en")
		a.GiveCredentials(t, env.Store, domain.AudienceHiring, w.X1.ID)
		contact := env.Client(t)
		contact.MustSignIn("/hiring", w.X1.Email)
		recruiter := env.Recruiter(t)
		svc := &service.Service{DB: db}
		_, token, err := svc.CreateAPIToken(a.Ctx, "erasure test", a.Admin)
		if err != nil {
			t.Fatal(err)
		}
		api := func(q string) string {
			return contact.GetWithHeader("/api/v1/candidates?q="+q, "Authorization", "Bearer "+token).Body
		}
		places := func() map[string]string {
			return map[string]string{
				"office search Anna":  recruiter.Get("/office/candidates?q=anna").Body,
				"office search Dave":  recruiter.Get("/office/candidates?q=mulder").Body,
				"proposed candidates": contact.Get("/hiring/candidates").Body,
				"general pool":        contact.Get(fmt.Sprintf("/hiring/pools/%d", w.General.ID)).Body,
				"API Anna":            api("anna"),
				"API Dave":            api("mulder"),
			}
		}
		for place, body := range places() {
			if !strings.Contains(body, "Anna") && !strings.Contains(body, "Mulder") {
				t.Fatalf("before erasure, %s shows neither candidate: the test would prove nothing", place)
			}
		}
		actor := store.Actor{Kind: domain.AudienceOffice, ID: a.Recruiter.ID, Name: a.Recruiter.Name}
		for _, c := range []domain.Candidate{w.Anna, w.Dave} {
			if err := svc.EraseCandidate(a.Ctx, c.ID, 0, actor); err != nil {
				t.Fatal(err)
			}
		}
		for place, body := range places() {
			for _, name := range []string{"Anna Visser", "Visser", "Dave", "Mulder"} {
				if strings.Contains(body, name) {
					t.Errorf("after erasure, %s still shows %q", place, name)
				}
			}
		}
	})
}
