package careers_test

import (
	"net/http"
	"strings"
	"testing"

	"github.com/matchpoint/matchpoint/store/storetest"
)

// /robots.txt on an agency's host points search engines at that agency's
// sitemap (which answers) and keeps them out of the signed-in surfaces and
// the application forms.
func TestRobotsTxt_I16(t *testing.T) {
	s := newSite(t, storetest.SQLite(t))
	for host, base := range map[string]string{"": s.base, "other.test": s.otherBase} {
		c := s.env.Client(t)
		c.Host = host
		res := c.Get("/robots.txt")
		if res.Status != http.StatusOK || !strings.HasPrefix(res.Header.Get("Content-Type"), "text/plain") {
			t.Fatalf("%s: %d %s", host, res.Status, res.Header.Get("Content-Type"))
		}
		if !strings.Contains(res.Body, "\nSitemap: "+base+"/sitemap.xml\n") {
			t.Errorf("%s: no sitemap of its own:\n%s", host, res.Body)
		}
		for _, p := range []string{"Disallow: /office/", "Disallow: /portal/", "Disallow: /jobs/apply", "Allow: /jobs"} {
			if !strings.Contains(res.Body, p+"\n") {
				t.Errorf("%s: no %q", host, p)
			}
		}
		for _, line := range strings.Split(res.Body, "\n") {
			if link, ok := strings.CutPrefix(line, "Sitemap: "); ok {
				if got := c.Get(strings.TrimPrefix(link, base)); got.Status != http.StatusOK || !strings.Contains(got.Body, "<urlset") {
					t.Errorf("%s: the sitemap link %s answers %d", host, link, got.Status)
				}
			}
		}
	}
}
