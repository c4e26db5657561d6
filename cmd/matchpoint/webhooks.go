package main

import (
	"context"
	"log/slog"

	"github.com/matchpoint/matchpoint/store"
	"github.com/matchpoint/matchpoint/webhook"
)

// startWebhooks runs the webhook delivery worker (G1); it refuses private
// addresses unless allowPrivate. The returned stop ends it and waits until
// it has recorded what it delivered.
func startWebhooks(ctx context.Context, db *store.DB, log *slog.Logger, allowPrivate bool) (stop func()) {
	ctx, cancel := context.WithCancel(ctx)
	done := make(chan struct{})
	w := &webhook.Worker{DB: db, Log: log.With("component", "webhook"), AllowPrivate: allowPrivate}
	go func() {
		defer close(done)
		_ = w.Run(ctx) // returns nil when ctx ends
	}()
	return func() { cancel(); <-done }
}
