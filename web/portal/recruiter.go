package portal

import (
	"net/http"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/web/kit"
)

type recruiterView struct {
	kit.Page
	Owner domain.User
}

// recruiter is the tab with the candidate's owner: name, e-mail and phone
// (C5). Users carry no photo, so none is shown.
func (a *App) recruiter(w http.ResponseWriter, r *http.Request) error {
	m, err := a.me(r, domain.SectionRecruiter)
	if err != nil {
		return err
	}
	v := recruiterView{Page: a.Page(r, "portal.recruiter.title")}
	if v.Owner, err = a.Store.User(r.Context(), m.C.OwnerID); err != nil {
		return err
	}
	return a.Render(w, http.StatusOK, "recruiter", v)
}
