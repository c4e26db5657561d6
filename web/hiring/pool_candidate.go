package hiring

import (
	"net/http"
	"strconv"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/service"
	"github.com/matchpoint/matchpoint/web/kit"
)

type poolCandidateView struct {
	kit.Page
	V        service.HiringPoolCandidateView
	Targets  []kit.Option
	TargetID domain.ID
	// Notice is a polite refusal shown above the form (a second match to the
	// same vacancy, a closed vacancy), as a message key.
	Notice string
}

// poolCandidate shows a pool candidate with 'Match with my vacancies' (E8, E9).
func (a *App) poolCandidate(w http.ResponseWriter, r *http.Request) error {
	return a.renderPoolCandidate(w, r, http.StatusOK, 0, "", nil)
}

func (a *App) renderPoolCandidate(w http.ResponseWriter, r *http.Request, status int, target domain.ID, notice string, f *kit.Form) error {
	poolID, err := kit.PathID(r, "id")
	if err != nil {
		return err
	}
	candID, err := kit.PathID(r, "candidate")
	if err != nil {
		return err
	}
	c, err := a.contact(r)
	if err != nil {
		return err
	}
	v := poolCandidateView{Page: a.Page(r, "hiring.pool_candidate"), TargetID: target, Notice: notice}
	if v.V, err = a.Svc.HiringPoolCandidate(r.Context(), c, poolID, candID); err != nil {
		return err
	}
	v.Targets = vacancyOptions(v.Page, v.V.Targets)
	if f != nil {
		v.Errors = f.Errors
	}
	return a.Render(w, status, "pool_candidate", v)
}

// poolMatch matches the pool candidate with one of the contact's own
// vacancies (E9). A second match to the same vacancy is refused politely on
// the same page.
func (a *App) poolMatch(w http.ResponseWriter, r *http.Request) error {
	poolID, err := kit.PathID(r, "id")
	if err != nil {
		return err
	}
	candID, err := kit.PathID(r, "candidate")
	if err != nil {
		return err
	}
	c, err := a.contact(r)
	if err != nil {
		return err
	}
	f, err := kit.NewForm(r)
	if err != nil {
		return err
	}
	target := f.ID("vacancy_id")
	if target == 0 && len(f.Errors) == 0 {
		f.Errors["vacancy_id"] = "validation.required"
	}
	if len(f.Errors) == 0 {
		_, err = a.Svc.HiringMatchFromPool(r.Context(), c, poolID, candID, target)
	}
	if domain.KindOf(err) == domain.KindConflict {
		// Matching twice is refused politely: nothing changes and the page says so.
		notice := domain.KeyOf(err)
		if notice == domain.KeyMatchExists {
			notice = "hiring.notice.already_matched"
		}
		return a.renderPoolCandidate(w, r, http.StatusConflict, target, notice, nil)
	}
	if err := f.Check(err); err != nil {
		if kit.Invalid(err) {
			return a.renderPoolCandidate(w, r, http.StatusUnprocessableEntity, target, "", f)
		}
		if domain.KindOf(err) == domain.KindInvalid {
			return a.renderPoolCandidate(w, r, http.StatusUnprocessableEntity, target, domain.KeyOf(err), nil)
		}
		return err
	}
	path := "/hiring/pools/" + strconv.FormatInt(poolID, 10) + "/candidates/" + strconv.FormatInt(candID, 10)
	return kit.Redirect(w, r, path+"?flash=hiring.flash.matched")
}
