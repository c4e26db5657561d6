package main

import (
	"context"
	"log/slog"

	"github.com/matchpoint/matchpoint/store"
	"github.com/matchpoint/matchpoint/webhook"
)

// startWebhooks runs the webhook delivery worker (G1). The returned stop
// ends it and waits until it has recorded what it delivered.
func startWebhooks(ctx context.Context, db *store.DB, log *slog.Logger) (stop func()) {
	ctx, cancel := context.WithCancel(ctx)
	done := make(chan struct{})
	w := &webhook.Worker{DB: db, Log: log.With("component", "webhook")}
	go func() {
		defer close(done)
		_ = w.Run(ctx) // returns nil when ctx ends
	}()
	return func() { cancel(); <-done }
}
