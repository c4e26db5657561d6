// Package hiring is the Hiring Portal where contacts of client companies work: /hiring/.
package hiring

import (
	"embed"
	"fmt"
	"net/http"

	"github.com/matchpoint/matchpoint/app"
	"github.com/matchpoint/matchpoint/domain"
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

// New builds the Hiring Portal on the application's parts; its sign-in
// pages come from package account.
func New(ap *app.App, sessions *kit.Sessions) (*App, error) {
	db, bundle, log, accounts := ap.DB, ap.Bundle, ap.Log, ap.Accounts
	tmpl, err := kit.ParseTemplates(templateFS, "templates", "layout.html", "forms.html", "partials_candidate.html")
	if err != nil {
		return nil, fmt.Errorf("hiring templates: %w", err)
	}
	a := &App{Surface: kit.Surface{Bundle: bundle, Log: log, Templates: tmpl, Who: account.Person},
		DB: db, Store: db.Store(), Sessions: sessions, Svc: ap.Service}
	a.Surface.AuditReads = a.auditReads // F4
	a.Surface.Lag = a.lag(db.HasReplica(), sessions.Secure)
	a.Surface.Names = ap.Service.NameTranslations // issue 15
	a.Auth, err = account.New(account.Auth{Audience: domain.AudienceHiring, Prefix: "/hiring", Sessions: sessions,
		Accounts: accounts, Log: log, Page: a.Page}, templateFS, "templates", "layout.html")
	if err != nil {
		return nil, err
	}
	return a, nil
}

// contact loads the signed-in contact, as the use cases take it.
func (a *App) contact(r *http.Request) (domain.Contact, error) {
	return a.Store.Contact(r.Context(), account.Current(r.Context()).ID)
}

// Page is the common page data with the portal's optional sections: the
// invoices section for a contact its company's invoicing details name.
// The nav shows it on every page, as the home page's link did alone.
func (a *App) Page(r *http.Request, title string) kit.Page {
	p := a.Surface.Page(r, title)
	if p.Who == "" || account.Current(r.Context()).ID == 0 {
		return p
	}
	c, err := a.contact(r)
	if err != nil {
		return p // the handler that loads the contact reports it
	}
	sees, err := a.Svc.ContactSeesInvoices(r.Context(), c)
	if err != nil {
		a.Log.Error("hiring nav: invoices section", "contact", c.ID, "err", err)
		return p
	}
	if sees {
		p.Sections = map[string]bool{"invoices": true}
	}
	return p
}
