package domain

import "time"

// SavedSearch is a back-office list's filters, sort and columns kept under a
// name (issue 15): a recruiter's own, or shared with the whole agency.
type SavedSearch struct {
	ID        ID
	TenantID  ID
	UserID    ID
	UserName  string // the recruiter who saved it, for shared searches
	List      string // the list it belongs to: "candidates", "vacancies", …
	Name      string
	Query     string // the list's canonical query string
	Shared    bool
	CreatedAt time.Time
}

// SavedSearchLists are the lists that keep saved searches.
var SavedSearchLists = []string{"candidates", "companies", "contacts", "vacancies", "placements", "timesheets"}

// Validate checks a saved search before it is stored.
func (s SavedSearch) Validate() error {
	var v Validator
	v.Required(s.Name, "name")
	v.MaxLen(s.Name, 100, "name")
	v.PlainText(s.Name, "name")
	v.MaxLen(s.Query, 2000, "query")
	v.PlainText(s.Query, "query")
	known := false
	for _, l := range SavedSearchLists {
		known = known || l == s.List
	}
	v.Check(known, "list", "validation.choice")
	return v.Err()
}
