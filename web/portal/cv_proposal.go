package portal

import (
	"net/http"
	"strconv"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/service"
	"github.com/matchpoint/matchpoint/web/kit"
)

// cvProposalView is the page where a candidate confirms, field by field,
// what its own CV proposes for its profile (issue 16 item 6).
type cvProposalView struct {
	kit.Page
	P service.CVProposal
}

func (a *App) cvProposal(w http.ResponseWriter, r *http.Request) error {
	m, err := a.me(r, domain.SectionCV)
	if err != nil {
		return err
	}
	id, err := kit.PathID(r, "id")
	if err != nil {
		return err
	}
	p, err := a.Service.PortalCVProposal(r.Context(), m.Actor, id)
	if err != nil {
		return err
	}
	return a.Render(w, http.StatusOK, "cv_proposal", cvProposalView{Page: a.Page(r, "cv.proposal.title"), P: p})
}

func (a *App) cvProposalAccept(w http.ResponseWriter, r *http.Request) error {
	m, err := a.me(r, domain.SectionCV)
	if err != nil {
		return err
	}
	id, err := kit.PathID(r, "id")
	if err != nil {
		return err
	}
	if _, err := kit.NewForm(r); err != nil {
		return err
	}
	acc := service.CVAccept{Fields: r.PostForm["field"], Skills: r.PostForm["skill"], Languages: r.PostForm["language"]}
	for name, dst := range map[string]*[]int{"experience": &acc.Experience, "education": &acc.Education} {
		for _, s := range r.PostForm[name] {
			n, err := strconv.Atoi(s)
			if err != nil {
				n = -1 // refused by the service as no choice of the proposal
			}
			*dst = append(*dst, n)
		}
	}
	if err := a.Service.PortalAcceptCVProposal(r.Context(), m.Actor, id, acc); err != nil {
		if !kit.Invalid(err) {
			return err
		}
		p, perr := a.Service.PortalCVProposal(r.Context(), m.Actor, id)
		if perr != nil {
			return perr
		}
		v := cvProposalView{Page: a.Page(r, "cv.proposal.title"), P: p}
		v.Errors = domain.FieldErrors{"": "cv.proposal.invalid"}
		return a.Render(w, http.StatusUnprocessableEntity, "cv_proposal", v)
	}
	return kit.Redirect(w, r, "/portal/profile?flash=portal.flash.cv_proposal_accepted")
}
