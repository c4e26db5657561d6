package api

import (
	"net/http"
	"time"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/store"
	"github.com/matchpoint/matchpoint/web/kit"
)

// Vacancy is an open or closed job at a company.
type Vacancy struct {
	ID             domain.ID `json:"id" readonly:"true"`
	CompanyID      domain.ID `json:"company_id"`
	ContactID      domain.ID `json:"contact_id" doc:"0 for none"`
	OwnerID        domain.ID `json:"owner_id"`
	SourceID       domain.ID `json:"source_id" doc:"0 for none"`
	DepartmentID   domain.ID `json:"department_id" doc:"0 for none"`
	ProcedureID    domain.ID `json:"procedure_id"`
	Title          string    `json:"title"`
	Description    string    `json:"description"`
	Location       string    `json:"location"`
	HoursPerWeek   int       `json:"hours_per_week"`
	Status         string    `json:"status" enum:"open,closed"`
	Category       string    `json:"category" doc:"what visitors of the careers site filter on"`
	ClosesOn       *string   `json:"closes_on" format:"date" doc:"the last day the careers site publishes the vacancy; null for no end"`
	Pay            *Pay      `json:"pay" doc:"the pay range (EU Pay Transparency Directive); null when not stated"`
	Pool           string    `json:"pool" readonly:"true" enum:",general,company"`
	Origin         string    `json:"origin" readonly:"true" enum:"office,hiring_portal"`
	CompanyName    string    `json:"company_name" readonly:"true"`
	ContactName    string    `json:"contact_name" readonly:"true"`
	ProcedureName  string    `json:"procedure_name" readonly:"true"`
	OwnerName      string    `json:"owner_name" readonly:"true"`
	DepartmentName string    `json:"department_name" readonly:"true"`
	SourceName     string    `json:"source_name" readonly:"true"`
	CreatedAt      time.Time `json:"created_at" readonly:"true"`
	UpdatedAt      time.Time `json:"updated_at" readonly:"true"`
}

// Pay is a vacancy's pay range in cents of the currency per period.
type Pay struct {
	MinCents int64  `json:"min_cents"`
	MaxCents int64  `json:"max_cents"`
	Currency string `json:"currency" doc:"ISO 4217, e.g. EUR"`
	Period   string `json:"period" enum:"hour,month,year"`
}

func payOut(p domain.PayRange) *Pay {
	if p.IsZero() {
		return nil
	}
	return &Pay{MinCents: p.MinCents, MaxCents: p.MaxCents, Currency: p.Currency, Period: string(p.Period)}
}

func vacancyOut(v domain.Vacancy) Vacancy {
	return Vacancy{Category: v.Category, ClosesOn: date(v.ClosesOn), Pay: payOut(v.Pay), ID: v.ID, CompanyID: v.CompanyID, ContactID: v.ContactID, OwnerID: v.OwnerID, SourceID: v.SourceID,
		DepartmentID: v.DepartmentID, ProcedureID: v.ProcedureID, Title: v.Title, Description: v.Description,
		Location: v.Location, HoursPerWeek: v.HoursPerWeek, Status: string(v.Status), Pool: string(v.Pool), Origin: string(v.Origin),
		CompanyName: v.CompanyName, ContactName: v.ContactName, ProcedureName: v.ProcedureName, OwnerName: v.OwnerName,
		DepartmentName: v.DepartmentName, SourceName: v.SourceName, CreatedAt: v.CreatedAt, UpdatedAt: v.UpdatedAt}
}

func (in Vacancy) apply(v *domain.Vacancy) error {
	v.CompanyID, v.ContactID, v.OwnerID, v.SourceID, v.DepartmentID, v.ProcedureID = in.CompanyID, in.ContactID, in.OwnerID, in.SourceID, in.DepartmentID, in.ProcedureID
	v.Title, v.Description, v.Location, v.HoursPerWeek, v.Status = in.Title, in.Description, in.Location, in.HoursPerWeek, domain.VacancyStatus(in.Status)
	var val domain.Validator
	v.Category, v.ClosesOn, v.Pay = in.Category, parseDate(&val, in.ClosesOn, "closes_on"), domain.PayRange{}
	if in.Pay != nil {
		v.Pay = domain.PayRange{MinCents: in.Pay.MinCents, MaxCents: in.Pay.MaxCents, Currency: in.Pay.Currency, Period: domain.PayPeriod(in.Pay.Period)}
	}
	return check(&val, v.Validate())
}

func (a *App) vacancyList(w http.ResponseWriter, r *http.Request) error {
	q := newQuery(r)
	f := store.VacancyFilter{Query: q.String("q"), CompanyID: q.ID("company_id"), ContactID: q.ID("contact_id"),
		Status: domain.VacancyStatus(q.String("status"))}
	f.Limit, f.Offset = q.Page()
	if err := q.Err(); err != nil {
		return err
	}
	vs, more, err := a.Store.Vacancies(r.Context(), f)
	if err != nil {
		return err
	}
	writeJSON(w, http.StatusOK, list(vs, more, f.Offset, vacancyOut))
	return nil
}

func (a *App) vacancyGet(w http.ResponseWriter, r *http.Request) error {
	id, err := kit.PathID(r, "id")
	if err != nil {
		return err
	}
	return a.vacancyAnswer(w, r, http.StatusOK, id)
}

func (a *App) vacancyAnswer(w http.ResponseWriter, r *http.Request, status int, id domain.ID) error {
	v, err := a.Store.Vacancy(r.Context(), id)
	if err != nil {
		return err
	}
	writeJSON(w, status, vacancyOut(v))
	return nil
}

func (a *App) vacancyCreate(w http.ResponseWriter, r *http.Request) error {
	in := Vacancy{Status: string(domain.VacancyOpen)}
	if err := decode(w, r, &in); err != nil {
		return err
	}
	v := domain.Vacancy{Origin: domain.OriginOffice}
	if err := in.apply(&v); err != nil {
		return err
	}
	if err := a.Svc.SaveVacancy(r.Context(), actor(r), &v); err != nil {
		return err
	}
	return a.vacancyAnswer(w, r, http.StatusCreated, v.ID)
}

func (a *App) vacancyUpdate(w http.ResponseWriter, r *http.Request) error {
	id, err := kit.PathID(r, "id")
	if err != nil {
		return err
	}
	v, err := a.Store.Vacancy(r.Context(), id)
	if err != nil {
		return err
	}
	in := vacancyOut(v)
	if err := decode(w, r, &in); err != nil {
		return err
	}
	if err := in.apply(&v); err != nil {
		return err
	}
	if err := a.Svc.SaveVacancy(r.Context(), actor(r), &v); err != nil {
		return err
	}
	return a.vacancyAnswer(w, r, http.StatusOK, v.ID)
}
