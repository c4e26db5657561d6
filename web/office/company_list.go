package office

import (
	"net/http"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/store"
	"github.com/matchpoint/matchpoint/web/kit"
)

type companyListView struct {
	kit.Page
	Q         string
	Companies []domain.Company
	Pager     Pager
}

func (a *App) companyList(w http.ResponseWriter, r *http.Request) error {
	q := r.URL.Query().Get("q")
	n := kit.PageIndex(r) + 1
	list, more, err := a.Store.Companies(r.Context(), store.CompanyFilter{Query: q, Limit: pageSize, Offset: (n - 1) * pageSize})
	if err != nil {
		return err
	}
	return a.Render(w, http.StatusOK, "companies", companyListView{
		Page: a.Page(r, "companies.title"), Q: q, Companies: list, Pager: Pager{Page: n, More: more}})
}
