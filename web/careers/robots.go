package careers

import (
	"net/http"
	"strings"
)

// robots is /robots.txt on an agency's host: search engines may read the
// careers site and are pointed at its sitemap; the signed-in surfaces that
// share the host, the application forms and the API are no business of
// theirs.
func (a *App) robots(w http.ResponseWriter, r *http.Request) error {
	site, err := a.Svc.CareersSite(r.Context())
	if err != nil {
		return err
	}
	var b strings.Builder
	b.WriteString("User-agent: *\n")
	for _, p := range []string{"/office/", "/portal/", "/hiring/", "/api/", "/jobs/apply", "/jobs/applied", "/jobs/*/apply"} {
		b.WriteString("Disallow: " + p + "\n")
	}
	b.WriteString("Allow: /jobs\n")
	b.WriteString("\nSitemap: " + site.URL("/sitemap.xml") + "\n")
	w.Header().Set("Content-Type", "text/plain; charset=utf-8")
	_, err = w.Write([]byte(b.String()))
	return err
}
