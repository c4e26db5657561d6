package hiring

import (
	"net/http"
	"strconv"

	"github.com/matchpoint/matchpoint/service"
	"github.com/matchpoint/matchpoint/web/kit"
)

type candidateView struct {
	kit.Page
	V       service.HiringCandidateView
	Comment string
}

// candidateView shows a proposed or approved candidate with its portal-safe
// profile, documents and progress (E5, E7), and the decision form while it
// waits (E6).
func (a *App) candidateView(w http.ResponseWriter, r *http.Request) error {
	return a.renderCandidate(w, r, http.StatusOK, "", nil)
}

func (a *App) renderCandidate(w http.ResponseWriter, r *http.Request, status int, comment string, f *kit.Form) error {
	id, err := kit.PathID(r, "id")
	if err != nil {
		return err
	}
	c, err := a.contact(r)
	if err != nil {
		return err
	}
	v := candidateView{Page: a.Page(r, "hiring.candidate"), Comment: comment}
	if v.V, err = a.Svc.HiringCandidate(r.Context(), c, id); err != nil {
		return err
	}
	if f != nil {
		v.Errors = f.Errors
	}
	return a.Render(w, status, "candidate", v)
}

// candidateDecide approves or rejects the candidate with a comment (E6).
func (a *App) candidateDecide(w http.ResponseWriter, r *http.Request) error {
	id, err := kit.PathID(r, "id")
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
	d := service.MatchDecision{Approve: f.String("decision") == "approve", Comment: f.Text("comment")}
	if dec := f.String("decision"); dec != "approve" && dec != "reject" {
		f.Errors["decision"] = "validation.choice"
	} else {
		err = a.Svc.HiringDecide(r.Context(), c, id, d)
	}
	if err := f.Check(err); err != nil {
		if kit.Invalid(err) {
			return a.renderCandidate(w, r, http.StatusUnprocessableEntity, d.Comment, f)
		}
		return err
	}
	if !d.Approve {
		// A rejected candidate leaves the contact's sight (E7): its page would
		// be a 404, so the list says what happened.
		return kit.Redirect(w, r, "/hiring/candidates?flash=hiring.flash.rejected")
	}
	return kit.Redirect(w, r, "/hiring/candidates/"+strconv.FormatInt(id, 10)+"?flash=hiring.flash.approved")
}
