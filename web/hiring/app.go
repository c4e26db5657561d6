// Package hiring is the Hiring Portal where contacts of client companies work: /hiring/.
package hiring

import (
	"embed"
	"fmt"
	"log/slog"
	"net/http"
	"strconv"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/i18n"
	"github.com/matchpoint/matchpoint/service"
	"github.com/matchpoint/matchpoint/store"
	"github.com/matchpoint/matchpoint/web/account"
	"github.com/matchpoint/matchpoint/web/kit"
)

//go:embed templates/*.html
var templateFS embed.FS

// App holds the Hiring Portal's dependencies.
type App struct {
	DB       *store.DB
	Store    *store.Store
	Bundle   *i18n.Bundle
	Log      *slog.Logger
	Sessions *kit.Sessions
	Auth     *account.Auth
	Svc      *service.Service // the portal's use cases (E2–E11)
	tmpl     *kit.Templates
}

// New builds the Hiring Portal; its sign-in pages come from package account.
func New(db *store.DB, bundle *i18n.Bundle, log *slog.Logger, sessions *kit.Sessions, accounts *service.Accounts, secure bool) (*App, error) {
	tmpl, err := kit.ParseTemplates(templateFS, "templates", "layout.html", "forms.html", "partials_candidate.html")
	if err != nil {
		return nil, fmt.Errorf("hiring templates: %w", err)
	}
	a := &App{DB: db, Store: db.Store(), Bundle: bundle, Log: log, Sessions: sessions,
		Svc: &service.Service{DB: db, Bundle: bundle}, tmpl: tmpl}
	a.Auth, err = account.New(account.Auth{Audience: domain.AudienceHiring, Prefix: "/hiring", Sessions: sessions,
		Accounts: accounts, Log: log, Secure: secure, Page: a.page}, templateFS, "templates", "layout.html")
	if err != nil {
		return nil, err
	}
	return a, nil
}

// localizer speaks the contact's language (E1), then the browser's, then the agency's.
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

// errorPage renders an error in the Hiring Portal layout.
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

// contact loads the signed-in contact, as the use cases take it.
func (a *App) contact(r *http.Request) (domain.Contact, error) {
	return a.Store.Contact(r.Context(), account.Current(r.Context()).ID)
}

// pathID reads an id from the path; anything but a positive number is not found.
func pathID(r *http.Request, name string) (domain.ID, error) {
	id, err := strconv.ParseInt(r.PathValue(name), 10, 64)
	if err != nil || id <= 0 {
		return 0, domain.NotFound("hiring.pathID")
	}
	return id, nil
}

// redirect sends the browser on after a successful POST.
func redirect(w http.ResponseWriter, r *http.Request, to string) error {
	http.Redirect(w, r, to, http.StatusSeeOther)
	return nil
}

// page reads the ?page= number of a list (1 is the first) as the use cases'
// page index (0 is the first).
func pageIndex(r *http.Request) int {
	n, err := strconv.Atoi(r.URL.Query().Get("page"))
	if err != nil || n < 1 {
		return 0
	}
	return n - 1
}
