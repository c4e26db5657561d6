package office

import (
	"net/http"
	"strconv"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/web/kit"
)

type vacancyFormView struct {
	kit.Page
	V           domain.Vacancy
	Companies   []kit.Option
	Contacts    []kit.Option
	Departments []kit.Option
	Sources     []kit.Option
	Procedures  []kit.Option
	Owners      []kit.Option
	Statuses    []kit.Option
	// Locked is set when the vacancy has matches, so its procedure is fixed.
	Locked bool
}

// vacancyForm renders the form. A new vacancy without a company first asks
// for the company, because contacts and departments are the company's.
func (a *App) vacancyForm(w http.ResponseWriter, r *http.Request, status int, vac domain.Vacancy, errs domain.FieldErrors) error {
	ctx := r.Context()
	title := "vacancy.new"
	if vac.ID != 0 {
		title = "vacancy.edit"
	}
	v := vacancyFormView{Page: a.Page(r, title), V: vac, Statuses: vacancyStatusOptions()}
	if errs != nil {
		v.Errors = errs
	}
	companies, err := a.Store.VacancyCompanyChoices(ctx)
	if err != nil {
		return err
	}
	v.Companies = choiceOptions(companies)
	if vac.CompanyID != 0 {
		contacts, err := a.Store.VacancyContactChoices(ctx, vac.CompanyID)
		if err != nil {
			return err
		}
		departments, err := a.Store.VacancyDepartmentChoices(ctx, vac.CompanyID)
		if err != nil {
			return err
		}
		v.Contacts, v.Departments = choiceOptions(contacts), choiceOptions(departments)
	}
	sources, err := a.Store.Sources(ctx)
	if err != nil {
		return err
	}
	for _, s := range sources {
		v.Sources = append(v.Sources, kit.Option{Value: strconv.FormatInt(s.ID, 10), Label: s.Name})
	}
	procedures, err := a.Store.Procedures(ctx)
	if err != nil {
		return err
	}
	for _, p := range procedures {
		v.Procedures = append(v.Procedures, kit.Option{Value: strconv.FormatInt(p.ID, 10), Label: p.Name})
	}
	if v.Owners, err = a.ownerOptions(ctx); err != nil {
		return err
	}
	if vac.ID != 0 {
		matched, _, err := a.Store.Matches(ctx, matchFilterOf(vac.ID, 1))
		if err != nil {
			return err
		}
		v.Locked = len(matched) > 0
	}
	return a.Render(w, status, "vacancy_form", v)
}

func (a *App) vacancyNew(w http.ResponseWriter, r *http.Request) error {
	vac := domain.Vacancy{OwnerID: user(r.Context()).ID, Status: domain.VacancyOpen, CompanyID: queryID(r, "company")}
	if procedures, err := a.Store.Procedures(r.Context()); err == nil && len(procedures) > 0 {
		vac.ProcedureID = procedures[0].ID
	}
	return a.vacancyForm(w, r, http.StatusOK, vac, nil)
}

func (a *App) vacancyEdit(w http.ResponseWriter, r *http.Request) error {
	id, err := kit.PathID(r, "id")
	if err != nil {
		return err
	}
	vac, err := a.Store.Vacancy(r.Context(), id)
	if err != nil {
		return err
	}
	return a.vacancyForm(w, r, http.StatusOK, vac, nil)
}

// readVacancy copies the submitted fields onto vac; pool and origin stay.
func readVacancy(f *kit.Form, vac *domain.Vacancy) {
	vac.CompanyID = f.ID("company_id")
	vac.ContactID = f.ID("contact_id")
	vac.DepartmentID = f.ID("department_id")
	vac.SourceID = f.ID("source_id")
	vac.ProcedureID = f.ID("procedure_id")
	vac.OwnerID = f.ID("owner_id")
	vac.Title = f.String("title")
	vac.Location = f.String("location")
	vac.HoursPerWeek = f.Int("hours_per_week")
	vac.Status = domain.VacancyStatus(f.String("status"))
	vac.Description = f.Text("description")
	vac.Category = f.String("category")
	vac.ClosesOn = f.Date("closes_on")
	vac.Pay = f.PayRange()
}

func (a *App) vacancyCreate(w http.ResponseWriter, r *http.Request) error {
	f, err := kit.NewForm(r)
	if err != nil {
		return err
	}
	vac := domain.Vacancy{Origin: domain.OriginOffice}
	readVacancy(f, &vac)
	// Every bad field at once: the form's own and the domain's rules.
	if err = f.Check(vac.Validate()); err == nil {
		err = a.Svc.SaveVacancy(r.Context(), actor(r), &vac)
	}
	if err != nil {
		if fieldError(f, err, "company_id") {
			return a.vacancyForm(w, r, kit.Status(err), vac, f.Errors)
		}
		return err
	}
	return kit.Redirect(w, r, idPath("/office/vacancies/", vac.ID)+"?flash=flash.saved")
}

func (a *App) vacancyUpdate(w http.ResponseWriter, r *http.Request) error {
	id, err := kit.PathID(r, "id")
	if err != nil {
		return err
	}
	vac, err := a.Store.Vacancy(r.Context(), id)
	if err != nil {
		return err
	}
	f, err := kit.NewForm(r)
	if err != nil {
		return err
	}
	readVacancy(f, &vac)
	// Every bad field at once: the form's own and the domain's rules.
	if err = f.Check(vac.Validate()); err == nil {
		err = a.Svc.SaveVacancy(r.Context(), actor(r), &vac)
	}
	if err != nil {
		if fieldError(f, err, "company_id") {
			return a.vacancyForm(w, r, kit.Status(err), vac, f.Errors)
		}
		return err
	}
	return kit.Redirect(w, r, idPath("/office/vacancies/", vac.ID)+"?flash=flash.saved")
}
