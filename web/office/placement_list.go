package office

import (
	"net/http"
	"strconv"
	"time"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/store"
	"github.com/matchpoint/matchpoint/web/kit"
)

type placementListView struct {
	kit.Page
	List
	CandidateID domain.ID
	Placements  []domain.Placement
	Next, First string
}

// today is the agency's calendar day; placements run by it.
func today() domain.Date { return domain.DateOf(time.Now()) }

// placementSpec is the placement list's filters and order (issue 15);
// candidate and company come from the links on their pages.
func placementSpec() listSpec {
	return listSpec{
		List: "placements",
		Path: "/office/placements",
		Filters: []listFilter{
			{Name: "running", Label: "placements.running_only", Kind: filterChoice, Options: []kit.Option{{Value: "1", Label: "lists.yes"}}},
			{Name: "start_from", Label: "lists.start_from", Kind: filterDate},
			{Name: "start_until", Label: "lists.start_until", Kind: filterDate},
			{Name: "candidate", Label: "lists.candidate_number", Kind: filterID},
			{Name: "company", Label: "lists.company_number", Kind: filterID},
		},
		Sorts: []string{"start"},
		Columns: []listColumn{
			{"candidate", "placement.candidate"}, {"company", "placement.company"},
			{"start", "placement.start_date"}, {"end", "placement.end_date"},
		},
		Default: []string{"candidate", "company", "start", "end"},
	}
}

// placementList lists placements, latest start first, with the filters of
// the query string; one a filter cannot read answers 400.
func (a *App) placementList(w http.ResponseWriter, r *http.Request) error {
	ctx := r.Context()
	st := placementSpec().parse(r.URL.Query())
	v := placementListView{Page: a.Page(r, "placements.title"), CandidateID: st.ID("candidate")}
	v.Page.Errors = st.Errors
	u := user(ctx)
	v.List = listView{State: st, Fields: st.fields(v.Page), Self: u.ID, Admin: u.IsAdmin()}
	var err error
	if v.Saved, err = a.Store.SavedSearches(ctx, "placements", u.ID); err != nil {
		return err
	}
	if len(st.Errors) > 0 {
		return a.Render(w, http.StatusBadRequest, "placements", v)
	}
	f := store.PlacementFilter{Query: st.Q, CandidateID: st.ID("candidate"), CompanyID: st.ID("company"),
		StartFrom: st.Date("start_from"), StartUntil: st.Date("start_until"), Reverse: st.Desc, Limit: pageSize, Offset: st.From}
	if st.Values["running"] == "1" {
		f.ActiveOn = today()
	}
	list, more, err := a.Store.Placements(ctx, f)
	if err != nil {
		return err
	}
	v.Placements = list
	if more {
		v.Next = st.URL("from", strconv.Itoa(st.From+len(list)))
	}
	if st.From > 0 {
		v.First = st.URL()
	}
	return a.Render(w, http.StatusOK, "placements", v)
}
