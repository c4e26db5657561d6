package main

import (
	"context"
	"flag"
	"fmt"
	"log/slog"
	"net"
	"os"
	"path/filepath"
	"time"

	"github.com/matchpoint/matchpoint/app"
	"github.com/matchpoint/matchpoint/i18n"
	"github.com/matchpoint/matchpoint/service"
	"github.com/matchpoint/matchpoint/store"
)

// dbFlags are the flags every command that opens the database shares.
type dbFlags struct {
	dataDir     string
	databaseURL string
}

func (d *dbFlags) register(fs *flag.FlagSet) {
	fs.StringVar(&d.dataDir, "data", "data", "directory for the SQLite database and files")
	fs.StringVar(&d.databaseURL, "database-url", os.Getenv("MATCHPOINT_DATABASE_URL"),
		"PostgreSQL URL (postgres://…); empty runs on SQLite in --data (env MATCHPOINT_DATABASE_URL)")
}

// sqlite reports whether the command runs on the SQLite trial database.
func (d *dbFlags) sqlite() bool { return d.databaseURL == "" }

func (d *dbFlags) dsn() string {
	if d.databaseURL != "" {
		return d.databaseURL
	}
	return filepath.Join(d.dataDir, "matchpoint.db")
}

// open connects and migrates.
func (d *dbFlags) open(ctx context.Context) (*store.DB, error) {
	db, err := store.Open(ctx, d.dsn())
	if err != nil {
		return nil, err
	}
	if err := db.Migrate(ctx); err != nil {
		db.Close()
		return nil, fmt.Errorf("migrate: %w", err)
	}
	return db, nil
}

// appFlags are the flags of the commands that run the application or send
// its mails (serve, reminders): the database, the public address and how
// the process is reached. They make one app.Config. The default agency
// comes from MATCHPOINT_DEFAULT_TENANT (serve's --tenant overrides it), so
// every command builds an agency's links the same way.
type appFlags struct {
	db             dbFlags
	replicaURL     string
	mail           mailFlags
	baseURL        string
	tenant         string
	trustedProxies string
	tlsCert        string
	tlsKey         string
	uploadMB       int
	resetLife      time.Duration
	allowPrivate   bool
	ssoPrivate     bool
}

func (f *appFlags) register(fs *flag.FlagSet) {
	f.tenant = envOr("MATCHPOINT_DEFAULT_TENANT", "demo")
	f.db.register(fs)
	f.mail.register(fs)
	fs.StringVar(&f.replicaURL, "database-replica-url", os.Getenv("MATCHPOINT_DATABASE_REPLICA_URL"),
		"PostgreSQL standby (postgres://…) that list pages, searches, reports and dashboards read while it is at most a second behind (env MATCHPOINT_DATABASE_REPLICA_URL)")
	fs.StringVar(&f.baseURL, "base-url", os.Getenv("MATCHPOINT_BASE_URL"),
		"public address of the install, e.g. https://jobs.agency.example; every link in mails starts with it "+
			"(an agency with a host name of its own gets that host) (env MATCHPOINT_BASE_URL; default http://ADDR)")
	fs.StringVar(&f.trustedProxies, "trusted-proxy", os.Getenv("MATCHPOINT_TRUSTED_PROXY"),
		"addresses or CIDR prefixes of reverse proxies whose X-Forwarded-For and X-Forwarded-Proto are believed, comma-separated")
	fs.StringVar(&f.tlsCert, "tls-cert", os.Getenv("MATCHPOINT_TLS_CERT"), "certificate file (PEM) to serve TLS with")
	fs.StringVar(&f.tlsKey, "tls-key", os.Getenv("MATCHPOINT_TLS_KEY"), "private key file (PEM) of --tls-cert")
	fs.IntVar(&f.uploadMB, "upload-max-mb", envInt("MATCHPOINT_UPLOAD_MAX_MB", 20), "largest file the portals take, in MB")
	fs.DurationVar(&f.resetLife, "reset-link-life", envDuration("MATCHPOINT_RESET_LINK_LIFE", time.Hour),
		"how long a password-reset link works")
	fs.BoolVar(&f.allowPrivate, "webhooks-allow-private", envBool("MATCHPOINT_WEBHOOKS_ALLOW_PRIVATE"),
		"let webhooks go to loopback and private-network addresses (only for receivers on your own network)")
	fs.BoolVar(&f.ssoPrivate, "sso-allow-private", envBool("MATCHPOINT_SSO_ALLOW_PRIVATE"),
		"let admins name a single sign-on identity provider on a loopback or private-network address")
}

// config makes the application's configuration; addr is the address the
// process listens on, the base URL when none was given.
func (f *appFlags) config(addr string) (app.Config, error) {
	raw := f.baseURL
	if raw == "" {
		raw = defaultBaseURL(addr, f.tlsCert != "")
	}
	base, err := service.ParseBase(raw)
	if err != nil {
		return app.Config{}, err
	}
	proxies, err := app.ParseProxies(f.trustedProxies)
	if err != nil {
		return app.Config{}, err
	}
	cfg := app.Config{BaseURL: base, DefaultTenant: f.tenant, TrustedProxies: proxies, TLSCert: f.tlsCert, TLSKey: f.tlsKey, SMTPURL: f.mail.smtpURL,
		UploadMaxBytes: int64(f.uploadMB) << 20, ResetLife: f.resetLife, WebhooksAllowPrivate: f.allowPrivate, SSOAllowPrivate: f.ssoPrivate}
	return cfg, cfg.Validate()
}

// defaultBaseURL is the address a trial install is reached on: the listen
// address, with localhost for a wildcard one.
func defaultBaseURL(addr string, tls bool) string {
	scheme := "http"
	if tls {
		scheme = "https"
	}
	host, port, err := net.SplitHostPort(addr)
	if err != nil {
		return scheme + "://" + addr
	}
	if ip := net.ParseIP(host); host == "" || (ip != nil && ip.IsUnspecified()) {
		host = "localhost"
	}
	return scheme + "://" + net.JoinHostPort(host, port)
}

// build opens the database and builds the application on it.
func (f *appFlags) build(ctx context.Context, addr string, log *slog.Logger) (*app.App, error) {
	cfg, err := f.config(addr)
	if err != nil {
		return nil, fmt.Errorf("configuration: %w", err)
	}
	db, err := f.db.open(ctx)
	if err != nil {
		return nil, err
	}
	if f.replicaURL != "" {
		if err := db.AttachReplica(ctx, f.replicaURL, time.Second); err != nil {
			db.Close()
			return nil, fmt.Errorf("read replica: %w", err)
		}
	}
	bundle, err := i18n.Load()
	if err != nil {
		db.Close()
		return nil, err
	}
	a, err := app.New(cfg, db, bundle, log)
	if err != nil {
		db.Close()
		return nil, err
	}
	return a, nil
}

// envDuration reads a duration ("1h", "30m") from the environment; def when
// unset or not a duration.
func envDuration(name string, def time.Duration) time.Duration {
	if d, err := time.ParseDuration(os.Getenv(name)); err == nil {
		return d
	}
	return def
}
