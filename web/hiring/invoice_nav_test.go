package hiring_test

import (
	"net/http"
	"strings"
	"testing"

	"github.com/matchpoint/matchpoint/store"
	"github.com/matchpoint/matchpoint/store/storetest"
	"github.com/matchpoint/matchpoint/web/webtest"
)

// Issue 17: the Hiring Portal's navigation leads the contact its client's
// invoicing details name to the invoices section from every page, and the
// link opens; a colleague who is not named has no such link anywhere. When
// the client names no one any more, the link goes.
func TestHiringNavInvoices_I17(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		env := webtest.New(t, db)
		w := env.Acme.InvoiceWorld(t, env.Store)
		ingrid, nick := env.Client(t), env.Client(t)
		ingrid.MustSignIn("/hiring", w.Ingrid.Email)
		nick.MustSignIn("/hiring", w.Nick.Email)
		const link = `<a href="/hiring/invoices" id="nav-invoices">`
		pages := []string{"/hiring/", "/hiring/vacancies", "/hiring/candidates", "/hiring/documents", "/hiring/contact", "/hiring/security", "/hiring/invoices"}
		for _, p := range pages {
			res := ingrid.Get(p)
			if res.Status != http.StatusOK || !strings.Contains(res.Body, link) {
				t.Errorf("Ingrid on %s: %d, nav link %v", p, res.Status, strings.Contains(res.Body, link))
			}
			if res := nick.Get(p); strings.Contains(res.Body, `href="/hiring/invoices"`) {
				t.Errorf("Nick's %s links the invoices", p)
			}
		}
		if res := ingrid.Get("/hiring/invoices"); !strings.Contains(res.Body, "<h1") || res.Status != http.StatusOK {
			t.Errorf("the nav link: %d", res.Status)
		}
		w.Billing.ContactIDs = nil
		if err := env.Store.SaveClientBilling(env.Acme.Ctx, w.Billing); err != nil {
			t.Fatal(err)
		}
		if res := ingrid.Get("/hiring/"); strings.Contains(res.Body, `href="/hiring/invoices"`) {
			t.Error("the nav still links the invoices after the client named no one")
		}
		if res := ingrid.Get("/hiring/invoices"); res.Status != http.StatusNotFound {
			t.Errorf("the section after the client named no one: %d", res.Status)
		}
	})
}
