package office_test

import (
	"html"
	"net/http"
	"net/url"
	"strings"
	"testing"

	"github.com/matchpoint/matchpoint/store"
	"github.com/matchpoint/matchpoint/store/storetest"
	"github.com/matchpoint/matchpoint/web/webtest"
)

// G1: the webhook settings refuse URLs into private networks (loopback,
// private, link-local, unspecified, IPv4 inside IPv6, localhost) and URLs
// that are no http(s), each with its message next to the field; nothing is
// saved. A public address is still taken.
func TestWebhookSettingsRefusePrivateURL_G1(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		env := webtest.New(t, db)
		admin := env.AdminClient(t)
		private := "This address is in a private network"
		for _, tc := range []struct{ url, msg string }{
			{"http://127.0.0.1:8080/hook", private},
			{"https://localhost/hook", private},
			{"http://10.0.0.5/hook", private},
			{"http://192.168.1.20:9000/", private},
			{"http://169.254.169.254/latest/meta-data/", private},
			{"http://[::1]:8080/", private},
			{"http://[::ffff:172.16.0.1]/", private},
			{"http://0.0.0.0/", private},
			{"http://127.1/", private},
			{"ftp://example.com/hook", "Enter a web address starting with https://."},
			{"file:///etc/passwd", "Enter a web address starting with https://."},
		} {
			t.Run(tc.url, func(t *testing.T) {
				res := admin.Post("/office/settings/webhooks", url.Values{"event": {"timesheet.sent"}, "url": {tc.url}})
				if res.Status != http.StatusUnprocessableEntity {
					t.Fatalf("status %d, want 422", res.Status)
				}
				body := html.UnescapeString(res.Body)
				if !strings.Contains(body, `id="e-url">`+tc.msg) || !strings.Contains(res.Body, `aria-invalid="true"`) {
					t.Fatalf("no message %q at the field:\n%s", tc.msg, body)
				}
			})
		}
		hooks, err := env.Store.Webhooks(env.Acme.Ctx, "")
		if err != nil || len(hooks) != 0 {
			t.Fatalf("webhooks saved after refusals: %+v %v", hooks, err)
		}
		if res := admin.Post("/office/settings/webhooks", url.Values{"event": {"timesheet.sent"}, "url": {"https://hooks.example.com/h"}}); res.Status != http.StatusSeeOther {
			t.Fatalf("public address: %d", res.Status)
		}
		if hooks, _ := env.Store.Webhooks(env.Acme.Ctx, ""); len(hooks) != 1 {
			t.Fatalf("webhooks after a public address: %+v", hooks)
		}
	})
}
