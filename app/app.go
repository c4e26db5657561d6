package app

import (
	"fmt"
	"log/slog"
	"time"

	"github.com/matchpoint/matchpoint/i18n"
	"github.com/matchpoint/matchpoint/service"
	"github.com/matchpoint/matchpoint/store"
)

// App is the running application's parts, built once in main.
type App struct {
	Config   Config
	DB       *store.DB
	Bundle   *i18n.Bundle
	Log      *slog.Logger
	Links    service.Links
	Service  *service.Service  // the use cases
	Accounts *service.Accounts // sign-in, links, second factor
}

// New checks cfg and builds the application on an open, migrated database.
func New(cfg Config, db *store.DB, bundle *i18n.Bundle, log *slog.Logger) (*App, error) {
	if err := cfg.Validate(); err != nil {
		return nil, fmt.Errorf("configuration: %w", err)
	}
	links := service.Links{Base: cfg.BaseURL, DefaultTenant: cfg.DefaultTenant}
	accounts := &service.Accounts{DB: db, Links: links, TokenHours: cfg.TokenHours, ResetLife: cfg.ResetLife,
		Hash: cfg.PasswordParams, HashSlots: cfg.HashSlots,
		SignInPerAccount: cfg.SignInPerAccount, SignInPerAddress: cfg.SignInPerAddress,
		ResetPerAccount: cfg.ResetPerAccount, ResetPerAddress: cfg.ResetPerAddress}
	accounts.Defaults()
	svc := &service.Service{DB: db, Bundle: bundle, Links: links, Accounts: accounts,
		MailDelivers: cfg.SMTPURL != "", WebhooksAllowPrivate: cfg.WebhooksAllowPrivate, ApplyLimit: cfg.ApplyPerAddress}
	if svc.ApplyLimit == nil {
		svc.ApplyLimit = &service.Limiter{Max: 20, Window: time.Hour}
	}
	svc.ApplyLimit.DB = db
	return &App{Config: cfg, DB: db, Bundle: bundle, Log: log, Links: links, Service: svc, Accounts: accounts}, nil
}
