package office

import (
	"net/http"

	"github.com/matchpoint/matchpoint/web/kit"
)

// Access says who may call a route.
type Access int

const (
	Public    Access = iota // anyone (sign-in)
	Recruiter               // any signed-in recruiter
	Admin                   // recruiters with the admin role
)

// Route is one entry of the back office's route table.
type Route struct {
	Pattern string
	Handler kit.HandlerFunc
	Access  Access
}

// Routes is the back office's whole route table. Each area keeps its own
// part in routes_<area>.go.
func (a *App) Routes() []Route {
	var r []Route
	for _, ar := range a.Auth.Routes() {
		access := Public
		if ar.Private {
			access = Recruiter
		}
		r = append(r, Route{ar.Pattern, ar.Handler, access})
	}
	r = append(r, Route{"GET /office/{$}", a.dashboard, Recruiter})
	r = append(r, a.routesCandidates()...)
	r = append(r, a.routesReports()...)
	r = append(r, a.routesDocs()...)
	r = append(r, a.routesPlacements()...)
	r = append(r, a.routesOrgs()...)
	r = append(r, a.routesVacancies()...)
	r = append(r, a.routesPrivacy()...)
	r = append(r, a.routesAccounts()...)
	r = append(r, a.routesOutbox()...)
	r = append(r, a.routesAudit()...)
	r = append(r, a.routesAPI()...)
	return r
}

// Mount registers the route table on mux with the access checks.
func (a *App) Mount(mux *http.ServeMux) {
	for _, rt := range a.Routes() {
		h := kit.Wrap(a.Log, a.ErrorPage, rt.Handler)
		switch rt.Access {
		case Public:
			h = kit.NoStore(h)
		case Recruiter:
			h = kit.NoStore(a.requireUser(false, h))
		case Admin:
			h = kit.NoStore(a.requireUser(true, h))
		}
		mux.Handle(rt.Pattern, h)
	}
}
