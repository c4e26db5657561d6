package portal

import (
	"net/http"

	"github.com/matchpoint/matchpoint/web/kit"
)

// Access says who may call a route.
type Access int

const (
	Public    Access = iota // anyone (sign-in, reset, set-password link)
	Candidate               // a signed-in candidate
)

// Route is one entry of the portal's route table.
type Route struct {
	Pattern string
	Handler kit.HandlerFunc
	Access  Access
}

// Routes is the portal's whole route table: the account pages, then the
// portal's own pages.
func (a *App) Routes() []Route {
	var r []Route
	for _, ar := range a.Auth.Routes() {
		access := Public
		if ar.Private {
			access = Candidate
		}
		r = append(r, Route{ar.Pattern, ar.Handler, access})
	}
	r = append(r, Route{"GET /portal/{$}", a.home, Candidate})
	return r
}

// Mount registers the route table on mux with the access checks. No portal
// page is cached: even the sign-in form carries a one-time step token.
func (a *App) Mount(mux *http.ServeMux) {
	for _, rt := range a.Routes() {
		h := kit.Wrap(a.Log, a.errorPage, rt.Handler)
		if rt.Access == Candidate {
			h = a.Auth.Require(h)
		}
		mux.Handle(rt.Pattern, kit.NoStore(h))
	}
}
