package web

import (
	"context"
	"fmt"
	"net/http"
	"time"

	"github.com/matchpoint/matchpoint/store"
)

// Healthz answers 200 while the process serves: a load balancer or an
// orchestrator restarts a process that stops answering it. It does not
// touch the database, so a database outage does not restart every instance.
func Healthz() http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		w.Header().Set("Cache-Control", "no-store")
		_, _ = w.Write([]byte("ok\n"))
	})
}

// Readyz answers 200 when the process can serve requests: the database
// answers and every migration this binary carries is applied. Otherwise
// 503 with the reason, so a load balancer sends no traffic to it. A database
// migrated further by a newer instance is ready (a rolling upgrade).
func Readyz(db *store.DB) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		w.Header().Set("Cache-Control", "no-store")
		ctx, cancel := context.WithTimeout(r.Context(), 5*time.Second)
		defer cancel()
		if err := db.Ping(ctx); err != nil {
			http.Error(w, "database unreachable", http.StatusServiceUnavailable)
			return
		}
		pending, _, err := db.MigrationState(ctx)
		if err != nil {
			http.Error(w, "database unreachable", http.StatusServiceUnavailable)
			return
		}
		if len(pending) > 0 {
			http.Error(w, fmt.Sprintf("migrations pending: %v", pending), http.StatusServiceUnavailable)
			return
		}
		_, _ = w.Write([]byte("ready\n"))
	})
}
