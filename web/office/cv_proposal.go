package office

import (
	"errors"
	"net/http"
	"strconv"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/service"
	"github.com/matchpoint/matchpoint/web/kit"
)

// cvProposalView is the page where a recruiter confirms, field by field,
// what a candidate's CV proposes (issue 16 item 6).
type cvProposalView struct {
	kit.Page
	P service.CVProposal
}

func (a *App) cvProposal(w http.ResponseWriter, r *http.Request) error {
	id, err := kit.PathID(r, "id")
	if err != nil {
		return err
	}
	p, err := a.Svc.CVProposal(r.Context(), actor(r), id)
	if err != nil {
		return err
	}
	return a.Render(w, http.StatusOK, "cv_proposal", cvProposalView{Page: a.Page(r, "cv.proposal.title"), P: p})
}

func (a *App) cvProposalAccept(w http.ResponseWriter, r *http.Request) error {
	id, err := kit.PathID(r, "id")
	if err != nil {
		return err
	}
	if _, err := kit.NewForm(r); err != nil {
		return err
	}
	acc, err := readCVAccept(r)
	if err != nil {
		return err
	}
	cid, err := a.Svc.AcceptCVProposal(r.Context(), actor(r), id, acc)
	if err != nil {
		if kit.Invalid(err) {
			p, perr := a.Svc.CVProposal(r.Context(), actor(r), id)
			if perr != nil {
				return perr
			}
			v := cvProposalView{Page: a.Page(r, "cv.proposal.title"), P: p}
			v.Errors = fieldErrors(err)
			return a.Render(w, http.StatusUnprocessableEntity, "cv_proposal", v)
		}
		return err
	}
	return kit.Redirect(w, r, "/office/candidates/"+strconv.FormatInt(cid, 10)+"?flash=flash.cv_proposal_accepted")
}

// readCVAccept reads the ticked boxes of a proposal form; the service
// checks each against the proposal.
func readCVAccept(r *http.Request) (service.CVAccept, error) {
	acc := service.CVAccept{Fields: r.PostForm["field"], Skills: r.PostForm["skill"], Languages: r.PostForm["language"]}
	for name, dst := range map[string]*[]int{"experience": &acc.Experience, "education": &acc.Education} {
		for _, s := range r.PostForm[name] {
			n, err := strconv.Atoi(s)
			if err != nil {
				return acc, &domain.ValidationError{Fields: domain.FieldErrors{name: "validation.choice"}}
			}
			*dst = append(*dst, n)
		}
	}
	return acc, nil
}

// fieldErrors are the field errors of a validation error.
func fieldErrors(err error) domain.FieldErrors {
	var ve *domain.ValidationError
	if errors.As(err, &ve) {
		return ve.Fields
	}
	return domain.FieldErrors{"": "error.invalid"}
}
