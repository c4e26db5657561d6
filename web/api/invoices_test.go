package api_test

import (
	"io"
	"net/http"
	"strings"
	"testing"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/service"
	"github.com/matchpoint/matchpoint/store"
	"github.com/matchpoint/matchpoint/store/storetest"
	"github.com/matchpoint/matchpoint/web/api"
	"github.com/matchpoint/matchpoint/web/webtest"
)

// download fetches a file route with a token.
func download(t *testing.T, base, token, path string) (int, string, string) {
	t.Helper()
	req, _ := http.NewRequest("GET", base+api.Prefix+path, nil)
	req.Header.Set("Authorization", "Bearer "+token)
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	body, _ := io.ReadAll(res.Body)
	return res.StatusCode, res.Header.Get("Content-Type"), string(body)
}

// Issue 17, G1: accounting software lists the agency's confirmed invoices
// and fetches their XML and PDF; drafts do not show; another agency's
// token finds none of them.
func TestAPIInvoices_I17(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		env := webtest.New(t, db)
		w := env.Acme.InvoiceWorld(t, env.Store)
		svc := service.New(env.DB)
		admin := store.Actor{Kind: domain.AudienceOffice, ID: env.Acme.Admin.ID, Name: env.Acme.Admin.Name}
		run, err := svc.DraftInvoiceRun(env.Acme.Ctx, admin, w.Period, nil)
		if err != nil {
			t.Fatal(err)
		}
		token := newToken(t, env.AdminClient(t), "Accounting")
		c := client{t: t, base: env.Server.URL, token: token}
		if items := c.want(http.StatusOK, "GET", "/invoices", nil)["items"].([]any); len(items) != 0 {
			t.Fatalf("a draft is listed: %v", items)
		}
		if _, err := svc.ConfirmInvoiceRun(env.Acme.Ctx, admin, run.ID); err != nil {
			t.Fatal(err)
		}
		list := c.want(http.StatusOK, "GET", "/invoices?kind=invoice&issued_from=2000-01-01", nil)["items"].([]any)
		if len(list) != 1 {
			t.Fatalf("%d invoices", len(list))
		}
		inv := list[0].(map[string]any)
		if inv["net_cents"].(float64) != 628000 || inv["total_cents"].(float64) != 759880 || inv["xml_url"] == "" {
			t.Errorf("invoice %v", inv)
		}
		one := c.want(http.StatusOK, "GET", path("invoices", int64(inv["id"].(float64))), nil)
		if lines := one["lines"].([]any); len(lines) != 4 {
			t.Errorf("%d lines", len(lines))
		}
		status, ct, body := download(t, env.Server.URL, token, strings.TrimPrefix(inv["xml_url"].(string), api.Prefix))
		if status != http.StatusOK || ct != "application/xml" || !strings.Contains(body, "<cbc:PayableAmount currencyID=\"EUR\">7598.80</cbc:PayableAmount>") {
			t.Errorf("xml: %d %s", status, ct)
		}
		if status, ct, body := download(t, env.Server.URL, token, strings.TrimPrefix(inv["pdf_url"].(string), api.Prefix)); status != http.StatusOK || ct != "application/pdf" || !strings.HasPrefix(body, "%PDF-") {
			t.Errorf("pdf: %d %s", status, ct)
		}
		c.want(http.StatusUnprocessableEntity, "GET", "/invoices?kind=bill", nil)
		c.want(http.StatusUnprocessableEntity, "GET", "/invoices?issued_from=yesterday", nil)

		otherAdmin := env.Client(t)
		otherAdmin.Host = "other.test"
		otherAdmin.SignInOffice(env.Other.Admin.Email)
		other := client{t: t, base: env.Server.URL, token: newToken(t, otherAdmin, "Theirs")}
		if items := other.want(http.StatusOK, "GET", "/invoices", nil)["items"].([]any); len(items) != 0 {
			t.Errorf("another agency lists %d invoices", len(items))
		}
		other.want(http.StatusNotFound, "GET", path("invoices", int64(inv["id"].(float64))), nil)
		other.want(http.StatusNotFound, "GET", path("invoices", int64(inv["id"].(float64)))+"/xml", nil)
		doc := c.want(http.StatusOK, "GET", "/openapi.json", nil)
		if _, ok := doc["paths"].(map[string]any)["/invoices/{id}/pdf"]; !ok {
			t.Error("the OpenAPI document lacks the PDF route")
		}
	})
}
