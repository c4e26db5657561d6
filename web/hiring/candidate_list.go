package hiring

import (
	"net/http"

	"github.com/matchpoint/matchpoint/store"
	"github.com/matchpoint/matchpoint/web/kit"
)

type candidateListView struct {
	kit.Page
	Matches []store.PortalMatch
	PageNo  int
	More    bool
}

// candidateList lists the proposed candidates and the approved ones the
// contact keeps following (E5, E7).
func (a *App) candidateList(w http.ResponseWriter, r *http.Request) error {
	c, err := a.contact(r)
	if err != nil {
		return err
	}
	p := kit.PageIndex(r)
	v := candidateListView{Page: a.Page(r, "hiring.candidates"), PageNo: p + 1}
	if v.Matches, v.More, err = a.Svc.HiringCandidates(r.Context(), c, p); err != nil {
		return err
	}
	return a.Render(w, http.StatusOK, "candidates", v)
}
