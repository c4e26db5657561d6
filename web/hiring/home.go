package hiring

import (
	"net/http"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/service"
	"github.com/matchpoint/matchpoint/web/kit"
)

// homeView is the dashboard (E2): what waits for the contact, in the blocks
// the agency switched on.
type homeView struct {
	kit.Page
	Contact   domain.Contact
	D         service.HiringDashboard
	CanCreate bool
	Invoices  bool // the client's invoicing details name the contact (issue 17)
}

// home is the first page after sign-in (E2).
func (a *App) home(w http.ResponseWriter, r *http.Request) error {
	c, err := a.contact(r)
	if err != nil {
		return err
	}
	v := homeView{Page: a.Page(r, "hiring.home_title"), Contact: c}
	if v.D, err = a.Svc.HiringDashboard(r.Context(), c); err != nil {
		return err
	}
	if v.CanCreate, err = a.Svc.HiringCanCreateVacancies(r.Context(), c); err != nil {
		return err
	}
	if v.Invoices, err = a.Svc.ContactSeesInvoices(r.Context(), c); err != nil {
		return err
	}
	return a.Render(w, http.StatusOK, "home", v)
}
