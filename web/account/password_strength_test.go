package account_test

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

// B4 (issue 11, finding 6): both ways of setting a password, the link and
// the security page, refuse the weak passwords and say why in the
// person's language; a strong one is then taken.
func TestPasswordStrength_B4(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		env := webtest.New(t, db)
		cand := domain.Candidate{OwnerID: env.Acme.Recruiter.ID, StatusID: env.Acme.Status.ID, FirstName: "Sanne", LastName: "Mulder",
			Email: "sanne.mulder@example.test", Language: "nl"}
		if err := env.Store.CreateCandidate(env.Acme.Ctx, &cand); err != nil {
			t.Fatal(err)
		}
		env.Recruiter(t).Post("/office/candidates/"+id(cand.ID)+"/credentials", nil)
		link, _ := env.MailLink(t, env.Acme, cand.Email)
		token := link[strings.Index(link, "token=")+6:]
		anon := env.Client(t)
		// The link's page is anonymous: it speaks the agency's language (en).
		for _, tc := range []struct{ pw, msg string }{
			{"aaaaaaaaaa", "too common"},
			{"abcdefghij", "too common"},
			{"12345678901", "too common"},
			{"Matchpoint2026x", "product&#39;s name"},
			{"SanneMulder1990", "your own name"},
			{"sanne.mulder2026", "your own name"},
			{"welcome to acme staffing", "agency&#39;s or the product&#39;s name"},
			{"kittenkittenkitten", "too easy to guess"},
		} {
			res := anon.Post("/portal/password/set", url.Values{"token": {token}, "password": {tc.pw}, "confirm": {tc.pw}})
			if res.Status != http.StatusUnprocessableEntity || !strings.Contains(res.Body, tc.msg) {
				t.Errorf("link, %q: %d, want 422 saying %q", tc.pw, res.Status, tc.msg)
			}
		}
		const strong = "tulip harbour lantern"
		if res := anon.Post("/portal/password/set", url.Values{"token": {token}, "password": {strong}, "confirm": {strong}}); res.Status != http.StatusSeeOther {
			t.Fatalf("strong password by link: %d", res.Status)
		}
		if res := anon.SignIn("/portal", cand.Email, strong); res.Status != http.StatusSeeOther {
			t.Fatalf("sign in with the new password: %d", res.Status)
		}
		// The security page knows the person: Dutch.
		for _, tc := range []struct{ pw, msg string }{
			{"Matchpoint2026x", "van het product (Matchpoint)"},
			{"S4nn3-Mulder!", "uw eigen naam"},
			{"aaaaaaaaaa", "te gewoon"},
			{"kittenkittenkitten", "te makkelijk te raden"},
		} {
			res := anon.Post("/portal/security/password", url.Values{"current": {strong}, "password": {tc.pw}, "confirm": {tc.pw}})
			if res.Status != http.StatusUnprocessableEntity || !strings.Contains(res.Body, tc.msg) {
				t.Errorf("security page, %q: %d, want 422 saying %q", tc.pw, res.Status, tc.msg)
			}
		}
		if res := anon.Post("/portal/security/password", url.Values{"current": {strong}, "password": {"copper kettle meadow"}, "confirm": {"copper kettle meadow"}}); res.Status != http.StatusSeeOther {
			t.Fatalf("strong password on the security page: %d", res.Status)
		}
	})
}
