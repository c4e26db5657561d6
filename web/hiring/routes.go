package hiring

import (
	"net/http"

	"github.com/matchpoint/matchpoint/web/kit"
)

// Access says who may call a route.
type Access int

const (
	Public  Access = iota // anyone (sign-in, reset, set-password link)
	Contact               // a signed-in contact in the portal group (B2)
)

// Route is one entry of the Hiring Portal's route table.
type Route struct {
	Pattern string
	Handler kit.HandlerFunc
	Access  Access
}

// Routes is the Hiring Portal's whole route table: the account pages, then the
// portal's own pages.
func (a *App) Routes() []Route {
	var r []Route
	for _, ar := range a.Auth.Routes() {
		access := Public
		if ar.Private {
			access = Contact
		}
		r = append(r, Route{ar.Pattern, ar.Handler, access})
	}
	r = append(r, Route{"GET /hiring/{$}", a.home, Contact})
	return r
}

// Mount registers the route table on mux with the access checks. No Hiring Portal
// page is cached: even the sign-in form carries a one-time step token.
func (a *App) Mount(mux *http.ServeMux) {
	for _, rt := range a.Routes() {
		h := kit.Wrap(a.Log, a.errorPage, rt.Handler)
		if rt.Access == Contact {
			h = a.Auth.Require(h)
		}
		mux.Handle(rt.Pattern, kit.NoStore(h))
	}
}
