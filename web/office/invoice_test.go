package office_test

import (
	"net/http"
	"net/url"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/store"
	"github.com/matchpoint/matchpoint/store/storetest"
	"github.com/matchpoint/matchpoint/web/webtest"
)

// runID reads the run id from the run page's address.
func idAfter(t *testing.T, location, prefix string) string {
	t.Helper()
	id, ok := strings.CutPrefix(location, prefix)
	if !ok {
		t.Fatalf("redirect to %q, want %s…", location, prefix)
	}
	id, _, _ = strings.Cut(id, "?")
	return id
}

// Issue 17: an admin runs January in the back office, reviews the draft,
// confirms it, downloads the PDF and XML, and credits one line; a bad
// period is refused next to its field, a recruiter cannot run or confirm.
func TestInvoiceRunPages_I17(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		env := webtest.New(t, db)
		w := env.Acme.InvoiceWorld(t, env.Store)
		admin, rec := env.AdminClient(t), env.Recruiter(t)

		if res := admin.Get("/office/invoice-runs/new"); res.Status != http.StatusOK || !strings.Contains(res.Body, "Ingrid Holding") {
			t.Fatalf("new run form: %d", res.Status)
		}
		for _, bad := range []string{"2026-13", "2026-01\x00", "\xff\xfe", strings.Repeat("9", 1<<20)} {
			// NUL and invalid UTF-8 are refused with the form as a whole (kit.NewForm).
			res := admin.Post("/office/invoice-runs", url.Values{"period": {bad}})
			if res.Status != http.StatusUnprocessableEntity || utf8.ValidString(bad) && !strings.Contains(bad, "\x00") && !strings.Contains(res.Body, "Give a month as 2026-11") {
				t.Errorf("period %.20q: %d", bad, res.Status)
			}
		}
		if runs, _, _ := env.Store.InvoiceRuns(env.Acme.Ctx, 10, 0); len(runs) != 0 {
			t.Fatalf("refused periods made %d runs", len(runs))
		}
		if res := rec.Post("/office/invoice-runs", url.Values{"period": {"2026-01"}}); res.Status != http.StatusNotFound {
			t.Errorf("a recruiter ran invoices: %d", res.Status)
		}
		res := admin.Post("/office/invoice-runs", url.Values{"period": {"2026-01"}, "company_id": {id(w.Ingrid.CompanyID)}})
		if res.Status != http.StatusSeeOther {
			t.Fatalf("run: %d %s", res.Status, res.Body)
		}
		runPath := "/office/invoice-runs/" + idAfter(t, res.Location, "/office/invoice-runs/")
		page := admin.Get(runPath)
		for _, want := range []string{"Ingrid Holding B.V.", "6,280.00", "7,598.80", "draft"} {
			if !strings.Contains(page.Body, want) {
				t.Errorf("run page lacks %q", want)
			}
		}
		if res := rec.Post(runPath+"/confirm", nil); res.Status != http.StatusNotFound {
			t.Errorf("a recruiter confirmed: %d", res.Status)
		}
		if res := admin.Post(runPath+"/confirm", nil); res.Status != http.StatusSeeOther || !strings.Contains(res.Location, "invoice.flash.confirmed") {
			t.Fatalf("confirm: %d %s", res.Status, res.Location)
		}
		if res := admin.Post(runPath+"/confirm", nil); !strings.Contains(res.Location, "invoice.error.run_decided") {
			t.Errorf("second confirm: %d %s", res.Status, res.Location)
		}
		list, _, err := env.Store.Invoices(env.Acme.Ctx, store.InvoiceFilter{Status: domain.InvoiceConfirmed})
		if err != nil || len(list) != 1 {
			t.Fatalf("confirmed invoices: %v %v", list, err)
		}
		inv := list[0]
		invPath := "/office/invoices/" + id(inv.ID)
		if res := rec.Get("/office/invoices"); res.Status != http.StatusOK || !strings.Contains(res.Body, inv.Number) {
			t.Errorf("invoice list: %d", res.Status)
		}
		if res := rec.Get(invPath + "/pdf"); res.Status != http.StatusOK || res.Header.Get("Content-Type") != "application/pdf" || !strings.HasPrefix(res.Body, "%PDF-") {
			t.Errorf("pdf: %d %s", res.Status, res.Header.Get("Content-Type"))
		}
		xml := rec.Get(invPath + "/xml")
		if xml.Status != http.StatusOK || !strings.Contains(xml.Body, "<cbc:ID>"+inv.Number+"</cbc:ID>") || !strings.Contains(xml.Header.Get("Content-Disposition"), inv.Number+".xml") {
			t.Errorf("xml: %d %s", xml.Status, xml.Header.Get("Content-Disposition"))
		}
		full, err := env.Store.Invoice(env.Acme.Ctx, inv.ID)
		if err != nil {
			t.Fatal(err)
		}
		if res := admin.Post(invPath+"/credit", url.Values{"line": {id(full.Lines[1].ID)}, "reason": {""}}); res.Status != http.StatusUnprocessableEntity {
			t.Errorf("credit without reason: %d", res.Status)
		}
		res = admin.Post(invPath+"/credit", url.Values{"line": {id(full.Lines[1].ID)}, "reason": {"Wrong rate on Monday"}})
		if res.Status != http.StatusSeeOther {
			t.Fatalf("credit: %d %s", res.Status, res.Body)
		}
		creditPath := "/office/invoices/" + idAfter(t, res.Location, "/office/invoices/")
		if res := admin.Post(creditPath+"/confirm", nil); res.Status != http.StatusSeeOther || !strings.Contains(res.Location, "confirmed") {
			t.Fatalf("confirm credit: %d %s", res.Status, res.Location)
		}
		if page := admin.Get(invPath); !strings.Contains(page.Body, "credited") || !strings.Contains(page.Body, "Wrong rate on Monday") {
			t.Error("the invoice page does not show the credited line and its credit note")
		}
	})
}

// Issue 17: a client's invoicing details are checked field by field;
// hostile input changes nothing; a contact of another company cannot be
// named.
func TestClientBillingForm_I17(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		env := webtest.New(t, db)
		w := env.Acme.InvoiceWorld(t, env.Store)
		other := env.Acme.Contact(t, env.Store, "Olaf", "Elsewhere")
		rec := env.Recruiter(t)
		path := "/office/companies/" + id(w.Ingrid.CompanyID) + "/billing"
		good := url.Values{"legal_name": {"Ingrid Holding B.V."}, "street": {"Breestraat 1"}, "postal_code": {"2311 CH"}, "city": {"Leiden"},
			"country": {"NL"}, "vat_number": {"NL987654321B01"}, "coc_number": {"28012345"}, "grouping": {"client"},
			"vat_treatment": {"auto"}, "language": {"nl"}, "contact_ids": {id(w.Ingrid.ID)}}
		if res := rec.Get(path); res.Status != http.StatusOK || !strings.Contains(res.Body, "NL987654321B01") {
			t.Fatalf("form: %d", res.Status)
		}
		bad := []struct {
			field, value, want string
		}{
			{"vat_number", "NL12345", "not a VAT number of the chosen country"},
			{"vat_number", "NL987654321B01\x00", ""},
			{"legal_name", strings.Repeat("x", 1<<20), "too long"},
			{"peppol_id", "\xff\xfe:1", ""},
			{"country", "ZZ", "two-letter country code"},
			{"coc_number", "", "KvK"},
			{"contact_ids", id(other.ID), ""},
			{"grouping", "weekly", ""},
		}
		for _, b := range bad {
			form := url.Values{}
			for k, v := range good {
				form[k] = v
			}
			form.Set(b.field, b.value)
			res := rec.Post(path, form)
			if res.Status != http.StatusUnprocessableEntity || b.want != "" && !strings.Contains(res.Body, b.want) {
				t.Errorf("%s=%.20q: %d", b.field, b.value, res.Status)
			}
		}
		saved, err := env.Store.ClientBilling(env.Acme.Ctx, w.Ingrid.CompanyID)
		if err != nil || saved.Language != "en" {
			t.Fatalf("a refused form changed the details: %+v %v", saved, err)
		}
		if res := rec.Post(path, good); res.Status != http.StatusSeeOther {
			t.Fatalf("save: %d %s", res.Status, res.Body)
		}
		if saved, _ = env.Store.ClientBilling(env.Acme.Ctx, w.Ingrid.CompanyID); saved.Language != "nl" {
			t.Errorf("saved: %+v", saved)
		}
		// The placement's PO number.
		if res := rec.Post("/office/placements/"+id(w.Placement.ID)+"/billing", url.Values{"po_number": {"PO-1\x01"}}); res.Status != http.StatusUnprocessableEntity {
			t.Errorf("PO with a control character: %d", res.Status)
		}
		if res := rec.Post("/office/placements/"+id(w.Placement.ID)+"/billing", url.Values{"po_number": {"PO-4500012345"}}); res.Status != http.StatusSeeOther {
			t.Errorf("PO: %d", res.Status)
		}
		if pb, _ := env.Store.PlacementBilling(env.Acme.Ctx, w.Placement.ID); pb.PONumber != "PO-4500012345" {
			t.Errorf("PO saved as %q", pb.PONumber)
		}
	})
}
