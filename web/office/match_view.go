package office

import (
	"net/http"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/web/kit"
)

type matchView struct {
	kit.Page
	M           domain.Match
	V           domain.Vacancy
	Phases      []kit.Option
	History     []domain.PhaseChange
	Evaluations []domain.Evaluation
	// NewComment is the evaluation form's text, kept after an error.
	NewComment string
	Activity   ActivityView // notes and attachments
}

func (a *App) loadMatchView(r *http.Request) (matchView, error) {
	id, err := kit.PathID(r, "id")
	if err != nil {
		return matchView{}, err
	}
	ctx := r.Context()
	v := matchView{Page: a.Page(r, "match.title")}
	if v.M, err = a.Store.Match(ctx, id); err != nil {
		return v, err
	}
	if v.Activity, err = a.loadActivity(r, domain.SubjectMatch, id); err != nil {
		return v, err
	}
	if v.V, err = a.Store.Vacancy(ctx, v.M.VacancyID); err != nil {
		return v, err
	}
	phases, err := a.Store.Phases(ctx, v.V.ProcedureID)
	if err != nil {
		return v, err
	}
	v.Phases = phaseOptions(phases)
	if v.History, err = a.Store.PhaseChanges(ctx, id); err != nil {
		return v, err
	}
	if v.Evaluations, err = a.Store.Evaluations(ctx, id); err != nil {
		return v, err
	}
	return v, nil
}

func (a *App) matchView(w http.ResponseWriter, r *http.Request) error {
	v, err := a.loadMatchView(r)
	if err != nil {
		return err
	}
	return a.Render(w, http.StatusOK, "match", v)
}

// matchMove moves a match to another phase through the service (A1), from
// the match page or from a card of the vacancy's board. The board's plain
// form (scripts off) comes back to the board; its script posts the same form
// marked HX-Request and gets 204, or the refusal as text to show.
func (a *App) matchMove(w http.ResponseWriter, r *http.Request) error {
	v, err := a.loadMatchView(r)
	if err != nil {
		return err
	}
	f, err := kit.NewForm(r)
	if err != nil {
		return err
	}
	background := r.Header.Get("HX-Request") == "true"
	if err := a.Svc.MoveMatch(r.Context(), actor(r), v.M.ID, f.ID("phase_id")); err != nil {
		if !fieldError(f, err, "phase_id") {
			if background {
				return moveRefused(w, kit.Status(err), v.T("match.board.failed"))
			}
			return err
		}
	}
	if len(f.Errors) > 0 {
		if background {
			return moveRefused(w, http.StatusUnprocessableEntity, v.T(f.Errors["phase_id"]))
		}
		v.Errors = f.Errors
		return a.Render(w, http.StatusUnprocessableEntity, "match", v)
	}
	if background {
		w.WriteHeader(http.StatusNoContent)
		return nil
	}
	if f.Text("back") == "board" {
		return kit.Redirect(w, r, idPath("/office/vacancies/", v.M.VacancyID)+"?flash=match.board.moved#board")
	}
	return kit.Redirect(w, r, idPath("/office/matches/", v.M.ID)+"?flash=flash.saved")
}

// moveRefused answers the board's script with the reason a move failed.
func moveRefused(w http.ResponseWriter, status int, message string) error {
	w.Header().Set("Content-Type", "text/plain; charset=utf-8")
	w.WriteHeader(status)
	_, err := w.Write([]byte(message))
	return err
}

// matchEvaluate adds a recruiter's comment to the match's Evaluation tab.
func (a *App) matchEvaluate(w http.ResponseWriter, r *http.Request) error {
	v, err := a.loadMatchView(r)
	if err != nil {
		return err
	}
	f, err := kit.NewForm(r)
	if err != nil {
		return err
	}
	e := domain.Evaluation{MatchID: v.M.ID, Verdict: domain.VerdictComment, Comment: f.Text("comment")}
	if err := a.Svc.AddEvaluation(r.Context(), actor(r), &e); err != nil && !fieldError(f, err, "comment") {
		return err
	}
	if len(f.Errors) > 0 {
		v.Errors, v.NewComment = f.Errors, e.Comment
		return a.Render(w, http.StatusUnprocessableEntity, "match", v)
	}
	return kit.Redirect(w, r, idPath("/office/matches/", v.M.ID)+"?flash=flash.saved#evaluation")
}
