// Package office is the back office where recruiters work: /office/.
package office

import (
	"context"
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

// App holds the back office's dependencies.
type App struct {
	DB       *store.DB
	Store    *store.Store
	Bundle   *i18n.Bundle
	Log      *slog.Logger
	Sessions *kit.Sessions
	Auth     *account.Auth
	Accounts *service.Accounts
	Svc      *service.Service // use cases: privacy (C6, F2, F3), timesheets (D5, G3)
	tmpl     *kit.Templates
}

// New builds the back office; its sign-in pages come from package account.
func New(db *store.DB, bundle *i18n.Bundle, log *slog.Logger, sessions *kit.Sessions, accounts *service.Accounts, secure bool) (*App, error) {
	tmpl, err := kit.ParseTemplates(templateFS, "templates", "layout.html", "forms.html", "partials_activity.html", "candidate_matches.html", "candidate_placements.html", "partials_privacy.html", "charts.html")
	if err != nil {
		return nil, fmt.Errorf("office templates: %w", err)
	}
	a := &App{DB: db, Store: db.Store(), Bundle: bundle, Log: log, Sessions: sessions, Accounts: accounts,
		Svc: &service.Service{DB: db, Bundle: bundle}, tmpl: tmpl}
	a.Auth, err = account.New(account.Auth{Audience: domain.AudienceOffice, Prefix: "/office", Sessions: sessions,
		Accounts: accounts, Log: log, Secure: secure, Page: a.page}, templateFS, "templates", "layout.html")
	if err != nil {
		return nil, err
	}
	return a, nil
}

type userKey struct{}

// user returns the signed-in recruiter.
func user(ctx context.Context) domain.User {
	u, _ := ctx.Value(userKey{}).(domain.User)
	return u
}

// localizer speaks the recruiter's language, then the browser's, then the agency's.
func (a *App) localizer(r *http.Request) *i18n.Localizer {
	langs := []string{}
	if u := user(r.Context()); u.Language != "" {
		langs = append(langs, u.Language)
	}
	langs = append(langs, i18n.AcceptLanguage(r.Header.Get("Accept-Language"))...)
	langs = append(langs, kit.TenantOf(r.Context()).DefaultLanguage)
	return a.Bundle.For(langs...)
}

// page returns the common page data with title key.
func (a *App) page(r *http.Request, title string) kit.Page {
	u := user(r.Context())
	return kit.Page{L: a.localizer(r), Title: title, Who: u.Name, IsAdmin: u.IsAdmin(), Path: r.URL.Path,
		Errors: domain.FieldErrors{}, Flash: r.URL.Query().Get("flash"), Query: r.URL.Query()}
}

func (a *App) render(w http.ResponseWriter, status int, name string, view any) error {
	return a.tmpl.Render(w, status, name, view)
}

// errorPage renders an error in the back office layout.
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

// pathID reads a numeric path value; a malformed id is simply not found.
func pathID(r *http.Request, name string) (domain.ID, error) {
	id, err := strconv.ParseInt(r.PathValue(name), 10, 64)
	if err != nil || id <= 0 {
		return 0, domain.NotFound("path " + name)
	}
	return id, nil
}

// queryID reads an optional numeric query parameter; anything else is 0.
func queryID(r *http.Request, name string) domain.ID {
	id, err := strconv.ParseInt(r.URL.Query().Get(name), 10, 64)
	if err != nil || id < 0 {
		return 0
	}
	return id
}

// redirect sends the browser to url after a successful POST.
func redirect(w http.ResponseWriter, r *http.Request, url string) error {
	http.Redirect(w, r, url, http.StatusSeeOther)
	return nil
}

// pageNumber reads ?page=N (from 1).
func pageNumber(r *http.Request) int {
	n, err := strconv.Atoi(r.URL.Query().Get("page"))
	if err != nil || n < 1 {
		return 1
	}
	return n
}

// Pager is the paging part of a list view.
type Pager struct {
	Page int
	More bool
}

// Prev and Next are the neighbouring page numbers.
func (p Pager) Prev() int { return p.Page - 1 }
func (p Pager) Next() int { return p.Page + 1 }

const pageSize = 50

// ownerOptions lists the recruiters as choices.
func (a *App) ownerOptions(ctx context.Context) ([]kit.Option, error) {
	users, err := a.Store.Users(ctx)
	if err != nil {
		return nil, err
	}
	opts := make([]kit.Option, 0, len(users))
	for _, u := range users {
		opts = append(opts, kit.Option{Value: strconv.FormatInt(u.ID, 10), Label: u.Name})
	}
	return opts, nil
}

// languageOptions lists the four languages as choices.
func languageOptions() []kit.Option {
	opts := make([]kit.Option, 0, len(domain.Languages))
	for _, l := range domain.Languages {
		opts = append(opts, kit.Option{Value: l, Label: "language." + l})
	}
	return opts
}
