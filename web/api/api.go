// Package api is the JSON API for integrations: /api/v1/ (G1). Every route is
// one entry of the route table in routes.go; the OpenAPI document at
// /api/v1/openapi.json is generated from that same table, so a route cannot
// exist without being described. Requests carry an API token of one agency
// ("Authorization: Bearer mpt_…") and are scoped to that agency.
//
// It is written on net/http rather than a framework: error kinds map to
// status codes through kit.Status as on every other surface, validation
// errors keep the domain's message keys, and the route table stays one
// readable list.
package api

import (
	"context"
	"log/slog"
	"net/http"
	"strings"

	"github.com/matchpoint/matchpoint/app"
	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/i18n"
	"github.com/matchpoint/matchpoint/service"
	"github.com/matchpoint/matchpoint/store"
	"github.com/matchpoint/matchpoint/web/kit"
)

// Prefix is where the API is mounted.
const Prefix = "/api/v1"

// App holds the API's dependencies.
type App struct {
	DB     *store.DB
	Store  *store.Store
	Svc    *service.Service
	Bundle *i18n.Bundle
	Log    *slog.Logger
}

// New builds the API on the application's parts.
func New(ap *app.App) *App {
	return &App{DB: ap.DB, Store: ap.DB.Store(), Svc: ap.Service, Bundle: ap.Bundle, Log: ap.Log}
}

type tokenKey struct{}

// token returns the API token the request authenticated with.
func token(ctx context.Context) domain.APIToken {
	t, _ := ctx.Value(tokenKey{}).(domain.APIToken)
	return t
}

// actor is who the API acts as in histories: the admin who created the
// token, named after the token.
func actor(r *http.Request) store.Actor {
	t := token(r.Context())
	return store.Actor{Kind: domain.AudienceOffice, ID: t.CreatedBy, Name: "API: " + t.Name, Addr: kit.ClientAddr(r)}
}

// Mount registers the route table on mux.
func (a *App) Mount(mux *http.ServeMux) {
	for _, rt := range a.Routes() {
		h := a.wrap(rt.Handler)
		if !rt.Public {
			// F4: what a GET read of persons' records is audited, as the token.
			h = a.authenticate(kit.AuditReads(a.auditReads, rt.Method+" "+Prefix+rt.Path, a.Log, h))
		}
		mux.Handle(rt.Method+" "+Prefix+rt.Path, h)
	}
	// Anything else under the prefix answers in JSON too.
	mux.Handle(Prefix+"/", a.wrap(func(http.ResponseWriter, *http.Request) error { return domain.NotFound("api route") }))
}

// authenticate scopes the request to the tenant of its bearer token; a
// missing, unknown or revoked token gets 401.
func (a *App) authenticate(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		secret, ok := strings.CutPrefix(r.Header.Get("Authorization"), "Bearer ")
		if !ok {
			w.Header().Set("WWW-Authenticate", `Bearer realm="matchpoint"`)
			a.writeError(w, r, service.ErrBadToken)
			return
		}
		t, err := a.Svc.AuthenticateAPIToken(r.Context(), strings.TrimSpace(secret))
		if err != nil {
			w.Header().Set("WWW-Authenticate", `Bearer realm="matchpoint", error="invalid_token"`)
			a.writeError(w, r, err)
			return
		}
		kit.NoteTenant(r.Context(), t.TenantID)
		kit.NoteWho(r.Context(), "api_token", t.ID)
		ctx := context.WithValue(store.WithSettingsMemo(store.WithTenant(r.Context(), t.TenantID)), tokenKey{}, t)
		next.ServeHTTP(w, r.WithContext(ctx))
	})
}
