package office

import (
	"net/http"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/store"
	"github.com/matchpoint/matchpoint/web/kit"
)

type vacancyListView struct {
	kit.Page
	Q         string
	Status    string
	CompanyID domain.ID
	Companies []kit.Option
	Statuses  []kit.Option
	Vacancies []domain.Vacancy
	Pager     Pager
}

func vacancyStatusOptions() []kit.Option {
	return []kit.Option{
		{Value: string(domain.VacancyOpen), Label: "vacancy.status.open"},
		{Value: string(domain.VacancyClosed), Label: "vacancy.status.closed"},
	}
}

func (a *App) vacancyList(w http.ResponseWriter, r *http.Request) error {
	ctx := r.Context()
	v := vacancyListView{Page: a.Page(r, "vacancies.title"), Q: r.URL.Query().Get("q"), Statuses: vacancyStatusOptions(),
		CompanyID: queryID(r, "company"), Pager: Pager{Page: kit.PageIndex(r) + 1}}
	switch s := domain.VacancyStatus(r.URL.Query().Get("status")); s {
	case domain.VacancyOpen, domain.VacancyClosed:
		v.Status = string(s)
	}
	companies, err := a.Store.VacancyCompanyChoices(ctx)
	if err != nil {
		return err
	}
	v.Companies = choiceOptions(companies)
	v.Vacancies, v.Pager.More, err = a.Store.Vacancies(ctx, store.VacancyFilter{Query: v.Q, CompanyID: v.CompanyID,
		Status: domain.VacancyStatus(v.Status), Limit: pageSize, Offset: (v.Pager.Page - 1) * pageSize})
	if err != nil {
		return err
	}
	return a.Render(w, http.StatusOK, "vacancies", v)
}
