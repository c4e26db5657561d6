package portal

import (
	"net/http"

	"github.com/matchpoint/matchpoint/web/account"
	"github.com/matchpoint/matchpoint/web/kit"
)

// Access says who may call a route.
type Access int

const (
	Public    Access = iota // anyone (sign-in, reset, set-password link)
	Candidate               // a signed-in candidate
)

// Route is one entry of the portal's route table.
type Route kit.Route[Access]

// Routes is the portal's whole route table: the account pages, then the
// portal's own pages.
func (a *App) Routes() []Route {
	r := account.Routes[Route](a.Auth, Public, Candidate)
	r = append(r,
		Route{"GET /portal/{$}", a.home, Candidate},
		Route{"GET /portal/privacy-statement", a.privacyStatement, Public}, // C8
		// C1: the profile and its entries.
		Route{"GET /portal/profile", a.profile, Candidate},
		Route{"POST /portal/profile", a.profileSave, Candidate},
	)
	for _, kind := range []string{"experiences", "educations", "skills"} {
		r = append(r,
			Route{"GET /portal/" + kind + "/new", a.entryForm(kind), Candidate},
			Route{"POST /portal/" + kind, a.entrySave(kind), Candidate},
			Route{"GET /portal/" + kind + "/{id}", a.entryForm(kind), Candidate},
			Route{"POST /portal/" + kind + "/{id}", a.entrySave(kind), Candidate},
			Route{"POST /portal/" + kind + "/{id}/delete", a.entryDelete(kind), Candidate},
		)
	}
	r = append(r,
		Route{"GET /portal/availability", a.availability, Candidate},          // C2
		Route{"POST /portal/availability", a.availabilitySave, Candidate},     // C2
		Route{"GET /portal/cv", a.cv, Candidate},                              // C3
		Route{"POST /portal/cv", a.cvUpload, Candidate},                       // C3
		Route{"GET /portal/cv/{id}/proposal", a.cvProposal, Candidate},        // issue 16 item 6
		Route{"POST /portal/cv/{id}/proposal", a.cvProposalAccept, Candidate}, // issue 16 item 6
		Route{"GET /portal/documents", a.documents, Candidate},                // C4
		Route{"POST /portal/documents", a.documentUpload, Candidate},          // C4
		Route{"GET /portal/attachments/{id}", a.documentDownload, Candidate},
		Route{"GET /portal/recruiter", a.recruiter, Candidate},                           // C5
		Route{"GET /portal/reports", a.reports, Candidate},                               // C7
		Route{"GET /portal/consent", a.consent, Candidate},                               // C6
		Route{"POST /portal/consent/give", a.consentGive, Candidate},                     // C6
		Route{"POST /portal/consent/withdraw", a.consentWithdraw, Candidate},             // C6
		Route{"GET /portal/privacy", a.privacy, Candidate},                               // C9
		Route{"POST /portal/privacy", a.privacyRequest, Candidate},                       // C9
		Route{"GET /portal/privacy/exports/{token}", a.privacyExportDownload, Candidate}, // F2
		// D1–D3, D6: the candidate's timesheets.
		Route{"GET /portal/timesheets", a.timesheets, Candidate},
		Route{"GET /portal/timesheets/{placementID}/{year}/{week}", a.timesheetWeek, Candidate},
		Route{"POST /portal/timesheets/{placementID}/{year}/{week}", a.timesheetWeekPost, Candidate},
		Route{"POST /portal/timesheets/{placementID}/{year}/{week}/attachments", a.timesheetAttach, Candidate},
		Route{"GET /portal/timesheets/receipts/{id}", a.timesheetReceipt, Candidate},
		Route{"POST /portal/timesheets/receipts/{id}/delete", a.timesheetReceiptDelete, Candidate},
	)
	return r
}

// Mount registers the route table on mux with the access checks. No portal
// page is cached: even the sign-in form carries a one-time step token.
func (a *App) Mount(mux *http.ServeMux) {
	kit.Mount(mux, &a.Surface, a.Routes(), a.guard)
	kit.MountNotFound(mux, "/portal", &a.Surface, a.Auth.Peek)
}

// guard puts the sign-in check in front of the pages of a signed-in candidate.
func (a *App) guard(access Access, h http.Handler) http.Handler {
	if access == Candidate {
		return a.Auth.Require(h)
	}
	return h
}
