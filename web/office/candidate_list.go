package office

import (
	"context"
	"net/http"
	"strconv"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/service"
	"github.com/matchpoint/matchpoint/store"
	"github.com/matchpoint/matchpoint/web/kit"
)

type candidateListView struct {
	kit.Page
	List
	Q          string
	Candidates []domain.Candidate
	// Skills of the page's candidates, when the skills column is shown.
	Skills map[domain.ID]string
	// Next is the next page's address, "" when there is none; Bounded says
	// the page stopped reading (store.CandidateListRead) before it was full.
	Next, First string
	Bounded     bool
	Read        int
	// InCVs are candidates whose CVs hold the words (issue 16), from the
	// CV index; on the first page only.
	InCVs []store.CVHit
	Bulk  bulkChoices
}

// BulkMax is how many candidates a bulk action handles at most.
func (candidateListView) BulkMax() int { return service.BulkMax }

// List is the shared part of a list page (templates/lists.html).
type List = listView

// candidateSpec is the candidate list's filters, sorts and columns; the
// choices come from the agency's recruiters and statuses.
func (a *App) candidateSpec(ctx context.Context) (listSpec, error) {
	owners, err := a.ownerOptions(ctx)
	if err != nil {
		return listSpec{}, err
	}
	statuses, err := a.Store.CandidateStatuses(ctx)
	if err != nil {
		return listSpec{}, err
	}
	statusOpts := make([]kit.Option, 0, len(statuses))
	for _, s := range statuses {
		statusOpts = append(statusOpts, kit.Option{Value: strconv.FormatInt(s.ID, 10), Label: s.Name})
	}
	return listSpec{
		List: "candidates",
		Path: "/office/candidates",
		Filters: []listFilter{
			{Name: "status", Label: "candidate.status", Kind: filterChoice, Options: statusOpts},
			{Name: "owner", Label: "candidate.owner", Kind: filterChoice, Options: owners},
			{Name: "available_from", Label: "lists.available_from", Kind: filterDate},
			{Name: "available_until", Label: "lists.available_until", Kind: filterDate},
			{Name: "hours", Label: "lists.min_hours", Kind: filterNumber, Max: 168},
			{Name: "city", Label: "candidate.city", Kind: filterText},
			{Name: "skill", Label: "lists.skill", Kind: filterText},
			{Name: "language", Label: "candidate.language", Kind: filterChoice, Options: languageOptions()},
			{Name: "consent", Label: "lists.consent", Kind: filterChoice, Options: []kit.Option{
				{Value: store.ConsentValid, Label: "lists.consent.valid"}, {Value: store.ConsentNone, Label: "lists.consent.none"}}},
			{Name: "cv", Label: "lists.has_cv", Kind: filterYesNo},
			{Name: "created_from", Label: "lists.created_from", Kind: filterDate},
			{Name: "created_until", Label: "lists.created_until", Kind: filterDate},
			{Name: "updated_from", Label: "lists.updated_from", Kind: filterDate},
			{Name: "updated_until", Label: "lists.updated_until", Kind: filterDate},
		},
		Sorts: store.CandidateSorts,
		Columns: []listColumn{
			{"email", "candidate.email"}, {"city", "candidate.city"}, {"status", "candidate.status"},
			{"owner", "candidate.owner"}, {"headline", "lists.col.headline"}, {"skills", "lists.col.skills"},
			{"availability", "lists.col.availability"}, {"activity", "lists.col.activity"},
		},
		Default: []string{"email", "city", "status", "owner"},
	}, nil
}

// candidateFilter is the store's filter for a list state.
func candidateFilter(st listState) store.CandidateFilter {
	f := store.CandidateFilter{Query: st.Q, OwnerID: st.ID("owner"), StatusID: st.ID("status"), WithRestricted: true,
		Sort: st.Sort, Desc: st.Desc, Limit: pageSize}
	f.Cond = store.CandidateConditions{
		AvailableFrom: st.Date("available_from"), AvailableUntil: st.Date("available_until"),
		MinHours: st.Int("hours"), City: st.Values["city"], Language: st.Values["language"],
		Consent: st.Values["consent"], HasCV: st.YesNo("cv"),
		CreatedFrom: st.Date("created_from"), CreatedUntil: st.Date("created_until"),
		UpdatedFrom: st.Date("updated_from"), UpdatedUntil: st.Date("updated_until"),
	}
	if sk := st.Values["skill"]; sk != "" {
		f.Cond.Skills = []string{sk}
	}
	return f
}

// candidateList lists and searches the agency's candidates with the
// filters, sort and columns of the query string (issue 15). A candidate that
// restricted processing or objected (F2) is listed too, with a badge, so a
// recruiter looking for the person finds it; what would process it
// (matching, pools, mails, edits) stays refused where it happens. A query
// string a filter cannot read answers 400 with the field's message.
func (a *App) candidateList(w http.ResponseWriter, r *http.Request) error {
	ctx := r.Context()
	spec, err := a.candidateSpec(ctx)
	if err != nil {
		return err
	}
	st := spec.parse(r.URL.Query())
	v := candidateListView{Page: a.Page(r, "candidates.title"), Q: st.Q}
	v.Page.Errors = st.Errors
	u := user(ctx)
	v.List = listView{State: st, Fields: st.fields(v.Page), Self: u.ID, Admin: u.IsAdmin()}
	if v.Saved, err = a.Store.SavedSearches(ctx, spec.List, u.ID); err != nil {
		return err
	}
	if v.Bulk, err = a.bulkChoices(ctx); err != nil {
		return err
	}
	if len(st.Errors) > 0 {
		return a.Render(w, http.StatusBadRequest, "candidates", v)
	}
	f := candidateFilter(st)
	page, err := a.Store.CandidateList(ctx, f, st.From, 0)
	if err != nil {
		return err
	}
	v.Candidates, v.Bounded, v.Read = page.Candidates, page.Bounded, page.Read
	if page.Next != 0 {
		v.Next = st.URL("from", strconv.Itoa(page.Next))
	}
	if st.From > 0 {
		v.First = st.URL()
	}
	count, err := a.Store.CountCandidates(ctx, f)
	if err != nil {
		return err
	}
	v.Count = countText(v.Page, count)
	if st.Shown["skills"] && len(v.Candidates) > 0 {
		if v.Skills, err = a.pageSkills(ctx, v.Candidates); err != nil {
			return err
		}
	}
	if st.Q != "" && st.From == 0 {
		if v.InCVs, err = a.Svc.SearchCVs(ctx, st.Q, 20); err != nil {
			return err
		}
	}
	return a.Render(w, http.StatusOK, "candidates", v)
}

// countText says how many candidates the list holds, as far as it was
// counted (store.CountCandidates).
func countText(p kit.Page, c store.ListCount) string {
	switch {
	case c.N < 0:
		return ""
	case c.Exact:
		return p.T("lists.count", map[string]any{"N": c.N})
	case c.N == c.Read:
		return p.T("lists.count_more", map[string]any{"N": c.Read})
	}
	return p.T("lists.count_in_first", map[string]any{"N": c.N, "Read": c.Read})
}

// pageSkills reads the skills of the page's candidates, joined by commas.
func (a *App) pageSkills(ctx context.Context, list []domain.Candidate) (map[domain.ID]string, error) {
	ids := make([]domain.ID, len(list))
	for i, c := range list {
		ids[i] = c.ID
	}
	return a.Store.SkillNamesOf(ctx, ids)
}
