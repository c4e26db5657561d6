package office

import (
	"context"
	"fmt"
	"net/url"
	"strconv"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/service"
	"github.com/matchpoint/matchpoint/store"
)

// listExports are the lists that export (issue 16 item 9), by the last
// part of their address. Each reads its filter from the query as its list
// page does: the candidates through the list's own spec (issue 15), the
// others from the page's q, company, status, … parameters, so a filter
// those pages gain belongs in both.
func (a *App) listExports() map[string]listExport {
	return map[string]listExport{
		"candidates": {
			columns: []string{"export.col.id", "export.col.first_name", "export.col.last_name", "export.col.email", "export.col.phone",
				"export.col.city", "export.col.status", "export.col.owner", "export.col.created"},
			rows: func(q url.Values) service.ExportPage {
				// The list page's own filters, read by its own spec: a filter
				// the page gains is exported with it; one it cannot read is
				// refused, not dropped.
				return pageOf(func(ctx context.Context, limit, offset int) ([]domain.Candidate, bool, error) {
					spec, err := a.candidateSpec(ctx)
					if err != nil {
						return nil, false, err
					}
					st := spec.parse(q)
					if len(st.Errors) > 0 {
						return nil, false, &domain.ValidationError{Fields: st.Errors}
					}
					f := candidateFilter(st)
					f.Limit, f.Offset = limit, offset
					return a.Store.Candidates(ctx, f)
				}, func(c domain.Candidate) []string {
					return []string{idText(c.ID), c.FirstName, c.LastName, c.Email, c.Phone, c.City, c.StatusName, c.OwnerName, c.CreatedAt.UTC().Format("2006-01-02")}
				})
			},
		},
		"companies": {
			columns: []string{"export.col.id", "export.col.name", "export.col.email", "export.col.phone", "export.col.city",
				"export.col.country", "export.col.owner"},
			rows: func(q url.Values) service.ExportPage {
				f := store.CompanyFilter{Query: q.Get("q"), Kind: domain.CompanyKind(q.Get("kind"))}
				return pageOf(func(ctx context.Context, limit, offset int) ([]domain.Company, bool, error) {
					f.Limit, f.Offset = limit, offset
					return a.Store.Companies(ctx, f)
				}, func(c domain.Company) []string {
					return []string{idText(c.ID), c.Name, c.Email, c.Phone, c.City, c.Country, c.OwnerName}
				})
			},
		},
		"contacts": {
			columns: []string{"export.col.id", "export.col.first_name", "export.col.last_name", "export.col.company", "export.col.email",
				"export.col.phone", "export.col.job_title"},
			rows: func(q url.Values) service.ExportPage {
				f := store.ContactFilter{Query: q.Get("q"), CompanyID: valuesID(q, "company"), GroupID: valuesID(q, "group")}
				return pageOf(func(ctx context.Context, limit, offset int) ([]domain.Contact, bool, error) {
					f.Limit, f.Offset = limit, offset
					return a.Store.Contacts(ctx, f)
				}, func(c domain.Contact) []string {
					return []string{idText(c.ID), c.FirstName, c.LastName, c.CompanyName, c.Email, c.Phone, c.JobTitle}
				})
			},
		},
		"vacancies": {
			columns: []string{"export.col.id", "export.col.title", "export.col.company", "export.col.location", "export.col.hours",
				"export.col.status", "export.col.category", "export.col.owner"},
			rows: func(q url.Values) service.ExportPage {
				f := store.VacancyFilter{Query: q.Get("q"), CompanyID: valuesID(q, "company")}
				if s := domain.VacancyStatus(q.Get("status")); s == domain.VacancyOpen || s == domain.VacancyClosed {
					f.Status = s
				}
				return pageOf(func(ctx context.Context, limit, offset int) ([]domain.Vacancy, bool, error) {
					f.Limit, f.Offset = limit, offset
					return a.Store.Vacancies(ctx, f)
				}, func(v domain.Vacancy) []string {
					return []string{idText(v.ID), v.Title, v.CompanyName, v.Location, strconv.Itoa(v.HoursPerWeek), string(v.Status), v.Category, v.OwnerName}
				})
			},
		},
		"placements": {
			columns: []string{"export.col.id", "export.col.candidate", "export.col.company", "export.col.title", "export.col.start",
				"export.col.end"},
			rows: func(q url.Values) service.ExportPage {
				f := store.PlacementFilter{Query: q.Get("q"), CandidateID: valuesID(q, "candidate"), CompanyID: valuesID(q, "company")}
				if q.Get("running") == "1" {
					f.ActiveOn = today()
				}
				return pageOf(func(ctx context.Context, limit, offset int) ([]domain.Placement, bool, error) {
					f.Limit, f.Offset = limit, offset
					return a.Store.Placements(ctx, f)
				}, func(p domain.Placement) []string {
					return []string{idText(p.ID), p.CandidateName, p.CompanyName, p.Title, p.StartDate.String(), p.EndDate.String()}
				})
			},
		},
		"timesheets": {
			columns: []string{"export.col.id", "export.col.candidate", "export.col.company", "export.col.title", "export.col.week",
				"export.col.status", "export.col.hours"},
			rows: func(q url.Values) service.ExportPage {
				f := store.TimesheetFilter{CompanyID: valuesID(q, "company"), CandidateID: valuesID(q, "candidate"),
					PlacementID: valuesID(q, "placement"), Candidate: q.Get("q")}
				for _, s := range timesheetStatuses {
					if string(s) == q.Get("status") {
						f.Status = s
					}
				}
				f.Year, f.Week = parseISOWeek(q.Get("week"))
				return pageOf(func(ctx context.Context, limit, offset int) ([]domain.Timesheet, bool, error) {
					f.Limit, f.Offset = limit, offset
					return a.Store.Timesheets(ctx, f)
				}, func(t domain.Timesheet) []string {
					return []string{idText(t.ID), t.CandidateName, t.CompanyName, t.PlacementTitle, fmt.Sprintf("%d-W%02d", t.Year, t.Week),
						string(t.Status), fmt.Sprintf("%.2f", float64(t.TotalMinutes)/60)}
				})
			},
		},
		"invoices": {
			columns: []string{"export.col.number", "export.col.issue_date", "export.col.due_date", "export.col.buyer",
				"export.col.net", "export.col.vat", "export.col.total", "export.col.currency"},
			rows: func(q url.Values) service.ExportPage {
				f := store.InvoiceFilter{Status: domain.InvoiceConfirmed, Query: q.Get("q")}
				return pageOf(func(ctx context.Context, limit, offset int) ([]domain.Invoice, bool, error) {
					f.Limit, f.Offset = limit, offset
					return a.Store.Invoices(ctx, f)
				}, func(i domain.Invoice) []string {
					return []string{i.Number, i.IssueDate.String(), i.DueDate.String(), i.Buyer.Name, domain.FormatCents(i.NetCents),
						domain.FormatCents(i.VATCents), domain.FormatCents(i.TotalCents), i.Currency}
				})
			},
		},
	}
}

// valuesID reads an id parameter of a list's filter; anything else is no filter.
func valuesID(q url.Values, name string) domain.ID {
	id, err := strconv.ParseInt(q.Get(name), 10, 64)
	if err != nil || id < 0 {
		return 0
	}
	return id
}

func idText(id domain.ID) string { return strconv.FormatInt(id, 10) }
