package office

import (
	"net/http"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/store"
	"github.com/matchpoint/matchpoint/web/kit"
)

type dashboardView struct {
	kit.Page
	MyCandidates []domain.Candidate
	PrivacyDue   []privacyRow // F2: requests near or past their due date
}

func (a *App) dashboard(w http.ResponseWriter, r *http.Request) error {
	mine, _, err := a.Store.Candidates(r.Context(), store.CandidateFilter{OwnerID: user(r.Context()).ID, Limit: 10})
	if err != nil {
		return err
	}
	due, err := a.privacyDue(r)
	if err != nil {
		return err
	}
	return a.Render(w, http.StatusOK, "dashboard", dashboardView{Page: a.Page(r, "dashboard.title"), MyCandidates: mine, PrivacyDue: due})
}
