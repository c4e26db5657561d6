package kit

import (
	"net/http"
	"strings"
	"time"

	"github.com/matchpoint/matchpoint/store"
)

// FreshWindow is how long after a change a person's pages read the
// primary database even where they tolerate a standby's lag: longer than
// the lag a standby is allowed (a second), so that no page that follows
// the person's own write shows the data from before it.
const FreshWindow = 5 * time.Second

// freshCookieName is the cookie that marks the FreshWindow after a change;
// __Host- prefixed over TLS.
func freshCookieName(secure bool) string {
	if secure {
		return "__Host-mp_fresh"
	}
	return "mp_fresh"
}

// Lag says which GET routes of a surface may read a PostgreSQL standby
// (lists, searches, reports, dashboards): Patterns are route patterns as
// the surface's table writes them. Mount marks the reads of those routes
// with store.TolerateLag unless the person changed something in the last
// FreshWindow, which every other route's request (POST …) records in a
// short cookie. A surface without a Lag never reads a standby.
type Lag struct {
	Patterns map[string]bool
	Secure   bool // served over TLS: the cookie is Secure and __Host-
}

// around wraps a route's handler: lagged GET routes read the standby when
// the person made no recent change; any other method marks one.
func (l *Lag) around(pattern string, h http.Handler) http.Handler {
	if l == nil {
		return h
	}
	name := freshCookieName(l.Secure)
	if l.Patterns[pattern] {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			if _, err := r.Cookie(name); err != nil {
				r = r.WithContext(store.TolerateLag(r.Context()))
			}
			h.ServeHTTP(w, r)
		})
	}
	if strings.HasPrefix(pattern, "GET ") {
		return h
	}
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		http.SetCookie(w, &http.Cookie{Name: name, Value: "1", Path: "/", MaxAge: int(FreshWindow / time.Second),
			HttpOnly: true, Secure: l.Secure, SameSite: http.SameSiteLaxMode})
		h.ServeHTTP(w, r)
	})
}

// NewLag is the Lag of the route patterns given.
func NewLag(patterns []string, secure bool) *Lag {
	l := &Lag{Patterns: map[string]bool{}, Secure: secure}
	for _, p := range patterns {
		l.Patterns[p] = true
	}
	return l
}

// mustName panics when a lagged pattern is not a GET route of the table
// mounted: like a malformed pattern in http.ServeMux, a misspelt one is a
// mistake in the code, and would otherwise leave its page on the primary
// without a word.
func (l *Lag) mustName(mounted map[string]bool) {
	if l == nil {
		return
	}
	for p := range l.Patterns {
		if !mounted[p] || !strings.HasPrefix(p, "GET ") {
			panic("kit: lagged route " + p + " is not a GET route of the surface")
		}
	}
}
