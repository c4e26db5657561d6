package main

import (
	"context"

	"github.com/matchpoint/matchpoint/app"
	"github.com/matchpoint/matchpoint/webhook"
)

// startWebhooks runs the webhook delivery worker (G1); it refuses private
// addresses unless the configuration allows them. The returned stop ends it and waits until
// it has recorded what it delivered.
func startWebhooks(ctx context.Context, a *app.App) (stop func()) {
	ctx, cancel := context.WithCancel(ctx)
	done := make(chan struct{})
	w := &webhook.Worker{DB: a.DB, Log: a.Log.With("component", "webhook"), AllowPrivate: a.Config.WebhooksAllowPrivate}
	go func() {
		defer close(done)
		_ = w.Run(ctx) // returns nil when ctx ends
	}()
	return func() { cancel(); <-done }
}
