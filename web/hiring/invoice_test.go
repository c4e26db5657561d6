package hiring_test

import (
	"net/http"
	"strconv"
	"strings"
	"testing"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/service"
	"github.com/matchpoint/matchpoint/store"
	"github.com/matchpoint/matchpoint/store/storetest"
	"github.com/matchpoint/matchpoint/web/webtest"
)

// Issue 17, B5: the contact the client's invoicing details name sees the
// company's invoices in the Hiring Portal and downloads them; its
// colleague who is not named finds neither the section nor an invoice;
// a draft is never shown.
func TestHiringInvoices_I17(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		env := webtest.New(t, db)
		w := env.Acme.InvoiceWorld(t, env.Store)
		svc := service.New(env.DB)
		admin := store.Actor{Kind: domain.AudienceOffice, ID: env.Acme.Admin.ID, Name: env.Acme.Admin.Name}
		run, err := svc.DraftInvoiceRun(env.Acme.Ctx, admin, w.Period, nil)
		if err != nil {
			t.Fatal(err)
		}
		drafts, _, _ := env.Store.Invoices(env.Acme.Ctx, store.InvoiceFilter{RunID: run.ID})
		ingrid, nick := env.Client(t), env.Client(t)
		ingrid.MustSignIn("/hiring", w.Ingrid.Email)
		nick.MustSignIn("/hiring", w.Nick.Email)
		draftPath := "/hiring/invoices/" + strconv.FormatInt(drafts[0].ID, 10)
		if res := ingrid.Get(draftPath); res.Status != http.StatusNotFound {
			t.Errorf("a draft is shown: %d", res.Status)
		}
		if _, err := svc.ConfirmInvoiceRun(env.Acme.Ctx, admin, run.ID); err != nil {
			t.Fatal(err)
		}
		inv, err := env.Store.Invoice(env.Acme.Ctx, drafts[0].ID)
		if err != nil {
			t.Fatal(err)
		}
		if home := ingrid.Get("/hiring/"); !strings.Contains(home.Body, `href="/hiring/invoices"`) {
			t.Error("the dashboard does not lead Ingrid to the invoices")
		}
		if home := nick.Get("/hiring/"); strings.Contains(home.Body, `href="/hiring/invoices"`) {
			t.Error("the dashboard leads Nick to the invoices")
		}
		list := ingrid.Get("/hiring/invoices")
		if list.Status != http.StatusOK || !strings.Contains(list.Body, inv.Number) || !strings.Contains(list.Body, "€7,598.80") {
			t.Fatalf("Ingrid's list: %d", list.Status)
		}
		path := "/hiring/invoices/" + strconv.FormatInt(inv.ID, 10)
		if res := ingrid.Get(path + "/pdf"); res.Status != http.StatusOK || !strings.HasPrefix(res.Body, "%PDF-") {
			t.Errorf("pdf: %d", res.Status)
		}
		if res := ingrid.Get(path + "/xml"); res.Status != http.StatusOK || !strings.Contains(res.Body, inv.Number) {
			t.Errorf("xml: %d", res.Status)
		}
		for _, p := range []string{"/hiring/invoices", path, path + "/pdf", path + "/xml"} {
			if res := nick.Get(p); res.Status != http.StatusNotFound {
				t.Errorf("Nick on %s: %d", p, res.Status)
			}
		}
		entries, _, err := env.Store.AuditEntries(env.Acme.Ctx, store.AuditFilter{ObjectKind: "invoice", ObjectID: inv.ID, Action: "download"})
		if err != nil || len(entries) != 2 || entries[0].ActorKind != domain.AudienceHiring {
			t.Errorf("downloads audited: %+v %v", entries, err)
		}
	})
}
