// Package portal is the Professional Portal where candidates work: /portal/.
package portal

import (
	"embed"
	"fmt"

	"github.com/matchpoint/matchpoint/app"
	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/service"
	"github.com/matchpoint/matchpoint/store"
	"github.com/matchpoint/matchpoint/upload"
	"github.com/matchpoint/matchpoint/web/account"
	"github.com/matchpoint/matchpoint/web/kit"
)

//go:embed templates/*.html
var templateFS embed.FS

// App holds the portal's dependencies; the plumbing it shares with the other
// surfaces (language, page data, rendering, error page) is kit.Surface.
type App struct {
	kit.Surface
	DB       *store.DB
	Store    *store.Store
	Sessions *kit.Sessions
	Auth     *account.Auth
	// Service runs the portal's use cases (C1–C9).
	Service *service.Service
	// MaxUpload is the largest file a candidate may upload, in bytes
	// (upload.DefaultMaxBytes, 20 MB, unless configured).
	MaxUpload int64
}

// New builds the portal on the application's parts; its sign-in pages come
// from package account.
func New(ap *app.App, sessions *kit.Sessions) (*App, error) {
	db, bundle, log, accounts := ap.DB, ap.Bundle, ap.Log, ap.Accounts
	tmpl, err := kit.ParseTemplates(templateFS, "templates", "layout.html", "forms.html")
	if err != nil {
		return nil, fmt.Errorf("portal templates: %w", err)
	}
	a := &App{Surface: kit.Surface{Bundle: bundle, Log: log, Templates: tmpl, Who: account.Person},
		DB: db, Store: db.Store(), Sessions: sessions,
		Service: ap.Service, MaxUpload: upload.DefaultMaxBytes}
	a.Surface.Names = ap.Service.NameTranslations // issue 15
	if ap.Config.UploadMaxBytes > 0 {
		a.MaxUpload = ap.Config.UploadMaxBytes
	}
	a.Surface.AuditReads = a.auditReads // F4
	a.Auth, err = account.New(account.Auth{Audience: domain.AudiencePortal, Prefix: "/portal", Sessions: sessions,
		Accounts: accounts, Log: log, Page: a.Page}, templateFS, "templates", "layout.html")
	if err != nil {
		return nil, err
	}
	return a, nil
}
