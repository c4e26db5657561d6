// Package careers is the agency's public careers site (issue 16): /jobs with
// search and filters, a page per vacancy with its schema.org JobPosting,
// the application form, the job feeds and the sitemap. The agency is the
// one of the request's host (kit.Tenancy); every link that leaves the page
// (feeds, structured data, canonical addresses, mails) starts with the
// agency's address from the service's link helper, never with the Host
// header. No page needs script.
package careers

import (
	"context"
	"embed"
	"fmt"
	"net/http"

	"github.com/matchpoint/matchpoint/app"
	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/service"
	"github.com/matchpoint/matchpoint/upload"
	"github.com/matchpoint/matchpoint/web/kit"
)

//go:embed templates/*.html
var templateFS embed.FS

// App holds the careers site's dependencies.
type App struct {
	kit.Surface
	// Svc runs the site's use cases: the application's one service, whose
	// links and limiter are the installation's.
	Svc *service.Service
	// MaxUpload is the largest CV an applicant may upload, in bytes (the
	// Professional Portal's limit).
	MaxUpload int64
}

// New builds the careers site on the application's parts.
func New(ap *app.App) (*App, error) {
	tmpl, err := kit.ParseTemplates(templateFS, "templates", "layout.html", "partials.html")
	if err != nil {
		return nil, fmt.Errorf("careers templates: %w", err)
	}
	a := &App{Surface: kit.Surface{Bundle: ap.Bundle, Log: ap.Log, Templates: tmpl, Who: visitor},
		Svc: ap.Service, MaxUpload: upload.DefaultMaxBytes}
	if ap.Config.UploadMaxBytes > 0 {
		a.MaxUpload = ap.Config.UploadMaxBytes
	}
	return a, nil
}

type langKey struct{}

// visitor is the anonymous visitor as kit.Surface sees it: no name, and the
// language it chose with ?lang= (else the browser's, then the agency's).
func visitor(ctx context.Context) kit.Person {
	lang, _ := ctx.Value(langKey{}).(string)
	return kit.Person{Language: lang}
}

// chosenLanguage keeps the ?lang= a visitor chose, when it is one of ours,
// for the page and the error page.
func chosenLanguage(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if lang := r.URL.Query().Get("lang"); domain.ValidLanguage(lang) {
			r = r.WithContext(context.WithValue(r.Context(), langKey{}, lang))
		}
		next.ServeHTTP(w, r)
	})
}

// explicitLanguage is the language the visitor chose with ?lang=, "" when
// it left the choice to its browser.
func explicitLanguage(r *http.Request) string {
	lang, _ := r.Context().Value(langKey{}).(string)
	return lang
}
