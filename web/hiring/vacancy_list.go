package hiring

import (
	"net/http"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/web/kit"
)

type vacancyListView struct {
	kit.Page
	Vacancies []domain.Vacancy
	CanCreate bool
	PageNo    int // 1 is the first
	More      bool
}

// vacancyList lists the vacancies of the contact's company it sees (E3).
func (a *App) vacancyList(w http.ResponseWriter, r *http.Request) error {
	c, err := a.contact(r)
	if err != nil {
		return err
	}
	p := kit.PageIndex(r)
	v := vacancyListView{Page: a.Page(r, "hiring.vacancies"), PageNo: p + 1}
	if v.Vacancies, v.More, err = a.Svc.HiringVacancies(r.Context(), c, p); err != nil {
		return err
	}
	if v.CanCreate, err = a.Svc.HiringCanCreateVacancies(r.Context(), c); err != nil {
		return err
	}
	return a.Render(w, http.StatusOK, "vacancies", v)
}
