package office

import (
	"context"
	"encoding/csv"
	"net/http"
	"net/url"
	"strconv"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/service"
	"github.com/matchpoint/matchpoint/store"
	"github.com/matchpoint/matchpoint/web/kit"
)

// bulkChoices are the choices of the candidate list's bulk form.
type bulkChoices struct {
	Actions   []kit.Option
	Vacancies []kit.Option
	Owners    []kit.Option
	Statuses  []kit.Option
}

const bulkExport = "export"

func (a *App) bulkChoices(ctx context.Context) (bulkChoices, error) {
	var b bulkChoices
	for _, k := range append(append([]string(nil), service.BulkActions...), bulkExport) {
		b.Actions = append(b.Actions, kit.Option{Value: k, Label: "bulk.action." + k})
	}
	vacs, _, err := a.Store.Vacancies(ctx, store.VacancyFilter{Status: domain.VacancyOpen, Limit: 200})
	if err != nil {
		return b, err
	}
	for _, v := range vacs {
		label := v.Title
		if v.CompanyName != "" {
			label += " · " + v.CompanyName
		}
		b.Vacancies = append(b.Vacancies, kit.Option{Value: strconv.FormatInt(v.ID, 10), Label: label + " (#" + strconv.FormatInt(v.ID, 10) + ")"})
	}
	if b.Owners, err = a.ownerOptions(ctx); err != nil {
		return b, err
	}
	statuses, err := a.Store.CandidateStatuses(ctx)
	if err != nil {
		return b, err
	}
	for _, s := range statuses {
		b.Statuses = append(b.Statuses, kit.Option{Value: strconv.FormatInt(s.ID, 10), Label: s.Name})
	}
	return b, nil
}

type bulkResultView struct {
	kit.Page
	Action    string
	Result    service.BulkResult
	Truncated bool
	Back      string
}

// BulkMax is how many candidates a bulk action handles at most.
func (bulkResultView) BulkMax() int { return service.BulkMax }

// bulkSelectRead bounds how many candidates "all matching" reads to find
// its selection (at most service.BulkMax of them).
const bulkSelectRead = 200000

// candidateBulk does a bulk action on the candidates ticked on the page
// (scope "selected") or on all that match the list's filters (scope "all",
// the filters in "filter"), then shows what happened to each (issue 15).
// An export answers the CSV file instead.
func (a *App) candidateBulk(w http.ResponseWriter, r *http.Request) error {
	ctx := r.Context()
	f, err := kit.NewForm(r)
	if err != nil {
		return err
	}
	action := f.String("action")
	if action != bulkExport && !contains(service.BulkActions, action) {
		return &domain.ValidationError{Fields: domain.FieldErrors{"action": "validation.choice"}}
	}
	ids, truncated, back, err := a.bulkSelection(ctx, f)
	if err != nil {
		return err
	}
	u := user(ctx)
	by := store.Actor{Kind: domain.AudienceOffice, ID: u.ID, Name: u.Name, Addr: kit.ClientAddr(r)}
	if action == bulkExport {
		list, err := a.Svc.ExportCandidates(ctx, by, ids)
		if err != nil {
			return err
		}
		return writeCandidatesCSV(w, list)
	}
	act := service.BulkAction{Kind: action, VacancyID: f.ID("vacancy_id"), OwnerID: f.ID("owner_id"), StatusID: f.ID("status_id")}
	if err := f.Check(nil); err != nil {
		return err
	}
	res, err := a.Svc.CandidateBulk(ctx, by, act, ids, a.Auth.Origin(r))
	if err != nil {
		return err
	}
	return a.Render(w, http.StatusOK, "bulk_result", bulkResultView{Page: a.Page(r, "bulk.title"), Action: action,
		Result: res, Truncated: truncated, Back: back})
}

// bulkSelection returns the chosen candidates' ids, whether "all matching"
// was cut at service.BulkMax (or at bulkSelectRead candidates read), and the
// list's address to go back to.
func (a *App) bulkSelection(ctx context.Context, f *kit.Form) (ids []domain.ID, truncated bool, back string, err error) {
	filter := f.String("filter")
	if len(filter) > 4000 {
		return nil, false, "", &domain.ValidationError{Fields: domain.FieldErrors{"filter": "validation.too_long"}}
	}
	q, err := url.ParseQuery(filter)
	if err != nil {
		return nil, false, "", &domain.ValidationError{Fields: domain.FieldErrors{"filter": "validation.choice"}}
	}
	spec, err := a.candidateSpec(ctx)
	if err != nil {
		return nil, false, "", err
	}
	st := spec.parse(q)
	if len(st.Errors) > 0 {
		return nil, false, "", &domain.ValidationError{Fields: st.Errors}
	}
	back = st.URL()
	switch scope := f.String("scope"); scope {
	case "selected", "page":
		field := "id"
		if scope == "page" {
			field = "page_id"
		}
		ids = f.IDs(field)
		if err := f.Check(nil); err != nil {
			return nil, false, "", err
		}
		if len(ids) == 0 {
			return nil, false, "", &domain.ValidationError{Fields: domain.FieldErrors{"id": "bulk.error.none"}}
		}
		if len(ids) > service.BulkMax {
			ids, truncated = ids[:service.BulkMax], true
		}
		return ids, truncated, back, nil
	case "all":
	default:
		return nil, false, "", &domain.ValidationError{Fields: domain.FieldErrors{"scope": "validation.choice"}}
	}
	cf := candidateFilter(st)
	cf.Limit = 200
	from, read := 0, 0
	for len(ids) < service.BulkMax {
		p, err := a.Store.CandidateList(ctx, cf, from, 50000)
		if err != nil {
			return nil, false, "", err
		}
		for _, c := range p.Candidates {
			ids = append(ids, c.ID)
		}
		read += p.Read
		if p.Next == 0 {
			return ids[:min(len(ids), service.BulkMax)], len(ids) > service.BulkMax, back, nil
		}
		if read >= bulkSelectRead {
			return ids[:min(len(ids), service.BulkMax)], true, back, nil
		}
		from = p.Next
	}
	return ids[:service.BulkMax], true, back, nil
}

// writeCandidatesCSV answers the export; csvCell keeps formulas out.
func writeCandidatesCSV(w http.ResponseWriter, list []domain.Candidate) error {
	w.Header().Set("Content-Type", "text/csv; charset=utf-8")
	w.Header().Set("Content-Disposition", `attachment; filename="candidate-list.csv"`)
	cw := csv.NewWriter(w)
	if err := cw.Write([]string{"id", "first_name", "last_name", "email", "phone", "city", "status", "owner",
		"headline", "available_from", "available_hours", "language", "updated_at"}); err != nil {
		return err
	}
	for _, c := range list {
		row := []string{strconv.FormatInt(c.ID, 10), c.FirstName, c.LastName, c.Email, c.Phone, c.City, c.StatusName,
			c.OwnerName, c.Headline, c.AvailableFrom.String(), strconv.Itoa(c.AvailableHours), c.Language,
			c.UpdatedAt.UTC().Format("2006-01-02 15:04")}
		for i, v := range row {
			row[i] = csvCell(v)
		}
		if err := cw.Write(row); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}

// savedSearchSave keeps the list's current filters under a name.
func (a *App) savedSearchSave(w http.ResponseWriter, r *http.Request) error {
	f, err := kit.NewForm(r)
	if err != nil {
		return err
	}
	u := user(r.Context())
	by := store.Actor{Kind: domain.AudienceOffice, ID: u.ID, Name: u.Name, Addr: kit.ClientAddr(r)}
	s := domain.SavedSearch{List: f.String("list"), Name: f.Text("name"), Query: f.String("query"), Shared: f.Bool("shared")}
	path, ok := listPath(s.List)
	if !ok {
		return &domain.ValidationError{Fields: domain.FieldErrors{"list": "validation.choice"}}
	}
	q, err := url.ParseQuery(s.Query)
	if err != nil {
		return &domain.ValidationError{Fields: domain.FieldErrors{"query": "validation.choice"}}
	}
	q.Del("from") // a saved search starts at the top
	s.Query = q.Encode()
	if err := a.Svc.SaveSearch(r.Context(), by, &s); err != nil {
		return err
	}
	sep := "?"
	if s.Query == "" {
		sep = ""
	}
	return kit.Redirect(w, r, path+sep+s.Query)
}

// savedSearchDelete removes a saved search and goes back to its list.
func (a *App) savedSearchDelete(w http.ResponseWriter, r *http.Request) error {
	id, err := kit.PathID(r, "id")
	if err != nil {
		return err
	}
	u := user(r.Context())
	s, err := a.Store.SavedSearch(r.Context(), id, u.ID)
	if err != nil {
		return err
	}
	by := store.Actor{Kind: domain.AudienceOffice, ID: u.ID, Name: u.Name, Addr: kit.ClientAddr(r)}
	if err := a.Svc.DeleteSearch(r.Context(), by, id, u.IsAdmin()); err != nil {
		return err
	}
	path, _ := listPath(s.List)
	return kit.Redirect(w, r, path)
}

// listPath is a list's address by its saved-search name.
func listPath(list string) (string, bool) {
	switch list {
	case "candidates", "companies", "contacts", "vacancies", "placements", "timesheets":
		return "/office/" + list, true
	}
	return "", false
}
