package hiring

import (
	"net/http"
	"strconv"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/service"
	"github.com/matchpoint/matchpoint/web/kit"
)

type vacancyNewView struct {
	kit.Page
	In          service.VacancyInput
	Hours       string
	Departments []kit.Option
}

// vacancyNew is the form of a new vacancy (E4). A contact without the
// configured relation gets not found, as the use case decides.
func (a *App) vacancyNew(w http.ResponseWriter, r *http.Request) error {
	return a.renderVacancyNew(w, r, http.StatusOK, service.VacancyInput{}, nil)
}

func (a *App) renderVacancyNew(w http.ResponseWriter, r *http.Request, status int, in service.VacancyInput, f *kit.Form) error {
	c, err := a.contact(r)
	if err != nil {
		return err
	}
	deps, err := a.Svc.HiringDepartments(r.Context(), c)
	if err != nil {
		return err
	}
	v := vacancyNewView{Page: a.Page(r, "hiring.vacancy_new"), In: in, Hours: hoursValue(in.HoursPerWeek),
		Departments: departmentOptions(deps)}
	if f != nil {
		v.Errors, v.Hours = f.Errors, f.String("hours_per_week") // what was typed, even if not a number
	}
	return a.Render(w, status, "vacancy_new", v)
}

// vacancyCreate creates the vacancy in the back office (E4).
func (a *App) vacancyCreate(w http.ResponseWriter, r *http.Request) error {
	c, err := a.contact(r)
	if err != nil {
		return err
	}
	f, err := kit.NewForm(r)
	if err != nil {
		return err
	}
	in := vacancyInput(f, false)
	var created domain.Vacancy
	if len(f.Errors) == 0 {
		created, err = a.Svc.HiringCreateVacancy(r.Context(), c, in)
	}
	if err := f.Check(err); err != nil {
		if kit.Invalid(err) {
			return a.renderVacancyNew(w, r, http.StatusUnprocessableEntity, in, f)
		}
		return err
	}
	return kit.Redirect(w, r, "/hiring/vacancies/"+strconv.FormatInt(created.ID, 10)+"?flash=hiring.flash.vacancy_created")
}
