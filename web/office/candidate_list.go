package office

import (
	"net/http"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/store"
	"github.com/matchpoint/matchpoint/web/kit"
)

type candidateListView struct {
	kit.Page
	Q          string
	Candidates []domain.Candidate
	Pager      Pager
	// InCVs are candidates whose CVs hold the words (issue 16), from the
	// CV index; on the first page only.
	InCVs []store.CVHit
}

// candidateList lists and searches the agency's candidates. A candidate that
// restricted processing or objected (F2) is listed too, with a badge, so a
// recruiter looking for the person finds it; what would process it
// (matching, pools, mails, edits) stays refused where it happens.
func (a *App) candidateList(w http.ResponseWriter, r *http.Request) error {
	q := r.URL.Query().Get("q")
	n := kit.PageIndex(r) + 1
	list, more, err := a.Store.Candidates(r.Context(), store.CandidateFilter{Query: q, WithRestricted: true,
		Limit: pageSize, Offset: (n - 1) * pageSize})
	if err != nil {
		return err
	}
	v := candidateListView{Page: a.Page(r, "candidates.title"), Q: q, Candidates: list, Pager: Pager{Page: n, More: more}}
	if q != "" && n == 1 {
		if v.InCVs, err = a.Svc.SearchCVs(r.Context(), q, 20); err != nil {
			return err
		}
	}
	return a.Render(w, http.StatusOK, "candidates", v)
}
