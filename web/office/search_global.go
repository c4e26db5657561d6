package office

import (
	"net/http"
	"strings"
	"unicode/utf8"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/store"
	"github.com/matchpoint/matchpoint/web/kit"
)

// searchPerKind is how many hits of each kind the global search shows; the
// kind's own list, linked below them, has the rest.
const searchPerKind = 8

// searchMaxQuery bounds the words one search looks up.
const searchMaxQuery = 200

// globalSearchView is the results page of the header's search, grouped by
// kind. More says a kind has hits beyond those shown.
type globalSearchView struct {
	kit.Page
	Q          string
	Candidates []domain.Candidate
	Companies  []domain.Company
	Contacts   []domain.Contact
	Vacancies  []domain.Vacancy
	More       map[string]bool
	Searched   bool
}

// Hits is the number of hits shown.
func (v globalSearchView) Hits() int {
	return len(v.Candidates) + len(v.Companies) + len(v.Contacts) + len(v.Vacancies)
}

// globalSearch looks the words up in candidates, companies, contacts and
// vacancies of the agency, each through the list's own indexed search (the
// candidates' full-text index), a few of each.
func (a *App) globalSearch(w http.ResponseWriter, r *http.Request) error {
	ctx := r.Context()
	v := globalSearchView{Page: a.Page(r, "search.global.title"), More: map[string]bool{}}
	v.Q = searchQuery(r.URL.Query().Get("q"))
	if v.Q == "" {
		return a.Render(w, http.StatusOK, "search", v)
	}
	v.Searched = true
	var more bool
	var err error
	if v.Candidates, more, err = a.Store.Candidates(ctx, store.CandidateFilter{Query: v.Q, Limit: searchPerKind}); err != nil {
		return err
	}
	v.More["candidates"] = more
	if v.Companies, more, err = a.Store.Companies(ctx, store.CompanyFilter{Query: v.Q, Limit: searchPerKind}); err != nil {
		return err
	}
	v.More["companies"] = more
	if v.Contacts, more, err = a.Store.Contacts(ctx, store.ContactFilter{Query: v.Q, Limit: searchPerKind}); err != nil {
		return err
	}
	v.More["contacts"] = more
	if v.Vacancies, more, err = a.Store.Vacancies(ctx, store.VacancyFilter{Query: v.Q, Limit: searchPerKind}); err != nil {
		return err
	}
	v.More["vacancies"] = more
	return a.Render(w, http.StatusOK, "search", v)
}

// searchQuery is the query as the stores take it: valid UTF-8 without
// control characters, trimmed, at most searchMaxQuery characters.
func searchQuery(q string) string {
	q = strings.ToValidUTF8(q, " ")
	q = strings.Map(func(r rune) rune {
		if r < 0x20 || r == 0x7f {
			return ' '
		}
		return r
	}, q)
	q = strings.TrimSpace(q)
	if utf8.RuneCountInString(q) > searchMaxQuery {
		q = string([]rune(q)[:searchMaxQuery])
	}
	return q
}
