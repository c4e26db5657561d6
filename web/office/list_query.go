package office

import (
	"net/url"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/web/kit"
)

// The back-office lists share one way to filter, sort, choose columns and
// keep searches (issue 15): a list declares its filters, sorts and columns
// (listSpec), the request's query string is read and checked against them
// (listSpec.parse), and the page renders the result (templates/lists.html).

// filterKind is how a filter's value is written and checked.
type filterKind int

const (
	filterText   filterKind = iota // free text, at most filterTextMax characters
	filterChoice                   // one of the options
	filterDate                     // 2006-01-02
	filterNumber                   // a whole number from 0 to Max
	filterYesNo                    // "yes" or "no"
	filterID                       // a record's number (links from a record to its list)
)

const filterTextMax = 100

// listFilter declares one filter of a list.
type listFilter struct {
	Name    string // the query parameter
	Label   string // message key
	Kind    filterKind
	Max     int          // filterNumber
	Options []kit.Option // filterChoice; labels are message keys or names
}

// listColumn is a column a person may show or hide.
type listColumn struct {
	Key, Label string
}

// listSpec is what one list offers.
type listSpec struct {
	List    string // saved searches' list name
	Path    string
	Filters []listFilter
	Sorts   []string // sort keys; the first is the default
	Columns []listColumn
	Default []string // columns shown when none are chosen
}

// listState is a list's request read against its spec.
type listState struct {
	Spec    listSpec
	Q       string
	Values  map[string]string // filter name → its value as given
	Sort    string
	Desc    bool
	Shown   map[string]bool
	From    int
	Errors  domain.FieldErrors
	Changed bool // a filter, a search or a sort is set (not only the columns)
}

// listParamMax bounds every query parameter a list reads: longer values are
// refused (a 400 with the field's message), never passed on.
const listParamMax = 200

// parse reads the query string: the search (q), the filters, sort and dir,
// the columns (col, repeated) and the position (from). A value that does
// not fit its filter gets a field error and is left out.
func (s listSpec) parse(q url.Values) listState {
	st := listState{Spec: s, Values: map[string]string{}, Shown: map[string]bool{}, Errors: domain.FieldErrors{}, Sort: s.Sorts[0]}
	text := func(name string) string {
		v := strings.TrimSpace(q.Get(name))
		if utf8.RuneCountInString(v) > listParamMax {
			st.Errors[name] = "validation.too_long"
			return ""
		}
		return v
	}
	st.Q = text("q")
	if len([]rune(st.Q)) > filterTextMax {
		st.Errors["q"], st.Q = "validation.too_long", ""
	}
	for _, f := range s.Filters {
		v := text(f.Name)
		if v == "" {
			continue
		}
		if key := f.check(v); key != "" {
			st.Errors[f.Name] = key
			continue
		}
		st.Values[f.Name] = v
	}
	if v := text("sort"); v != "" {
		if !contains(s.Sorts, v) {
			st.Errors["sort"] = "validation.choice"
		} else {
			st.Sort = v
		}
	}
	switch text("dir") {
	case "", "asc":
	case "desc":
		st.Desc = true
	default:
		st.Errors["dir"] = "validation.choice"
	}
	cols := q["col"]
	if len(cols) > len(s.Columns) {
		st.Errors["col"] = "validation.choice"
		cols = nil
	}
	for _, c := range cols {
		if !s.hasColumn(c) {
			st.Errors["col"] = "validation.choice"
			continue
		}
		st.Shown[c] = true
	}
	if len(st.Shown) == 0 {
		for _, c := range s.Default {
			st.Shown[c] = true
		}
	}
	if v := text("from"); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil || n < 0 || n > 100_000_000 {
			st.Errors["from"] = "validation.number"
		} else {
			st.From = n
		}
	}
	st.Changed = st.Q != "" || len(st.Values) > 0 || st.Sort != s.Sorts[0] || st.Desc
	return st
}

// check returns the message key of a value that does not fit the filter.
func (f listFilter) check(v string) string {
	switch f.Kind {
	case filterText:
		if utf8.RuneCountInString(v) > filterTextMax {
			return "validation.too_long"
		}
	case filterChoice:
		for _, o := range f.Options {
			if o.Value == v {
				return ""
			}
		}
		return "validation.choice"
	case filterDate:
		if _, err := domain.ParseDate(v); err != nil {
			return "validation.date"
		}
	case filterNumber:
		n, err := strconv.Atoi(v)
		if err != nil || n < 0 || n > f.Max {
			return "validation.number"
		}
	case filterYesNo:
		if v != "yes" && v != "no" {
			return "validation.choice"
		}
	case filterID:
		if n, err := strconv.ParseInt(v, 10, 64); err != nil || n <= 0 {
			return "validation.choice"
		}
	}
	return ""
}

func (s listSpec) hasColumn(key string) bool {
	for _, c := range s.Columns {
		if c.Key == key {
			return true
		}
	}
	return false
}

func contains(list []string, v string) bool {
	for _, x := range list {
		if x == v {
			return true
		}
	}
	return false
}

// ID is a filter's value as an id (0 when unset).
func (st listState) ID(name string) domain.ID {
	id, _ := strconv.ParseInt(st.Values[name], 10, 64)
	return id
}

// Date is a filter's value as a date (zero when unset).
func (st listState) Date(name string) domain.Date {
	d, _ := domain.ParseDate(st.Values[name])
	return d
}

// Int is a filter's value as a number (0 when unset).
func (st listState) Int(name string) int {
	n, _ := strconv.Atoi(st.Values[name])
	return n
}

// YesNo is a yes/no filter's value, nil when unset.
func (st listState) YesNo(name string) *bool {
	switch st.Values[name] {
	case "yes":
		t := true
		return &t
	case "no":
		f := false
		return &f
	}
	return nil
}

// Query is the canonical query string of the state without the position:
// what a saved search keeps and what every link of the list carries.
func (st listState) Query() url.Values {
	q := url.Values{}
	if st.Q != "" {
		q.Set("q", st.Q)
	}
	for _, f := range st.Spec.Filters {
		if v := st.Values[f.Name]; v != "" {
			q.Set(f.Name, v)
		}
	}
	if st.Sort != st.Spec.Sorts[0] {
		q.Set("sort", st.Sort)
	}
	if st.Desc {
		q.Set("dir", "desc")
	}
	if !st.defaultColumns() {
		for _, c := range st.Spec.Columns {
			if st.Shown[c.Key] {
				q.Add("col", c.Key)
			}
		}
	}
	return q
}

func (st listState) defaultColumns() bool {
	if len(st.Shown) != len(st.Spec.Default) {
		return false
	}
	for _, c := range st.Spec.Default {
		if !st.Shown[c] {
			return false
		}
	}
	return true
}

// URL is the list's address with the state and the changes given as pairs
// of name and value ("" removes).
func (st listState) URL(pairs ...string) string {
	q := st.Query()
	for i := 0; i+1 < len(pairs); i += 2 {
		if pairs[i+1] == "" {
			q.Del(pairs[i])
		} else {
			q.Set(pairs[i], pairs[i+1])
		}
	}
	if len(q) == 0 {
		return st.Spec.Path
	}
	return st.Spec.Path + "?" + q.Encode()
}

// listView is what the shared partials of templates/lists.html render.
type listView struct {
	State  listState
	Fields []kit.Field // the filter form's fields
	Saved  []domain.SavedSearch
	Self   domain.ID // the signed-in recruiter, who may remove its own saved searches
	Admin  bool
	Count  string // the result count as shown ("10,000+"), "" when not counted
}

// fields builds the filter form's fields for page p.
func (st listState) fields(p kit.Page) []kit.Field {
	out := make([]kit.Field, 0, len(st.Spec.Filters))
	for _, f := range st.Spec.Filters {
		fd := kit.Field{Page: p, Name: f.Name, Label: f.Label, Value: st.Values[f.Name]}
		switch f.Kind {
		case filterChoice:
			fd.Options = f.Options
		case filterYesNo:
			fd.Options = []kit.Option{{Value: "yes", Label: "lists.yes"}, {Value: "no", Label: "lists.no"}}
		case filterDate:
			fd.Type = "date"
		case filterNumber, filterID:
			fd.Type = "number"
		}
		out = append(out, fd)
	}
	return out
}

// SortURL is the link of a column header: by this key, reversed when the
// list is sorted by it already; the position starts again.
func (st listState) SortURL(key string) string {
	dir := ""
	if st.Sort == key && !st.Desc {
		dir = "desc"
	}
	sort := key
	if key == st.Spec.Sorts[0] {
		sort = ""
	}
	return st.URL("sort", sort, "dir", dir, "from", "")
}

// AriaSort is a column header's aria-sort value.
func (st listState) AriaSort(key string) string {
	switch {
	case st.Sort != key:
		return "none"
	case st.Desc:
		return "descending"
	}
	return "ascending"
}

// SavedURL is the address of a saved search on its list.
func (v listView) SavedURL(s domain.SavedSearch) string {
	if s.Query == "" {
		return v.State.Spec.Path
	}
	return v.State.Spec.Path + "?" + s.Query
}
