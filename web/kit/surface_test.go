package kit

import (
	"context"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/i18n"
)

// request is a request of the agency whose default language is agency, from
// a browser that asks for browser ("" sends no header).
func request(agency, browser string) *http.Request {
	r := httptest.NewRequest(http.MethodGet, "/portal/?flash=saved", nil)
	if browser != "" {
		r.Header.Set("Accept-Language", browser)
	}
	return r.WithContext(context.WithValue(r.Context(), tenantKey{}, domain.Tenant{DefaultLanguage: agency}))
}

// The page speaks the person's language, then the browser's, then the
// agency's; an unknown language is passed over (E1).
func TestSurfaceLanguageOrder_E1(t *testing.T) {
	bundle, err := i18n.Load()
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name, person, browser, agency, want string
	}{
		{"person first", "nl", "de-DE,de;q=0.9", "fr", "nl"},
		{"browser without a person's language", "", "de-DE,de;q=0.9", "fr", "de"},
		{"agency without person or browser", "", "", "fr", "fr"},
		{"unknown person's language falls to the browser", "xx", "de", "fr", "de"},
		{"unknown browser language falls to the agency", "", "ja", "nl", "nl"},
		{"English when nothing is known", "", "", "", "en"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s := &Surface{Bundle: bundle, Who: func(context.Context) Person {
				return Person{Name: "Ann", Language: tc.person, IsAdmin: true}
			}}
			r := request(tc.agency, tc.browser)
			if got := s.Localizer(r).Lang; got != tc.want {
				t.Errorf("Localizer speaks %q, want %q", got, tc.want)
			}
			p := s.Page(r, "home.title")
			if p.Lang() != tc.want || p.Who != "Ann" || !p.IsAdmin || p.Title != "home.title" || p.Flash != "saved" || p.Path != "/portal/" {
				t.Errorf("Page = lang %q who %q admin %v title %q flash %q path %q", p.Lang(), p.Who, p.IsAdmin, p.Title, p.Flash, p.Path)
			}
		})
	}
}

// Without Who every request is anonymous: no name, no admin links, the
// browser's language.
func TestSurfaceAnonymous(t *testing.T) {
	bundle, err := i18n.Load()
	if err != nil {
		t.Fatal(err)
	}
	s := &Surface{Bundle: bundle}
	p := s.Page(request("fr", "nl"), "signin.title")
	if p.Lang() != "nl" || p.Who != "" || p.IsAdmin {
		t.Errorf("anonymous page = lang %q who %q admin %v", p.Lang(), p.Who, p.IsAdmin)
	}
}

// The error page is drawn in the surface's layout with its status; when it
// cannot be drawn the status still goes out as plain text.
func TestSurfaceErrorPage(t *testing.T) {
	bundle, err := i18n.Load()
	if err != nil {
		t.Fatal(err)
	}
	fsys := fstest.MapFS{
		"t/layout.html": {Data: []byte(`{{define "layout"}}<h1>{{.T .Title}}</h1>{{template "content" .}}{{end}}`)},
		"t/error.html":  {Data: []byte(`{{define "content"}}{{.Status}} {{.Key}}{{end}}`)},
	}
	tmpl, err := ParseTemplates(fsys, "t", "layout.html")
	if err != nil {
		t.Fatal(err)
	}
	log := slog.New(slog.NewTextHandler(io.Discard, nil))
	s := &Surface{Bundle: bundle, Log: log, Templates: tmpl}
	w := httptest.NewRecorder()
	s.ErrorPage(w, request("en", ""), http.StatusNotFound, "error.not_found")
	if w.Code != http.StatusNotFound || !strings.Contains(w.Body.String(), "404 error.not_found") || !strings.Contains(w.Body.String(), "<h1>") {
		t.Errorf("error page = %d %q", w.Code, w.Body.String())
	}

	empty, err := ParseTemplates(fstest.MapFS{"t/layout.html": fsys["t/layout.html"]}, "t", "layout.html")
	if err != nil {
		t.Fatal(err)
	}
	s.Templates = empty
	w = httptest.NewRecorder()
	s.ErrorPage(w, request("en", ""), http.StatusConflict, "error.conflict")
	if w.Code != http.StatusConflict || strings.Contains(w.Body.String(), "<h1>") {
		t.Errorf("fallback error page = %d %q", w.Code, w.Body.String())
	}
}
