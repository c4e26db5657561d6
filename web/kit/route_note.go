package kit

import (
	"context"
	"net/http"
)

// routeNote is the route pattern that served a request, filled in by the
// handler the mux chose and read by the middleware around the mux (the
// request metrics), which sees the request before it is routed.
type routeNote struct{ pattern string }

type routeNoteKey struct{}

// TrackRoute lets the handlers below it name the route pattern that served
// the request (Routed), so that RouteLabel reads it once they are done.
func TrackRoute(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		next.ServeHTTP(w, r.WithContext(context.WithValue(r.Context(), routeNoteKey{}, &routeNote{})))
	})
}

// Routed notes pattern as the route of every request h serves. Route tables
// are mounted through it, so a request is known by its pattern
// ("GET /office/candidates/{id}"), never by its path: the metrics' labels
// stay as few as the routes.
func Routed(pattern string, h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if n, ok := r.Context().Value(routeNoteKey{}).(*routeNote); ok {
			n.pattern = pattern
		}
		h.ServeHTTP(w, r)
	})
}

// RouteLabel is the pattern noted for the request of ctx; "unmatched" when no
// route served it (a 404 of the mux, a host no agency owns).
func RouteLabel(ctx context.Context) string {
	if n, ok := ctx.Value(routeNoteKey{}).(*routeNote); ok && n.pattern != "" {
		return n.pattern
	}
	return "unmatched"
}
