package portal

import (
	"net/http"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/web/account"
	"github.com/matchpoint/matchpoint/web/kit"
)

type homeView struct {
	kit.Page
	Candidate domain.Candidate
	// B1: what the candidate's status grants; later pages use the same rule.
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

func (a *App) home(w http.ResponseWriter, r *http.Request) error {
	v := homeView{Page: a.page(r, "portal.home_title")}
	var err error
	if v.Candidate, err = a.Store.Candidate(r.Context(), account.Current(r.Context()).ID); err != nil {
		return err
	}
	status, err := a.candidateStatus(r, v.Candidate.StatusID)
	if err != nil {
		return err
	}
	v.FullProfile, v.Timesheets = domain.CandidatePortalAccess(status)
	return a.render(w, http.StatusOK, "home", v)
}
