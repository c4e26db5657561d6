package office_test

import (
	"net/http"
	"net/url"
	"regexp"
	"strings"
	"testing"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/store"
	"github.com/matchpoint/matchpoint/store/storetest"
	"github.com/matchpoint/matchpoint/web/webtest"
)

// Issue 17: an admin marks a candidate as a freelancer paid through
// self-billing in the back office; hostile or wrong input is refused next
// to its field and changes nothing; recruiters and other agencies' ids get
// not found. With self-billing on, the next run makes the freelancer's
// self-billed invoice, whose page, PDF and XML open, and the audit log
// links each invoice and run entry to its page.
func TestFreelancerBillingForm_I17(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		env := webtest.New(t, db)
		w := env.Acme.InvoiceWorld(t, env.Store)
		admin, rec := env.AdminClient(t), env.Recruiter(t)
		stranger := env.Other.Candidate(t, env.Store, "Sven", "Stranger")
		path := "/office/candidates/" + id(w.Ivo.ID) + "/freelancer"

		page := admin.Get("/office/candidates/" + id(w.Ivo.ID))
		if !strings.Contains(page.Body, `href="`+path+`"`) {
			t.Fatal("the candidate page does not link the freelancer form")
		}
		if res := admin.Get(path); res.Status != http.StatusOK || !strings.Contains(res.Body, "Freelancer invoicing") || !strings.Contains(res.Body, `id="self-billing-off"`) {
			t.Fatalf("form: %d", res.Status)
		}
		if res := rec.Get(path); res.Status != http.StatusNotFound {
			t.Errorf("a recruiter opened the freelancer form: %d", res.Status)
		}
		good := url.Values{"freelancer": {"on"}, "trading_name": {"Ivo Logistics"}, "street": {"Kade 7"}, "postal_code": {"3511 AA"},
			"city": {"Utrecht"}, "country": {"nl"}, "vat_number": {"NL 0012.34567.B01"}, "coc_number": {"76543210"},
			"iban": {"nl02 abna 0123 4567 89"}, "agreement": {"on"}, "agreement_date": {"2026-01-02"}}
		bad := []struct{ field, value, want string }{
			{"trading_name", "Ivo\x00Logistics", ""},
			{"street", "\xff\xfe", ""},
			{"city", strings.Repeat("Utrecht ", 1<<17), "too long"},
			{"trading_name", "Ivo\x01", ""},
			{"iban", "NL02ABNA0123456788", "IBAN is not valid"},
			{"vat_number", "BE0123456749", "not a VAT number of the chosen country"},
			{"country", "ZZ", "two-letter country code"},
			{"agreement", "", "signed agreement"},
			{"agreement_date", "2099-01-01", "after today"},
			{"agreement_date", "yesterday", ""},
			{"trading_name", "", ""},
		}
		for _, b := range bad {
			form := url.Values{}
			for k, v := range good {
				form[k] = v
			}
			form.Set(b.field, b.value)
			res := admin.Post(path, form)
			if res.Status != http.StatusUnprocessableEntity || b.want != "" && !strings.Contains(res.Body, b.want) {
				t.Errorf("%s=%.20q: %d", b.field, b.value, res.Status)
			}
		}
		if f, err := env.Store.FreelancerBilling(env.Acme.Ctx, w.Ivo.ID); err != nil || f.Freelancer || f.TradingName != "" {
			t.Fatalf("refused forms changed the details: %+v %v", f, err)
		}
		if res := rec.Post(path, good); res.Status != http.StatusNotFound {
			t.Errorf("a recruiter saved: %d", res.Status)
		}
		for _, p := range []string{"/office/candidates/" + id(stranger.ID) + "/freelancer", "/office/candidates/99999999/freelancer", "/office/candidates/x/freelancer"} {
			if res := admin.Get(p); res.Status != http.StatusNotFound {
				t.Errorf("GET %s: %d", p, res.Status)
			}
			if res := admin.Post(p, good); res.Status != http.StatusNotFound {
				t.Errorf("POST %s: %d", p, res.Status)
			}
		}
		if f, _ := env.Store.FreelancerBilling(env.Other.Ctx, stranger.ID); f.Freelancer {
			t.Error("another agency's candidate became a freelancer")
		}
		res := admin.Post(path, good)
		if res.Status != http.StatusSeeOther || !strings.HasPrefix(res.Location, "/office/candidates/"+id(w.Ivo.ID)) {
			t.Fatalf("save: %d %s %s", res.Status, res.Location, res.Body)
		}
		f, err := env.Store.FreelancerBilling(env.Acme.Ctx, w.Ivo.ID)
		if err != nil || !f.Freelancer || f.IBAN != "NL02ABNA0123456789" || f.VATNumber != "NL001234567B01" || f.Country != "NL" || f.AgreementDate != domain.NewDate(2026, 1, 2) {
			t.Fatalf("saved %+v %v", f, err)
		}

		// Self-billing on: January's run makes Ivo's self-billed invoice.
		set, err := env.Store.InvoiceSettings(env.Acme.Ctx)
		if err != nil {
			t.Fatal(err)
		}
		set.SelfBilling = true
		if err := env.Store.SaveInvoiceSettings(env.Acme.Ctx, set); err != nil {
			t.Fatal(err)
		}
		if res := admin.Get(path); strings.Contains(res.Body, `id="self-billing-off"`) {
			t.Error("the form says self-billing is off")
		}
		res = admin.Post("/office/invoice-runs", url.Values{"period": {"2026-01"}})
		if res.Status != http.StatusSeeOther {
			t.Fatalf("run: %d %s", res.Status, res.Body)
		}
		runID := idAfter(t, res.Location, "/office/invoice-runs/")
		if res := admin.Post("/office/invoice-runs/"+runID+"/confirm", nil); res.Status != http.StatusSeeOther || !strings.Contains(res.Location, "confirmed") {
			t.Fatalf("confirm: %d %s", res.Status, res.Location)
		}
		list, _, err := env.Store.Invoices(env.Acme.Ctx, store.InvoiceFilter{Kinds: []domain.InvoiceKind{domain.InvoiceKindSelfBilling}})
		if err != nil || len(list) != 1 {
			t.Fatalf("self-billed invoices: %v %v", list, err)
		}
		sb := list[0]
		invPath := "/office/invoices/" + id(sb.ID)
		if page := admin.Get("/office/invoice-runs/" + runID); !strings.Contains(page.Body, `href="`+invPath+`"`) {
			t.Error("the run page does not link the self-billed invoice")
		}
		page = admin.Get(invPath)
		if page.Status != http.StatusOK || !strings.Contains(page.Body, sb.Number) || !strings.Contains(page.Body, "Ivo Logistics") {
			t.Fatalf("self-billed invoice page: %d", page.Status)
		}
		for _, link := range []string{invPath + "/pdf", invPath + "/xml"} {
			if !strings.Contains(page.Body, `href="`+link+`"`) {
				t.Errorf("the invoice page does not link %s", link)
			}
			if res := admin.Get(link); res.Status != http.StatusOK {
				t.Errorf("%s: %d", link, res.Status)
			}
		}
		if xml := admin.Get(invPath + "/xml"); !strings.Contains(xml.Body, "<cbc:InvoiceTypeCode>389</cbc:InvoiceTypeCode>") {
			t.Error("the self-billed XML is no type 389")
		}

		// The payroll leaves Ivo (Invoiced) out, and says so.
		if pay := admin.Get("/office/invoices/payroll?period=2026-01"); !strings.Contains(pay.Body, `id="self-billed-workers"`) {
			t.Error("the payroll page does not say it left the self-billed freelancer out")
		}
		if csv := admin.Get("/office/invoices/payroll.csv?period=2026-01"); csv.Status != http.StatusOK || strings.Contains(csv.Body, "Invoiced") {
			t.Errorf("the payroll CSV pays the self-billed freelancer too: %d", csv.Status)
		}

		// The audit log links invoices and runs to their pages, and the links open.
		audit := admin.Get("/office/settings/audit?object_kind=invoice")
		if audit.Status != http.StatusOK || !strings.Contains(audit.Body, `href="`+invPath+`"`) {
			t.Fatalf("the audit log does not link the self-billed invoice: %d", audit.Status)
		}
		runs := admin.Get("/office/settings/audit?object_kind=invoice_run")
		if !strings.Contains(runs.Body, `href="/office/invoice-runs/`+runID+`"`) {
			t.Error("the audit log does not link the run")
		}
		links := regexp.MustCompile(`href="(/office/invoice(?:s|-runs)/\d+)"`).FindAllStringSubmatch(audit.Body+runs.Body, -1)
		if len(links) < 3 {
			t.Fatalf("%d invoice links in the audit log", len(links))
		}
		for _, m := range links {
			if res := admin.Get(m[1]); res.Status != http.StatusOK {
				t.Errorf("audit link %s: %d", m[1], res.Status)
			}
		}
		// The erasure preview says what goes and what the fiscal retention keeps.
		erase := admin.Get("/office/candidates/" + id(w.Ivo.ID) + "/erase")
		if !strings.Contains(erase.Body, `id="removed-freelancer"`) || !strings.Contains(erase.Body, `id="kept-self-billed"`) ||
			!strings.Contains(erase.Body, "1 issued self-billed invoices") {
			t.Errorf("the erasure preview does not tell the freelancer details from the kept self-billed invoice: %d", erase.Status)
		}
		freelancer := admin.Get("/office/settings/audit?action=freelancer_billing")
		if !strings.Contains(freelancer.Body, `href="/office/candidates/`+id(w.Ivo.ID)+`"`) || strings.Contains(freelancer.Body, "NL02ABNA") {
			t.Error("the freelancer entry does not link the candidate, or shows its IBAN")
		}
	})
}
