package office

import (
	"net/http"
	"time"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/store"
	"github.com/matchpoint/matchpoint/web/kit"
)

type placementListView struct {
	kit.Page
	Q           string
	Running     bool
	CandidateID domain.ID
	CompanyID   domain.ID
	Placements  []domain.Placement
	Pager       Pager
}

// today is the agency's calendar day; placements run by it.
func today() domain.Date { return domain.DateOf(time.Now()) }

func (a *App) placementList(w http.ResponseWriter, r *http.Request) error {
	q := r.URL.Query()
	v := placementListView{Page: a.Page(r, "placements.title"), Q: q.Get("q"), Running: q.Get("running") == "1",
		CandidateID: queryID(r, "candidate"), CompanyID: queryID(r, "company")}
	n := kit.PageIndex(r) + 1
	f := store.PlacementFilter{Query: v.Q, CandidateID: v.CandidateID, CompanyID: v.CompanyID, Limit: pageSize, Offset: (n - 1) * pageSize}
	if v.Running {
		f.ActiveOn = today()
	}
	var err error
	if v.Placements, v.Pager.More, err = a.Store.Placements(r.Context(), f); err != nil {
		return err
	}
	v.Pager.Page = n
	return a.Render(w, http.StatusOK, "placements", v)
}
