// Package hiring is the Hiring Portal where contacts of client companies work: /hiring/.
package hiring

import (
	"context"
	"embed"
	"fmt"
	"log/slog"
	"net/http"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/i18n"
	"github.com/matchpoint/matchpoint/service"
	"github.com/matchpoint/matchpoint/store"
	"github.com/matchpoint/matchpoint/web/account"
	"github.com/matchpoint/matchpoint/web/kit"
)

//go:embed templates/*.html
var templateFS embed.FS

// App holds the Hiring Portal's dependencies; the plumbing it shares with
// the other surfaces (language, page data, rendering, error page) is
// kit.Surface.
type App struct {
	kit.Surface
	DB       *store.DB
	Store    *store.Store
	Sessions *kit.Sessions
	Auth     *account.Auth
	Svc      *service.Service // the portal's use cases (E2–E11)
}

// New builds the Hiring Portal; its sign-in pages come from package account.
func New(db *store.DB, bundle *i18n.Bundle, log *slog.Logger, sessions *kit.Sessions, accounts *service.Accounts, secure bool) (*App, error) {
	tmpl, err := kit.ParseTemplates(templateFS, "templates", "layout.html", "forms.html", "partials_candidate.html")
	if err != nil {
		return nil, fmt.Errorf("hiring templates: %w", err)
	}
	a := &App{Surface: kit.Surface{Bundle: bundle, Log: log, Templates: tmpl, Who: signedIn},
		DB: db, Store: db.Store(), Sessions: sessions, Svc: &service.Service{DB: db, Bundle: bundle}}
	a.Auth, err = account.New(account.Auth{Audience: domain.AudienceHiring, Prefix: "/hiring", Sessions: sessions,
		Accounts: accounts, Log: log, Secure: secure, Page: a.Page}, templateFS, "templates", "layout.html")
	if err != nil {
		return nil, err
	}
	return a, nil
}

// signedIn is the signed-in contact as the pages show it: the name and the
// language of its account (E1).
func signedIn(ctx context.Context) kit.Person {
	acct := account.Current(ctx)
	return kit.Person{Name: acct.Name, Language: acct.Language}
}

// contact loads the signed-in contact, as the use cases take it.
func (a *App) contact(r *http.Request) (domain.Contact, error) {
	return a.Store.Contact(r.Context(), account.Current(r.Context()).ID)
}

// Short names the handlers use for the shared plumbing.
func (a *App) page(r *http.Request, title string) kit.Page { return a.Page(r, title) }
func (a *App) render(w http.ResponseWriter, status int, name string, view any) error {
	return a.Render(w, status, name, view)
}
func pathID(r *http.Request, name string) (domain.ID, error) { return kit.PathID(r, name) }
func redirect(w http.ResponseWriter, r *http.Request, to string) error {
	return kit.Redirect(w, r, to)
}
func pageIndex(r *http.Request) int { return kit.PageIndex(r) }
