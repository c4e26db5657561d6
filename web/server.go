// Package web assembles the surfaces into one handler.
package web

import (
	"embed"
	"io/fs"
	"net/http"
	"time"

	"github.com/matchpoint/matchpoint/app"
	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/service"
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

// New wires the surfaces of the application onto one mux.
func New(ap *app.App) (*Server, error) {
	cfg, db := ap.Config, ap.DB
	st := db.Store()
	sessions := func(aud domain.Audience, idle, max time.Duration) *kit.Sessions {
		return &kit.Sessions{Svc: ap.Service, Audience: aud, Idle: idle, Absolute: max, Secure: cfg.Secure()}
	}
	officeApp, err := office.New(ap, sessions(domain.AudienceOffice, cfg.OfficeIdle, cfg.OfficeMax))
	if err != nil {
		return nil, err
	}
	portalApp, err := portal.New(ap, sessions(domain.AudiencePortal, cfg.PortalIdle, cfg.PortalMax))
	if err != nil {
		return nil, err
	}
	hiringApp, err := hiring.New(ap, sessions(domain.AudienceHiring, cfg.HiringIdle, cfg.HiringMax))
	if err != nil {
		return nil, err
	}
	publicApp, err := public.New(ap.Bundle, ap.Log)
	if err != nil {
		return nil, err
	}
	publicApp.Speaks = []func(http.ResponseWriter, *http.Request) string{officeApp.Auth.Language, hiringApp.Auth.Language, portalApp.Auth.Language}
	careersApp, err := careers.New(ap)
	if err != nil {
		return nil, err
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
	root.Handle("GET /static/", kit.Routed("GET /static/", http.StripPrefix("/static/", http.FileServerFS(static))))
	root.Handle("GET /healthz", kit.Routed("GET /healthz", Healthz()))
	root.Handle("GET /readyz", kit.Routed("GET /readyz", Readyz(db)))
	// The API finds its tenant from the request's token, not from the host (G1).
	apiApp := api.New(ap)
	apiApp.Mount(root)
	root.Handle("/", kit.Tenancy(st, cfg.DefaultTenant, tenantMux))

	cop := http.NewCrossOriginProtection()
	h := kit.RequestID(kit.Recover(ap.Log, kit.RealClient(cfg.TrustedProxies, kit.SecurityHeaders(cfg.Secure(), cop.Handler(root)))))
	// Outermost, so a panic's 500 is counted too; the route is noted below.
	h = kit.TrackRoute(ap.Metrics.Requests(kit.RouteLabel, h))
	return &Server{Office: officeApp, Portal: portalApp, Hiring: hiringApp, Careers: careersApp, API: apiApp, Accounts: ap.Accounts, handler: h}, nil
}

// ServeHTTP serves every surface.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) { s.handler.ServeHTTP(w, r) }
