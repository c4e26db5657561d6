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
	"github.com/matchpoint/matchpoint/store"
	"github.com/matchpoint/matchpoint/web/kit"
	"github.com/matchpoint/matchpoint/web/office"
	"github.com/matchpoint/matchpoint/web/public"
)

//go:embed static
var staticFS embed.FS

// Config is what the server needs besides the database.
type Config struct {
	DefaultTenant string // slug served when the host name matches no tenant
	Secure        bool   // served over TLS
	OfficeIdle    time.Duration
	OfficeMax     time.Duration
}

// Server is the assembled application.
type Server struct {
	Office  *office.App
	handler http.Handler
}

// New wires the surfaces onto one mux.
func New(db *store.DB, bundle *i18n.Bundle, log *slog.Logger, cfg Config) (*Server, error) {
	if cfg.OfficeIdle == 0 {
		cfg.OfficeIdle = 30 * time.Minute
	}
	if cfg.OfficeMax == 0 {
		cfg.OfficeMax = 12 * time.Hour
	}
	st := db.Store()
	officeApp, err := office.New(db, bundle, log, &kit.Sessions{Store: st, Audience: domain.AudienceOffice,
		Idle: cfg.OfficeIdle, Absolute: cfg.OfficeMax, Secure: cfg.Secure, Now: db.Now})
	if err != nil {
		return nil, err
	}
	publicApp, err := public.New(bundle, log)
	if err != nil {
		return nil, err
	}
	tenantMux := http.NewServeMux()
	officeApp.Mount(tenantMux)
	publicApp.Mount(tenantMux)
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
	root.Handle("/", kit.Tenancy(st, cfg.DefaultTenant, tenantMux))

	cop := http.NewCrossOriginProtection()
	h := kit.Recover(log, kit.SecurityHeaders(cop.Handler(root)))
	return &Server{Office: officeApp, handler: h}, nil
}

// ServeHTTP serves every surface.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) { s.handler.ServeHTTP(w, r) }
