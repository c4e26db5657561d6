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
}

func (a *App) candidateList(w http.ResponseWriter, r *http.Request) error {
	q := r.URL.Query().Get("q")
	n := pageNumber(r)
	list, more, err := a.Store.Candidates(r.Context(), store.CandidateFilter{Query: q, Limit: pageSize, Offset: (n - 1) * pageSize})
	if err != nil {
		return err
	}
	return a.render(w, http.StatusOK, "candidates", candidateListView{
		Page: a.page(r, "candidates.title"), Q: q, Candidates: list, Pager: Pager{Page: n, More: more}})
}
