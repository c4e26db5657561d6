package office

import (
	"net/http"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/web/kit"
)

type recruitersView struct {
	kit.Page
	Users     []domain.User
	Me        domain.ID
	New       domain.User // the add form's input
	Roles     []kit.Option
	Languages []kit.Option
}

// recruitersList shows the agency's recruiters with their role and whether
// they may sign in, and a form to add one (B5); admins only.
func (a *App) recruitersList(w http.ResponseWriter, r *http.Request) error {
	return a.renderRecruiters(w, r, http.StatusOK, domain.User{Role: domain.RoleRecruiter, Language: kit.TenantOf(r.Context()).DefaultLanguage}, nil, "")
}

// renderRecruiters shows the page with the add form's input and its errors,
// or with a message (flash) about a change that was refused.
func (a *App) renderRecruiters(w http.ResponseWriter, r *http.Request, status int, nu domain.User, errs domain.FieldErrors, flash string) error {
	users, err := a.Store.Users(r.Context())
	if err != nil {
		return err
	}
	v := recruitersView{Page: a.Page(r, "recruiters.title"), Users: users, Me: user(r.Context()).ID, New: nu,
		Roles: roleOptions(), Languages: languageOptions()}
	if errs != nil {
		v.Errors = errs
	}
	if flash != "" {
		v.Flash = flash
	}
	return a.Render(w, status, "recruiters", v)
}

// roleOptions lists the recruiter roles as choices.
func roleOptions() []kit.Option {
	return []kit.Option{{Value: string(domain.RoleRecruiter), Label: "recruiters.role.recruiter"},
		{Value: string(domain.RoleAdmin), Label: "recruiters.role.admin"}}
}
