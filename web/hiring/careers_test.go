package hiring_test

import (
	"net/http"
	"net/url"
	"testing"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/store"
	"github.com/matchpoint/matchpoint/store/storetest"
)

// E3, E4, issue 16 item 2: a contact states a vacancy's pay range in the
// Hiring Portal; when the agency publishes the portal's vacancies on its
// careers site and requires a range, a vacancy without one is refused on
// the pay field, on edit and on create, and nothing is saved.
func TestHiringVacancyPayRange_I16(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		e := newHiringEnv(t, db, "en")
		x1 := e.contact(t, e.W.X1)
		form := url.Values{"title": {"Welder"}, "department_id": {id(e.W.DeptX.ID)}, "location": {"Leiden"}, "hours_per_week": {"40"},
			"status": {"open"}, "pay_min": {"19,25"}, "pay_max": {"23.00"}, "pay_currency": {"EUR"}, "pay_period": {"hour"}}
		wantStatus(t, "edit with a range", x1.Post("/hiring/vacancies/"+id(e.W.VX1.ID), form), http.StatusSeeOther)
		v, _ := e.Store.Vacancy(e.Acme.Ctx, e.W.VX1.ID)
		want := domain.PayRange{MinCents: 1925, MaxCents: 2300, Currency: "EUR", Period: domain.PayHour}
		if v.Pay != want {
			t.Fatalf("saved pay %+v", v.Pay)
		}
		res := x1.Get("/hiring/vacancies/" + id(e.W.VX1.ID))
		wantIn(t, "view", res.Body, []string{"€19.25 – €23.00 per hour", `name="pay_min" type="text" inputmode="decimal" value="19.25"`}, nil)

		set, _ := e.Store.Settings(e.Acme.Ctx)
		set.Careers.SourceID, set.Careers.PayRequired = e.W.Source.ID, true
		if err := e.Store.SaveSettings(e.Acme.Ctx, set); err != nil {
			t.Fatal(err)
		}
		none := url.Values{"title": {"Welder without pay"}, "department_id": {id(e.W.DeptX.ID)}, "status": {"open"}}
		res = x1.Post("/hiring/vacancies/"+id(e.W.VX1.ID), none)
		wantStatus(t, "edit without a range", res, http.StatusUnprocessableEntity)
		wantIn(t, "edit without a range", res.Body, []string{"e-pay_min", "only with a pay range"}, nil)
		if v, _ := e.Store.Vacancy(e.Acme.Ctx, e.W.VX1.ID); v.Title != "Welder" || v.Pay != want {
			t.Fatalf("the refused edit was saved: %+v", v)
		}
		res = x1.Post("/hiring/vacancies/new", url.Values{"title": {"Fitter"}, "department_id": {id(e.W.DeptX.ID)}})
		wantStatus(t, "create without a range", res, http.StatusUnprocessableEntity)
		wantIn(t, "create without a range", res.Body, []string{"e-pay_min"}, nil)
		bad := url.Values{"title": {"Fitter"}, "department_id": {id(e.W.DeptX.ID)}, "pay_min": {"30"}, "pay_max": {"20"},
			"pay_currency": {"EUR"}, "pay_period": {"hour"}}
		res = x1.Post("/hiring/vacancies/new", bad)
		wantStatus(t, "max below min", res, http.StatusUnprocessableEntity)
		wantIn(t, "max below min", res.Body, []string{"e-pay_max"}, nil)
		form.Set("title", "Fitter")
		wantStatus(t, "create with a range", x1.Post("/hiring/vacancies/new", form), http.StatusSeeOther)
	})
}
