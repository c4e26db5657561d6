// Package hiring is the Hiring Portal where contacts of client companies work: /hiring/.
package hiring

import (
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
	a := &App{Surface: kit.Surface{Bundle: bundle, Log: log, Templates: tmpl, Who: account.Person},
		DB: db, Store: db.Store(), Sessions: sessions, Svc: &service.Service{DB: db, Bundle: bundle}}
	a.Surface.AuditReads = a.auditReads // F4
	a.Auth, err = account.New(account.Auth{Audience: domain.AudienceHiring, Prefix: "/hiring", Sessions: sessions,
		Accounts: accounts, Log: log, Secure: secure, Page: a.Page}, templateFS, "templates", "layout.html")
	if err != nil {
		return nil, err
	}
	return a, nil
}

// contact loads the signed-in contact, as the use cases take it.
func (a *App) contact(r *http.Request) (domain.Contact, error) {
	return a.Store.Contact(r.Context(), account.Current(r.Context()).ID)
}
