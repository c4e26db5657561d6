package office

import (
	"errors"
	"net/http"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/service"
	"github.com/matchpoint/matchpoint/web/kit"
)

// recruiterLink mails the recruiter of the path a new set-password link
// (B5), for an invitation that expired or got lost; the earlier link stops
// working. A disabled recruiter gets none: the list shows why.
func (a *App) recruiterLink(w http.ResponseWriter, r *http.Request) error {
	id, err := kit.PathID(r, "id")
	if err != nil {
		return err
	}
	if _, err := a.Accounts.SendRecruiterLink(r.Context(), actor(r), id, a.Auth.Origin(r)); err != nil {
		if errors.Is(err, service.ErrLinkDisabled) {
			return a.renderRecruiters(w, r, kit.Status(err),
				domain.User{Role: domain.RoleRecruiter, Language: kit.TenantOf(r.Context()).DefaultLanguage}, nil, domain.KeyOf(err))
		}
		return err
	}
	return kit.Redirect(w, r, "/office/settings/users?flash=recruiters.link_sent")
}
