// Package office is the back office where recruiters work: /office/.
package office

import (
	"context"
	"embed"
	"fmt"
	"net/http"
	"strconv"

	"github.com/matchpoint/matchpoint/app"
	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/service"
	"github.com/matchpoint/matchpoint/store"
	"github.com/matchpoint/matchpoint/web/account"
	"github.com/matchpoint/matchpoint/web/kit"
)

//go:embed templates/*.html
var templateFS embed.FS

// App holds the back office's dependencies; the plumbing it shares with the
// portals (language, page data, rendering, error page) is kit.Surface.
type App struct {
	kit.Surface
	DB       *store.DB
	Store    *store.Store
	Sessions *kit.Sessions
	Auth     *account.Auth
	Accounts *service.Accounts
	Svc      *service.Service // use cases: privacy (C6, F2, F3), timesheets (D5, G3)
}

// New builds the back office on the application's parts; its sign-in pages
// come from package account.
func New(ap *app.App, sessions *kit.Sessions) (*App, error) {
	db, bundle, log, accounts := ap.DB, ap.Bundle, ap.Log, ap.Accounts
	tmpl, err := kit.ParseTemplates(templateFS, "templates", "layout.html", "forms.html", "partials_activity.html", "candidate_matches.html", "candidate_placements.html", "partials_privacy.html", "charts.html", "list_tools.html", "partials_record.html")
	if err != nil {
		return nil, fmt.Errorf("office templates: %w", err)
	}
	a := &App{Surface: kit.Surface{Bundle: bundle, Log: log, Templates: tmpl, Who: recruiter},
		DB: db, Store: db.Store(), Sessions: sessions, Accounts: accounts, Svc: ap.Service}
	a.Surface.AuditReads = a.auditReads // F4
	a.Surface.Lag = a.lag(db.HasReplica(), sessions.Secure)
	a.Surface.Names = ap.Service.NameTranslations // issue 15
	a.Auth, err = account.New(account.Auth{Audience: domain.AudienceOffice, Prefix: "/office", Sessions: sessions,
		Accounts: accounts, Log: log, Page: a.Page}, templateFS, "templates", "layout.html")
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

// recruiter is the signed-in recruiter as the pages show it: the language of
// the user record and the admin links only for admins.
func recruiter(ctx context.Context) kit.Person {
	u := user(ctx)
	return kit.Person{Name: u.Name, Language: u.Language, IsAdmin: u.IsAdmin()}
}

// queryID reads an optional numeric query parameter; anything else is 0.
func queryID(r *http.Request, name string) domain.ID {
	id, err := strconv.ParseInt(r.URL.Query().Get(name), 10, 64)
	if err != nil || id < 0 {
		return 0
	}
	return id
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
