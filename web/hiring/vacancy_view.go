package hiring

import (
	"net/http"
	"strconv"

	"github.com/matchpoint/matchpoint/service"
	"github.com/matchpoint/matchpoint/web/kit"
)

type vacancyView struct {
	kit.Page
	V           service.HiringVacancyView
	In          service.VacancyInput
	Hours       string
	Departments []kit.Option
	Statuses    []kit.Option
	Pay         string // the pay range in the page's language (issue 16)
}

// vacancyView shows a vacancy the contact sees, with the edit form when it is
// the vacancy's contact (E3).
func (a *App) vacancyView(w http.ResponseWriter, r *http.Request) error {
	return a.renderVacancy(w, r, http.StatusOK, nil, nil)
}

// renderVacancy draws the vacancy page; in and errs carry a refused edit.
func (a *App) renderVacancy(w http.ResponseWriter, r *http.Request, status int, in *service.VacancyInput, f *kit.Form) error {
	id, err := kit.PathID(r, "id")
	if err != nil {
		return err
	}
	c, err := a.contact(r)
	if err != nil {
		return err
	}
	hv, err := a.Svc.HiringVacancy(r.Context(), c, id)
	if err != nil {
		return err
	}
	v := vacancyView{Page: a.Page(r, "hiring.vacancy"), V: hv, In: inputOf(hv.Vacancy), Pay: kit.PayText(a.Localizer(r), hv.Vacancy.Pay),
		Departments: departmentOptions(hv.Departments), Statuses: statusOptions()}
	if in != nil {
		v.In = *in
	}
	v.Hours = hoursValue(v.In.HoursPerWeek)
	if f != nil {
		v.Errors, v.Hours = f.Errors, f.String("hours_per_week") // what was typed, even if not a number
	}
	return a.Render(w, status, "vacancy", v)
}

// vacancySave saves the contact's own vacancy (E3); someone else's is not
// found, as the use case decides.
func (a *App) vacancySave(w http.ResponseWriter, r *http.Request) error {
	id, err := kit.PathID(r, "id")
	if err != nil {
		return err
	}
	c, err := a.contact(r)
	if err != nil {
		return err
	}
	f, err := kit.NewForm(r)
	if err != nil {
		return err
	}
	in := vacancyInput(f, true)
	if len(f.Errors) == 0 {
		_, err = a.Svc.HiringUpdateVacancy(r.Context(), c, id, in)
	}
	if err := f.Check(err); err != nil {
		if kit.Invalid(err) {
			return a.renderVacancy(w, r, http.StatusUnprocessableEntity, &in, f)
		}
		return err
	}
	return kit.Redirect(w, r, "/hiring/vacancies/"+strconv.FormatInt(id, 10)+"?flash=hiring.flash.vacancy_saved")
}
