// Package web assembles the surfaces into one handler.
package web

import (
	"embed"
	"io/fs"
	"log/slog"
	"net/http"
	"time"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/i18n"
	"github.com/matchpoint/matchpoint/password"
	"github.com/matchpoint/matchpoint/service"
	"github.com/matchpoint/matchpoint/store"
	"github.com/matchpoint/matchpoint/web/api"
	"github.com/matchpoint/matchpoint/web/careers"
	"github.com/matchpoint/matchpoint/web/hiring"
	"github.com/matchpoint/matchpoint/web/kit"
	"github.com/matchpoint/matchpoint/web/office"
	"github.com/matchpoint/matchpoint/web/portal"
	"github.com/matchpoint/matchpoint/web/public"
)

//go:embed static
var staticFS embed.FS

// Config is what the server needs besides the database. Zero values take
// the defaults: sessions idle 30 min / at most 12 h in the back office and
// 60 min / 24 h in the portals; set-password links 72 h.
type Config struct {
	DefaultTenant string // slug served when the host name matches no tenant
	Secure        bool   // served over TLS
	OfficeIdle    time.Duration
	OfficeMax     time.Duration
	PortalIdle    time.Duration
	PortalMax     time.Duration
	HiringIdle    time.Duration
	HiringMax     time.Duration
	// TokenHours is how long set-password links work unless an agency set
	// its own in the settings.
	TokenHours int
	// UploadMaxBytes is the largest file a candidate may upload in the
	// Professional Portal; 0 takes upload.DefaultMaxBytes (20 MB).
	UploadMaxBytes int64
	// PasswordParams are the argon2id costs of new passwords (tests lower them).
	PasswordParams password.Params
	// Limits of sign-in failures and reset requests per account and per
	// client address; nil takes service.Accounts.DefaultLimits. They are
	// kept in memory: each process limits on its own.
	SignInPerAccount, SignInPerAddress *service.Limiter
	ResetPerAccount, ResetPerAddress   *service.Limiter
	// WebhooksAllowPrivate lets admins register webhook URLs on loopback and
	// private addresses (G1); off, the settings refuse them.
	WebhooksAllowPrivate bool
	// ApplyPerAddress limits the careers site's applications per client
	// address; nil takes 20 an hour.
	ApplyPerAddress *service.Limiter
}

func orDefault(d *time.Duration, def time.Duration) {
	if *d == 0 {
		*d = def
	}
}

// Server is the assembled application.
type Server struct {
	Office   *office.App
	Portal   *portal.App
	Hiring   *hiring.App
	Careers  *careers.App
	API      *api.App
	Accounts *service.Accounts
	handler  http.Handler
}

// New wires the surfaces onto one mux.
func New(db *store.DB, bundle *i18n.Bundle, log *slog.Logger, cfg Config) (*Server, error) {
	orDefault(&cfg.OfficeIdle, 30*time.Minute)
	orDefault(&cfg.OfficeMax, 12*time.Hour)
	orDefault(&cfg.PortalIdle, 60*time.Minute)
	orDefault(&cfg.PortalMax, 24*time.Hour)
	orDefault(&cfg.HiringIdle, 60*time.Minute)
	orDefault(&cfg.HiringMax, 24*time.Hour)
	st := db.Store()
	accounts := &service.Accounts{DB: db, TokenHours: cfg.TokenHours, Hash: cfg.PasswordParams,
		SignInPerAccount: cfg.SignInPerAccount, SignInPerAddress: cfg.SignInPerAddress,
		ResetPerAccount: cfg.ResetPerAccount, ResetPerAddress: cfg.ResetPerAddress}
	accounts.DefaultLimits()
	sessions := func(aud domain.Audience, idle, max time.Duration) *kit.Sessions {
		return &kit.Sessions{Store: st, Audience: aud, Idle: idle, Absolute: max, Secure: cfg.Secure, Now: db.Now}
	}
	officeApp, err := office.New(db, bundle, log, sessions(domain.AudienceOffice, cfg.OfficeIdle, cfg.OfficeMax), accounts, cfg.Secure)
	if err != nil {
		return nil, err
	}
	officeApp.Svc.WebhooksAllowPrivate = cfg.WebhooksAllowPrivate
	portalApp, err := portal.New(db, bundle, log, sessions(domain.AudiencePortal, cfg.PortalIdle, cfg.PortalMax), accounts, cfg.Secure)
	if err != nil {
		return nil, err
	}
	if cfg.UploadMaxBytes > 0 {
		portalApp.MaxUpload = cfg.UploadMaxBytes
	}
	hiringApp, err := hiring.New(db, bundle, log, sessions(domain.AudienceHiring, cfg.HiringIdle, cfg.HiringMax), accounts, cfg.Secure)
	if err != nil {
		return nil, err
	}
	publicApp, err := public.New(bundle, log)
	if err != nil {
		return nil, err
	}
	careersApp, err := careers.New(db, bundle, log)
	if err != nil {
		return nil, err
	}
	careersApp.MaxUpload = portalApp.MaxUpload
	careersApp.Svc.Accounts = accounts
	careersApp.Svc.ApplyLimit = cfg.ApplyPerAddress
	if careersApp.Svc.ApplyLimit == nil {
		careersApp.Svc.ApplyLimit = &service.Limiter{Max: 20, Window: time.Hour, Capacity: 50000, Now: db.Now}
	}
	tenantMux := http.NewServeMux()
	careersApp.Mount(tenantMux)
	officeApp.Mount(tenantMux)
	publicApp.Mount(tenantMux)
	portalApp.Mount(tenantMux)
	hiringApp.Mount(tenantMux)
	tenantMux.Handle("GET /portal", http.RedirectHandler("/portal/", http.StatusMovedPermanently))
	tenantMux.Handle("GET /hiring", http.RedirectHandler("/hiring/", http.StatusMovedPermanently))
	tenantMux.Handle("GET /office", http.RedirectHandler("/office/", http.StatusMovedPermanently))
	tenantMux.Handle("GET /{$}", http.RedirectHandler("/office/", http.StatusSeeOther))

	root := http.NewServeMux()
	static, err := fs.Sub(staticFS, "static")
	if err != nil {
		return nil, err
	}
	root.Handle("GET /static/", http.StripPrefix("/static/", http.FileServerFS(static)))
	root.HandleFunc("GET /healthz", func(w http.ResponseWriter, r *http.Request) {
		if err := db.Ping(r.Context()); err != nil {
			http.Error(w, "database unreachable", http.StatusServiceUnavailable)
			return
		}
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		_, _ = w.Write([]byte("ok\n"))
	})
	// The API finds its tenant from the request's token, not from the host (G1).
	apiApp := api.New(db, bundle, log)
	apiApp.Mount(root)
	root.Handle("/", kit.Tenancy(st, cfg.DefaultTenant, tenantMux))

	cop := http.NewCrossOriginProtection()
	h := kit.Recover(log, kit.SecurityHeaders(cop.Handler(root)))
	return &Server{Office: officeApp, Portal: portalApp, Hiring: hiringApp, Careers: careersApp, API: apiApp, Accounts: accounts, handler: h}, nil
}

// ServeHTTP serves every surface.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) { s.handler.ServeHTTP(w, r) }
