package api

import (
	"net/http"
	"time"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/store"
	"github.com/matchpoint/matchpoint/web/kit"
)

// Match is a candidate proposed for a vacancy, in a phase of its procedure.
type Match struct {
	ID            domain.ID  `json:"id" readonly:"true"`
	CandidateID   domain.ID  `json:"candidate_id"`
	VacancyID     domain.ID  `json:"vacancy_id"`
	PhaseID       domain.ID  `json:"phase_id" doc:"0 on create takes the procedure's first phase"`
	ApprovedAt    *time.Time `json:"approved_at" readonly:"true" doc:"when a contact approved it in the Hiring Portal"`
	CandidateName string     `json:"candidate_name" readonly:"true"`
	VacancyTitle  string     `json:"vacancy_title" readonly:"true"`
	CompanyName   string     `json:"company_name" readonly:"true"`
	PhaseName     string     `json:"phase_name" readonly:"true"`
	CreatedAt     time.Time  `json:"created_at" readonly:"true"`
	UpdatedAt     time.Time  `json:"updated_at" readonly:"true"`
}

// MatchMove moves a match to another phase.
type MatchMove struct {
	PhaseID domain.ID `json:"phase_id"`
}

func matchOut(m domain.Match) Match {
	return Match{ID: m.ID, CandidateID: m.CandidateID, VacancyID: m.VacancyID, PhaseID: m.PhaseID, ApprovedAt: m.ApprovedAt,
		CandidateName: m.CandidateName, VacancyTitle: m.VacancyTitle, CompanyName: m.CompanyName, PhaseName: m.PhaseName,
		CreatedAt: m.CreatedAt, UpdatedAt: m.UpdatedAt}
}

func (a *App) matchList(w http.ResponseWriter, r *http.Request) error {
	q := newQuery(r)
	f := store.MatchFilter{VacancyID: q.ID("vacancy_id"), CandidateID: q.ID("candidate_id"), PhaseID: q.ID("phase_id")}
	f.Limit, f.Offset = q.Page()
	q.v.Check(f.VacancyID != 0 || f.CandidateID != 0, "vacancy_id", "api.error.match_filter")
	if err := q.Err(); err != nil {
		return err
	}
	ms, more, err := a.Store.Matches(r.Context(), f)
	if err != nil {
		return err
	}
	writeJSON(w, http.StatusOK, list(ms, more, f.Offset, matchOut))
	return nil
}

func (a *App) matchGet(w http.ResponseWriter, r *http.Request) error {
	id, err := kit.PathID(r, "id")
	if err != nil {
		return err
	}
	return a.matchAnswer(w, r, http.StatusOK, id)
}

func (a *App) matchAnswer(w http.ResponseWriter, r *http.Request, status int, id domain.ID) error {
	m, err := a.Store.Match(r.Context(), id)
	if err != nil {
		return err
	}
	writeJSON(w, status, matchOut(m))
	return nil
}

func (a *App) matchCreate(w http.ResponseWriter, r *http.Request) error {
	var in Match
	if err := decode(w, r, &in); err != nil {
		return err
	}
	m := domain.Match{CandidateID: in.CandidateID, VacancyID: in.VacancyID, PhaseID: in.PhaseID}
	if err := a.Svc.CreateMatch(r.Context(), actor(r), &m); err != nil {
		return err
	}
	return a.matchAnswer(w, r, http.StatusCreated, m.ID)
}

func (a *App) matchMove(w http.ResponseWriter, r *http.Request) error {
	id, err := kit.PathID(r, "id")
	if err != nil {
		return err
	}
	if _, err := a.Store.Match(r.Context(), id); err != nil {
		return err
	}
	var in MatchMove
	if err := decode(w, r, &in); err != nil {
		return err
	}
	if err := a.Svc.MoveMatch(r.Context(), actor(r), id, in.PhaseID); err != nil {
		return err
	}
	return a.matchAnswer(w, r, http.StatusOK, id)
}

// refAsField turns a store's invalid reference (error.reference and other
// invalid kinds without fields) into a field error of field, so the caller
// learns which field to fix. A referenced record that is missing or of
// another agency stays not found (404).
func refAsField(err error, field string) error {
	if domain.KindOf(err) == domain.KindInvalid {
		var v domain.Validator
		v.Check(false, field, domain.KeyOf(err))
		return v.Err()
	}
	return err
}
