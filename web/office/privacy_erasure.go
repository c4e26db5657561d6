package office

import (
	"net/http"
	"strconv"

	"github.com/matchpoint/matchpoint/service"
	"github.com/matchpoint/matchpoint/web/kit"
)

type eraseView struct {
	kit.Page
	Plan      service.ErasurePlan
	RequestID int64
}

// candidateErasePreview shows what erasure removes and what the law keeps,
// and why, before the recruiter confirms (F2).
func (a *App) candidateErasePreview(w http.ResponseWriter, r *http.Request) error {
	id, err := kit.PathID(r, "id")
	if err != nil {
		return err
	}
	plan, err := a.Svc.PlanErasure(r.Context(), id)
	if err != nil {
		return err
	}
	return a.Render(w, http.StatusOK, "privacy_erase", eraseView{Page: a.Page(r, "privacy.erase.title"), Plan: plan, RequestID: queryID(r, "request")})
}

// candidateErase anonymises the candidate in one transaction, audited.
func (a *App) candidateErase(w http.ResponseWriter, r *http.Request) error {
	id, err := kit.PathID(r, "id")
	if err != nil {
		return err
	}
	if _, err := kit.NewForm(r); err != nil {
		return err // a NUL byte or invalid UTF-8 in a field (issue 11)
	}
	if _, err := a.Store.Candidate(r.Context(), id); err != nil {
		return err // another agency's candidate is not found, confirmed or not
	}
	if r.PostFormValue("confirm") != "1" {
		return kit.Redirect(w, r, "/office/candidates/"+strconv.FormatInt(id, 10)+"/erase")
	}
	reqID, _ := strconv.ParseInt(r.PostFormValue("request"), 10, 64)
	if err := a.Svc.EraseCandidate(r.Context(), id, reqID, actor(r)); err != nil {
		return err
	}
	return kit.Redirect(w, r, candidatePrivacyURL(id, "privacy.flash.erased"))
}
