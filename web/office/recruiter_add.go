package office

import (
	"net/http"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/web/kit"
)

// recruiterAdd adds a recruiter, who gets a mail with a link to set its
// password (B5, B3); bad input is shown next to its field and adds nobody.
func (a *App) recruiterAdd(w http.ResponseWriter, r *http.Request) error {
	f, err := kit.NewForm(r)
	if err != nil {
		return err
	}
	nu := domain.User{Name: f.String("name"), Email: f.String("email"), Role: domain.Role(f.String("role")),
		Language: f.String("language")}
	_, err = a.Accounts.AddRecruiter(r.Context(), actor(r), nu, a.Auth.Origin(r))
	if err := f.Check(err); err != nil {
		if kit.Invalid(err) {
			return a.renderRecruiters(w, r, http.StatusUnprocessableEntity, nu, f.Errors, "")
		}
		return err
	}
	return kit.Redirect(w, r, "/office/settings/users?flash=recruiters.added")
}
