// Package public serves the pages anyone may read without signing in: the
// application's privacy and cookie page (/privacy, F1).
package public

import (
	"embed"
	"fmt"
	"log/slog"
	"net/http"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/i18n"
	"github.com/matchpoint/matchpoint/web/kit"
)

//go:embed templates/*.html
var templateFS embed.FS

// App serves the public pages.
type App struct {
	Bundle *i18n.Bundle
	Log    *slog.Logger
	// Speaks are the surfaces' ways to know the language of a person
	// signed in on them; the first that knows one wins.
	Speaks []func(w http.ResponseWriter, r *http.Request) string
	tmpl   *kit.Templates
}

// New parses the public templates.
func New(bundle *i18n.Bundle, log *slog.Logger) (*App, error) {
	tmpl, err := kit.ParseTemplates(templateFS, "templates", "layout.html")
	if err != nil {
		return nil, fmt.Errorf("public templates: %w", err)
	}
	return &App{Bundle: bundle, Log: log, tmpl: tmpl}, nil
}

// Mount registers the public routes on mux (behind tenancy: the agency named
// as controller is the one of the host).
func (a *App) Mount(mux *http.ServeMux) {
	mux.Handle("GET /privacy", kit.Wrap(a.Log, a.errorPage, a.privacy))
	// Any other address of the agency's host that no surface takes.
	// Not Routed: the metrics keep counting such requests as "unmatched".
	mux.Handle("/", kit.NoStore(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		a.errorPage(w, r, http.StatusNotFound, "error.not_found")
	})))
}

// localizer speaks ?lang=, then the language of the person signed in on
// any surface, then the browser's language, then the agency's.
func (a *App) localizer(w http.ResponseWriter, r *http.Request) *i18n.Localizer {
	asked := r.URL.Query().Get("lang")
	if !domain.ValidLanguage(asked) {
		asked = ""
	}
	for _, speaks := range a.Speaks {
		if asked != "" {
			break
		}
		asked = speaks(w, r)
	}
	return a.Bundle.For(kit.Languages(r, asked)...)
}

type privacyView struct {
	kit.Page
	Agency    string
	Rights    []domain.PrivacyRight
	Cookies   []kit.Cookie
	Languages []string
}

func (a *App) privacy(w http.ResponseWriter, r *http.Request) error {
	v := privacyView{Page: kit.Page{L: a.localizer(w, r), Title: "privacy.title", Path: r.URL.Path, Query: r.URL.Query()},
		Agency: kit.TenantOf(r.Context()).Name, Rights: domain.PrivacyRights, Cookies: kit.Cookies(), Languages: domain.Languages}
	return a.tmpl.Render(w, http.StatusOK, "privacy", v)
}

// errorPage draws an error in the public layout, in the visitor's language.
func (a *App) errorPage(w http.ResponseWriter, r *http.Request, status int, key string) {
	v := struct {
		kit.Page
		Key string
	}{kit.Page{L: a.localizer(w, r), Title: "error.title", Path: r.URL.Path, Query: r.URL.Query()}, key}
	if err := a.tmpl.Render(w, status, "error", v); err != nil {
		a.Log.ErrorContext(r.Context(), "render public error page", "err", err)
		http.Error(w, http.StatusText(status), status)
	}
}
