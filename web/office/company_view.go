package office

import (
	"errors"
	"net/http"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/store"
	"github.com/matchpoint/matchpoint/web/kit"
)

// companyView is the company record page: its fields, departments and
// contacts. Activity and attachments are added as sections of their own.
type companyView struct {
	kit.Page
	C             domain.Company
	Departments   []domain.Department
	Contacts      []domain.Contact
	NewDepartment domain.Department // the add form, filled again after an error
	Activity      ActivityView      // notes and attachments
	Vacancies     []domain.Vacancy  // its latest vacancies
	MoreVacancies bool
}

// recordListLimit is how many related records a record page lists; the
// kind's list, filtered on the record, has them all.
const recordListLimit = 20

func (a *App) loadCompanyView(r *http.Request) (companyView, error) {
	id, err := kit.PathID(r, "id")
	if err != nil {
		return companyView{}, err
	}
	ctx := r.Context()
	v := companyView{Page: a.Page(r, "company.title")}
	if v.C, err = a.Store.Company(ctx, id); err != nil {
		return v, err
	}
	if v.Activity, err = a.loadActivity(r, domain.SubjectCompany, id); err != nil {
		return v, err
	}
	if v.Departments, err = a.Store.Departments(ctx, id); err != nil {
		return v, err
	}
	if v.Contacts, err = a.Store.ContactsOfCompany(ctx, id); err != nil {
		return v, err
	}
	if v.Vacancies, v.MoreVacancies, err = a.Store.Vacancies(ctx, store.VacancyFilter{CompanyID: id, Limit: recordListLimit}); err != nil {
		return v, err
	}
	return v, nil
}

func (a *App) companyView(w http.ResponseWriter, r *http.Request) error {
	v, err := a.loadCompanyView(r)
	if err != nil {
		return err
	}
	return a.Render(w, http.StatusOK, "company", v)
}

func (a *App) departmentAdd(w http.ResponseWriter, r *http.Request) error {
	v, err := a.loadCompanyView(r)
	if err != nil {
		return err
	}
	f, err := kit.NewForm(r)
	if err != nil {
		return err
	}
	v.NewDepartment = domain.Department{CompanyID: v.C.ID, Name: f.String("department_name")}
	if err := f.Check(renameField(a.Svc.AddDepartment(r.Context(), actor(r), &v.NewDepartment), "name", "department_name")); err != nil {
		if !kit.Invalid(err) {
			return err
		}
		v.Errors = f.Errors
		return a.Render(w, http.StatusUnprocessableEntity, "company", v)
	}
	return kit.Redirect(w, r, companyURL(v.C.ID)+"?flash=flash.saved")
}

// departmentDelete removes a department; one a vacancy names stays, and the
// page says why next to the departments.
func (a *App) departmentDelete(w http.ResponseWriter, r *http.Request) error {
	v, err := a.loadCompanyView(r)
	if err != nil {
		return err
	}
	did, err := kit.PathID(r, "did")
	if err != nil {
		return err
	}
	err = a.Svc.DeleteDepartment(r.Context(), actor(r), v.C.ID, did)
	if errors.Is(err, store.ErrDepartmentInUse) {
		v.Errors["departments"] = domain.KeyOf(err)
		return a.Render(w, http.StatusConflict, "company", v)
	}
	if err != nil {
		return err
	}
	return kit.Redirect(w, r, companyURL(v.C.ID)+"?flash=flash.deleted")
}

// renameField moves a validation error from one field name to another, for
// forms that share a page with other forms.
func renameField(err error, from, to string) error {
	var ve *domain.ValidationError
	if errors.As(err, &ve) {
		if k, ok := ve.Fields[from]; ok {
			delete(ve.Fields, from)
			ve.Fields[to] = k
		}
	}
	return err
}
