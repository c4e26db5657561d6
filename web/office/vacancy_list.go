package office

import (
	"context"
	"net/http"
	"strconv"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/store"
	"github.com/matchpoint/matchpoint/web/kit"
)

type vacancyListView struct {
	kit.Page
	List
	Vacancies   []domain.Vacancy
	Next, First string
}

func vacancyStatusOptions() []kit.Option {
	return []kit.Option{
		{Value: string(domain.VacancyOpen), Label: "vacancy.status.open"},
		{Value: string(domain.VacancyClosed), Label: "vacancy.status.closed"},
	}
}

// vacancySpec is the vacancy list's filters, sorts and columns (issue 15),
// read and rendered by the lists' shared mechanism (list_query.go).
func (a *App) vacancySpec(ctx context.Context) (listSpec, error) {
	companies, err := a.Store.VacancyCompanyChoices(ctx)
	if err != nil {
		return listSpec{}, err
	}
	owners, err := a.ownerOptions(ctx)
	if err != nil {
		return listSpec{}, err
	}
	return listSpec{
		List: "vacancies",
		Path: "/office/vacancies",
		Filters: []listFilter{
			{Name: "status", Label: "vacancy.status", Kind: filterChoice, Options: vacancyStatusOptions()},
			{Name: "company", Label: "vacancy.company", Kind: filterChoice, Options: choiceOptions(companies)},
			{Name: "owner", Label: "vacancy.owner", Kind: filterChoice, Options: owners},
			{Name: "created_from", Label: "lists.created_from", Kind: filterDate},
			{Name: "created_until", Label: "lists.created_until", Kind: filterDate},
		},
		Sorts: []string{"newest", "title"},
		Columns: []listColumn{
			{"company", "vacancy.company"}, {"contact", "vacancy.contact"}, {"location", "vacancy.location"},
			{"status", "vacancy.status"}, {"owner", "vacancy.owner"},
		},
		Default: []string{"company", "contact", "location", "status", "owner"},
	}, nil
}

// vacancyList lists the agency's vacancies with the filters, sort and
// columns of the query string; one a filter cannot read answers 400.
func (a *App) vacancyList(w http.ResponseWriter, r *http.Request) error {
	ctx := r.Context()
	spec, err := a.vacancySpec(ctx)
	if err != nil {
		return err
	}
	st := spec.parse(r.URL.Query())
	v := vacancyListView{Page: a.Page(r, "vacancies.title")}
	v.Page.Errors = st.Errors
	u := user(ctx)
	v.List = listView{State: st, Fields: st.fields(v.Page), Self: u.ID, Admin: u.IsAdmin()}
	if v.Saved, err = a.Store.SavedSearches(ctx, spec.List, u.ID); err != nil {
		return err
	}
	if len(st.Errors) > 0 {
		return a.Render(w, http.StatusBadRequest, "vacancies", v)
	}
	f := store.VacancyFilter{Query: st.Q, CompanyID: st.ID("company"), Status: domain.VacancyStatus(st.Values["status"]),
		OwnerID: st.ID("owner"), CreatedFrom: st.Date("created_from"), CreatedUntil: st.Date("created_until"),
		ByTitle: st.Sort == "title", Reverse: st.Desc, Limit: pageSize, Offset: st.From}
	list, more, err := a.Store.Vacancies(ctx, f)
	if err != nil {
		return err
	}
	v.Vacancies = list
	if more {
		v.Next = st.URL("from", strconv.Itoa(st.From+len(list)))
	}
	if st.From > 0 {
		v.First = st.URL()
	}
	count, err := a.Store.CountVacancies(ctx, f)
	if err != nil {
		return err
	}
	v.Count = countText(v.Page, count)
	return a.Render(w, http.StatusOK, "vacancies", v)
}
