package office

import (
	"net/http"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/store"
	"github.com/matchpoint/matchpoint/web/kit"
)

// matchNewView is the page that matches a candidate to a vacancy, from either
// side: with V set it picks a candidate (searching Q), with C set a vacancy.
type matchNewView struct {
	kit.Page
	V          domain.Vacancy
	C          domain.Candidate
	Q          string
	Phases     []kit.Option
	Candidates []domain.Candidate
	Vacancies  []domain.Vacancy
	M          domain.Match
}

const pickLimit = 20

func (a *App) matchNewForVacancy(w http.ResponseWriter, r *http.Request) error {
	id, err := kit.PathID(r, "id")
	if err != nil {
		return err
	}
	m := domain.Match{VacancyID: id, CandidateID: queryID(r, "candidate")}
	return a.matchFormForVacancy(w, r, http.StatusOK, m, nil)
}

func (a *App) matchFormForVacancy(w http.ResponseWriter, r *http.Request, status int, m domain.Match, errs domain.FieldErrors) error {
	ctx := r.Context()
	v := matchNewView{Page: a.Page(r, "match.new"), Q: r.URL.Query().Get("q"), M: m}
	if errs != nil {
		v.Errors = errs
	}
	var err error
	if v.V, err = a.Store.Vacancy(ctx, m.VacancyID); err != nil {
		return err
	}
	phases, err := a.Store.Phases(ctx, v.V.ProcedureID)
	if err != nil {
		return err
	}
	v.Phases = phaseOptions(phases)
	if v.M.PhaseID == 0 && len(phases) > 0 {
		v.M.PhaseID = phases[0].ID
	}
	if m.CandidateID != 0 {
		// The chosen candidate's name; an unknown id is shown as an error on submit.
		if c, err := a.Store.Candidate(ctx, m.CandidateID); err == nil {
			v.C = c
		}
	}
	if v.Q != "" {
		if v.Candidates, _, err = a.Store.Candidates(ctx, store.CandidateFilter{Query: v.Q, Limit: pickLimit}); err != nil {
			return err
		}
	}
	return a.Render(w, status, "match_new", v)
}

func (a *App) matchCreateForVacancy(w http.ResponseWriter, r *http.Request) error {
	id, err := kit.PathID(r, "id")
	if err != nil {
		return err
	}
	f, err := kit.NewForm(r)
	if err != nil {
		return err
	}
	m := domain.Match{VacancyID: id, CandidateID: f.ID("candidate_id"), PhaseID: f.ID("phase_id")}
	if err = f.Check(m.Validate()); err == nil {
		err = a.Svc.CreateMatch(r.Context(), actor(r), &m)
	}
	if err != nil {
		if fieldError(f, err, "candidate_id") {
			return a.matchFormForVacancy(w, r, kit.Status(err), m, f.Errors)
		}
		return err
	}
	return kit.Redirect(w, r, idPath("/office/matches/", m.ID)+"?flash=flash.saved")
}

func (a *App) matchNewForCandidate(w http.ResponseWriter, r *http.Request) error {
	return a.matchFormForCandidate(w, r, http.StatusOK, queryID(r, "candidate"), nil)
}

func (a *App) matchFormForCandidate(w http.ResponseWriter, r *http.Request, status int, candidateID domain.ID, errs domain.FieldErrors) error {
	ctx := r.Context()
	v := matchNewView{Page: a.Page(r, "match.new"), Q: r.URL.Query().Get("q")}
	if errs != nil {
		v.Errors = errs
	}
	var err error
	if v.C, err = a.Store.Candidate(ctx, candidateID); err != nil {
		return err
	}
	v.Vacancies, _, err = a.Store.Vacancies(ctx, store.VacancyFilter{Query: v.Q, Status: domain.VacancyOpen, Limit: pickLimit})
	if err != nil {
		return err
	}
	return a.Render(w, status, "match_pick_vacancy", v)
}

// matchCreateForCandidate matches the candidate to the chosen vacancy in the
// first phase of the vacancy's procedure.
func (a *App) matchCreateForCandidate(w http.ResponseWriter, r *http.Request) error {
	f, err := kit.NewForm(r)
	if err != nil {
		return err
	}
	m := domain.Match{CandidateID: f.ID("candidate_id"), VacancyID: f.ID("vacancy_id")}
	if _, err := a.Store.Candidate(r.Context(), m.CandidateID); err != nil {
		return err // the page is the candidate's: an unknown one is not found
	}
	if err := a.Svc.CreateMatch(r.Context(), actor(r), &m); err != nil {
		if fieldError(f, err, "vacancy_id") {
			return a.matchFormForCandidate(w, r, kit.Status(err), m.CandidateID, f.Errors)
		}
		return err
	}
	return kit.Redirect(w, r, idPath("/office/matches/", m.ID)+"?flash=flash.saved")
}
