package office

import (
	"errors"
	"net/http"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/service"
	"github.com/matchpoint/matchpoint/web/kit"
)

// recruiterRole gives a recruiter another role (B5).
func (a *App) recruiterRole(w http.ResponseWriter, r *http.Request) error {
	return a.recruiterChange(w, r, func(f *kit.Form, id domain.ID) error {
		return a.Accounts.SetRecruiterRole(r.Context(), actor(r), id, domain.Role(f.String("role")), a.Auth.Origin(r))
	})
}

// recruiterActive disables a recruiter, ending its sessions at once, or
// enables it again (B5); an admin cannot disable itself.
func (a *App) recruiterActive(w http.ResponseWriter, r *http.Request) error {
	return a.recruiterChange(w, r, func(f *kit.Form, id domain.ID) error {
		return a.Accounts.SetRecruiterActive(r.Context(), actor(r), id, f.Bool("active"), a.Auth.Origin(r))
	})
}

// recruiterChange applies change to the recruiter of the path; a refused
// change shows the list again with the reason.
func (a *App) recruiterChange(w http.ResponseWriter, r *http.Request, change func(f *kit.Form, id domain.ID) error) error {
	id, err := kit.PathID(r, "id")
	if err != nil {
		return err
	}
	f, err := kit.NewForm(r)
	if err != nil {
		return err
	}
	if err := change(f, id); err != nil {
		if errors.Is(err, service.ErrDisableSelf) || errors.Is(err, service.ErrDemoteSelf) || kit.Invalid(err) {
			key := domain.KeyOf(err)
			if kit.Invalid(err) {
				key = "error.invalid"
			}
			return a.renderRecruiters(w, r, http.StatusUnprocessableEntity,
				domain.User{Role: domain.RoleRecruiter, Language: kit.TenantOf(r.Context()).DefaultLanguage}, nil, key)
		}
		return err
	}
	return kit.Redirect(w, r, "/office/settings/users?flash=flash.saved")
}
