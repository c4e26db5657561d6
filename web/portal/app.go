// Package portal is the Professional Portal where candidates work: /portal/.
package portal

import (
	"embed"
	"fmt"
	"log/slog"
	"net/http"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/i18n"
	"github.com/matchpoint/matchpoint/service"
	"github.com/matchpoint/matchpoint/store"
	"github.com/matchpoint/matchpoint/upload"
	"github.com/matchpoint/matchpoint/web/account"
	"github.com/matchpoint/matchpoint/web/kit"
)

//go:embed templates/*.html
var templateFS embed.FS

// App holds the portal's dependencies.
type App struct {
	DB       *store.DB
	Store    *store.Store
	Bundle   *i18n.Bundle
	Log      *slog.Logger
	Sessions *kit.Sessions
	Auth     *account.Auth
	// Service runs the portal's use cases (C1–C9).
	Service *service.Service
	// MaxUpload is the largest file a candidate may upload, in bytes
	// (upload.DefaultMaxBytes, 20 MB, unless configured).
	MaxUpload int64
	tmpl      *kit.Templates
}

// New builds the portal; its sign-in pages come from package account.
func New(db *store.DB, bundle *i18n.Bundle, log *slog.Logger, sessions *kit.Sessions, accounts *service.Accounts, secure bool) (*App, error) {
	tmpl, err := kit.ParseTemplates(templateFS, "templates", "layout.html", "forms.html")
	if err != nil {
		return nil, fmt.Errorf("portal templates: %w", err)
	}
	a := &App{DB: db, Store: db.Store(), Bundle: bundle, Log: log, Sessions: sessions, tmpl: tmpl,
		Service: &service.Service{DB: db, Bundle: bundle}, MaxUpload: upload.DefaultMaxBytes}
	a.Auth, err = account.New(account.Auth{Audience: domain.AudiencePortal, Prefix: "/portal", Sessions: sessions,
		Accounts: accounts, Log: log, Secure: secure, Page: a.page}, templateFS, "templates", "layout.html")
	if err != nil {
		return nil, err
	}
	return a, nil
}

// localizer speaks the candidate's language, then the browser's, then the agency's.
func (a *App) localizer(r *http.Request) *i18n.Localizer {
	var langs []string
	if acct := account.Current(r.Context()); acct.Language != "" {
		langs = append(langs, acct.Language)
	}
	langs = append(langs, i18n.AcceptLanguage(r.Header.Get("Accept-Language"))...)
	langs = append(langs, kit.TenantOf(r.Context()).DefaultLanguage)
	return a.Bundle.For(langs...)
}

// page returns the common page data with title key.
func (a *App) page(r *http.Request, title string) kit.Page {
	return kit.Page{L: a.localizer(r), Title: title, Who: account.Current(r.Context()).Name, Path: r.URL.Path,
		Errors: domain.FieldErrors{}, Flash: r.URL.Query().Get("flash"), Query: r.URL.Query()}
}

func (a *App) render(w http.ResponseWriter, status int, name string, view any) error {
	return a.tmpl.Render(w, status, name, view)
}

// errorPage renders an error in the portal layout.
func (a *App) errorPage(w http.ResponseWriter, r *http.Request, status int, key string) {
	view := struct {
		kit.Page
		Status int
		Key    string
	}{a.page(r, "error.title"), status, key}
	if err := a.render(w, status, "error", view); err != nil {
		a.Log.Error("render error page", "err", err)
		http.Error(w, http.StatusText(status), status)
	}
}
