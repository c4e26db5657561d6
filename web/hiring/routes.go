package hiring

import (
	"net/http"

	"github.com/matchpoint/matchpoint/web/account"
	"github.com/matchpoint/matchpoint/web/kit"
)

// Access says who may call a route.
type Access int

const (
	Public  Access = iota // anyone (sign-in, reset, set-password link)
	Contact               // a signed-in contact in the portal group (B2)
)

// Route is one entry of the Hiring Portal's route table.
type Route kit.Route[Access]

// Routes is the Hiring Portal's whole route table: the account pages, then the
// portal's own pages. Every record a path names is checked by the use case
// against the signed-in contact: what it may not see is not found (B5).
func (a *App) Routes() []Route {
	r := account.Routes[Route](a.Auth, Public, Contact)
	r = append(r,
		Route{"GET /hiring/{$}", a.home, Contact}, // E2

		Route{"GET /hiring/vacancies", a.vacancyList, Contact},        // E3
		Route{"GET /hiring/vacancies/new", a.vacancyNew, Contact},     // E4
		Route{"POST /hiring/vacancies/new", a.vacancyCreate, Contact}, // E4
		Route{"GET /hiring/vacancies/{id}", a.vacancyView, Contact},   // E3
		Route{"POST /hiring/vacancies/{id}", a.vacancySave, Contact},  // E3

		Route{"GET /hiring/candidates", a.candidateList, Contact},                  // E5, E7
		Route{"GET /hiring/candidates/{id}", a.candidateView, Contact},             // E5, E7
		Route{"POST /hiring/candidates/{id}/decision", a.candidateDecide, Contact}, // E6

		Route{"GET /hiring/pools", a.poolList, Contact},                                     // E8
		Route{"GET /hiring/pools/{id}", a.poolView, Contact},                                // E8
		Route{"GET /hiring/pools/{id}/candidates/{candidate}", a.poolCandidate, Contact},    // E8, E9
		Route{"POST /hiring/pools/{id}/candidates/{candidate}/match", a.poolMatch, Contact}, // E9

		Route{"GET /hiring/documents", a.documentList, Contact},          // E10
		Route{"POST /hiring/documents", a.documentUpload, Contact},       // E10
		Route{"GET /hiring/documents/{id}", a.documentDownload, Contact}, // E10

		Route{"GET /hiring/contact", a.messageForm, Contact},  // E11
		Route{"POST /hiring/contact", a.messageSend, Contact}, // E11

		Route{"GET /hiring/timesheets", a.timesheetList, Contact},                                     // D4
		Route{"GET /hiring/timesheets/{id}", a.timesheetView, Contact},                                // D4, D5
		Route{"POST /hiring/timesheets/{id}/decision", a.timesheetDecide, Contact},                    // D5
		Route{"GET /hiring/timesheets/{id}/attachments/{attachment}", a.timesheetAttachment, Contact}, // D3, D5
	)
	r = append(r, a.routesInvoices()...) // issue 17
	return r
}

// Mount registers the route table on mux with the access checks. No Hiring Portal
// page is cached: even the sign-in form carries a one-time step token.
func (a *App) Mount(mux *http.ServeMux) {
	kit.Mount(mux, &a.Surface, a.Routes(), a.guard)
	kit.MountNotFound(mux, "/hiring", &a.Surface, a.Auth.Peek)
}

// guard puts the sign-in check in front of the pages of a signed-in contact.
func (a *App) guard(access Access, h http.Handler) http.Handler {
	if access == Contact {
		return a.Auth.Require(h)
	}
	return h
}
