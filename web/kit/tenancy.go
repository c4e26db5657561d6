package kit

import (
	"context"
	"errors"
	"net"
	"net/http"
	"strings"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/store"
)

type tenantKey struct{}

// TenantOf returns the tenant resolved for the request.
func TenantOf(ctx context.Context) domain.Tenant {
	t, _ := ctx.Value(tenantKey{}).(domain.Tenant)
	return t
}

// Tenancy finds the tenant from the request's host name, falling back to the
// default tenant on a single-agency install, and scopes the request context
// to it. On a multi-agency install (no default) a host name no agency owns
// gets 404.
func Tenancy(st *store.Store, defaultSlug string, next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		host := r.Host
		if h, _, err := net.SplitHostPort(host); err == nil {
			host = h
		}
		host = strings.ToLower(host)
		t, err := st.TenantForHost(r.Context(), host, defaultSlug)
		if err != nil {
			if errors.Is(err, domain.ErrNotFound) {
				http.NotFound(w, r)
				return
			}
			http.Error(w, http.StatusText(http.StatusServiceUnavailable), http.StatusServiceUnavailable)
			return
		}
		NoteTenant(r.Context(), t.ID)
		// One read of the settings per request (store.WithSettingsMemo).
		ctx := context.WithValue(store.WithSettingsMemo(store.WithTenant(r.Context(), t.ID)), tenantKey{}, t)
		next.ServeHTTP(w, r.WithContext(ctx))
	})
}
