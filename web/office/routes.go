package office

import (
	"net/http"

	"github.com/matchpoint/matchpoint/web/account"
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
type Route kit.Route[Access]

// Routes is the back office's whole route table. Each area keeps its own
// part in routes_<area>.go.
func (a *App) Routes() []Route {
	r := account.Routes[Route](a.Auth, Public, Recruiter)
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
	r = append(r, a.routesInvoices()...)
	r = append(r, a.routesNameTranslations()...) // issue 15
	r = append(r, a.routesLanguage()...)         // issue 15
	r = append(r, a.routesCareers()...)
	r = append(r, a.routesIntake()...)
	r = append(r, a.routesSearch()...)
	return r
}

// Mount registers the route table on mux with the access checks.
func (a *App) Mount(mux *http.ServeMux) {
	kit.Mount(mux, &a.Surface, a.Routes(), a.guard)
	kit.MountNotFound(mux, "/office", &a.Surface, a.peekUser)
}

// guard puts in front of h the check access needs.
func (a *App) guard(access Access, h http.Handler) http.Handler {
	switch access {
	case Recruiter:
		return a.requireUser(false, h)
	case Admin:
		return a.requireUser(true, h)
	}
	return h
}
