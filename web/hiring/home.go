package hiring

import (
	"net/http"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/web/account"
	"github.com/matchpoint/matchpoint/web/kit"
)

// homeView is the dashboard (E2), a placeholder until the Hiring Portal's
// blocks arrive: it greets the contact and names its company.
type homeView struct {
	kit.Page
	Contact domain.Contact
}

func (a *App) home(w http.ResponseWriter, r *http.Request) error {
	v := homeView{Page: a.page(r, "hiring.home_title")}
	var err error
	if v.Contact, err = a.Store.Contact(r.Context(), account.Current(r.Context()).ID); err != nil {
		return err
	}
	return a.render(w, http.StatusOK, "home", v)
}
