package portal

import (
	"net/http"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/web/kit"
)

type homeView struct {
	kit.Page
	Me me
	// B1: what the candidate's status grants.
	FullProfile bool
	Timesheets  bool
}

// candidateStatus finds the candidate's status among the agency's.
func (a *App) candidateStatus(r *http.Request, id domain.ID) (domain.CandidateStatus, error) {
	statuses, err := a.Store.CandidateStatuses(r.Context())
	if err != nil {
		return domain.CandidateStatus{}, err
	}
	for _, s := range statuses {
		if s.ID == id {
			return s, nil
		}
	}
	return domain.CandidateStatus{}, domain.NotFound("candidate status")
}

// home is the first page: the full set of sections, or the reduced page
// (name, documents, privacy) when the status does not grant the full
// profile; the timesheets entry point only with the timesheets grant (B1).
func (a *App) home(w http.ResponseWriter, r *http.Request) error {
	m, err := a.me(r, domain.SectionDocuments)
	if err != nil {
		return err
	}
	v := homeView{Page: a.Page(r, "portal.home_title"), Me: m}
	v.FullProfile, v.Timesheets = domain.CandidatePortalAccess(m.Status)
	return a.Render(w, http.StatusOK, "home", v)
}
