package api

import (
	"net/http"
	"time"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/store"
	"github.com/matchpoint/matchpoint/web/kit"
)

// Placement is a candidate working for a company, for whom timesheets are kept.
type Placement struct {
	ID                domain.ID   `json:"id" readonly:"true"`
	CandidateID       domain.ID   `json:"candidate_id"`
	CompanyID         domain.ID   `json:"company_id"`
	VacancyID         domain.ID   `json:"vacancy_id" doc:"0 for none"`
	Title             string      `json:"title"`
	StartDate         *string     `json:"start_date" format:"date"`
	EndDate           *string     `json:"end_date" format:"date" doc:"null for open-ended"`
	TimesheetApproval bool        `json:"timesheet_approval" doc:"the client's contacts approve the hours (D4)"`
	ContactIDs        []domain.ID `json:"contact_ids" doc:"the client's contacts of this placement"`
	CandidateName     string      `json:"candidate_name" readonly:"true"`
	CompanyName       string      `json:"company_name" readonly:"true"`
	CreatedAt         time.Time   `json:"created_at" readonly:"true"`
	UpdatedAt         time.Time   `json:"updated_at" readonly:"true"`
}

func placementOut(p domain.Placement) Placement {
	contacts := p.ContactIDs
	if contacts == nil {
		contacts = []domain.ID{}
	}
	return Placement{ID: p.ID, CandidateID: p.CandidateID, CompanyID: p.CompanyID, VacancyID: p.VacancyID, Title: p.Title,
		StartDate: date(p.StartDate), EndDate: date(p.EndDate), TimesheetApproval: p.TimesheetApproval, ContactIDs: contacts,
		CandidateName: p.CandidateName, CompanyName: p.CompanyName, CreatedAt: p.CreatedAt, UpdatedAt: p.UpdatedAt}
}

func (in Placement) apply(p *domain.Placement) error {
	var v domain.Validator
	p.CandidateID, p.CompanyID, p.VacancyID, p.Title = in.CandidateID, in.CompanyID, in.VacancyID, in.Title
	p.StartDate = parseDate(&v, in.StartDate, "start_date")
	p.EndDate = parseDate(&v, in.EndDate, "end_date")
	p.TimesheetApproval, p.ContactIDs = in.TimesheetApproval, in.ContactIDs
	return check(&v, p.Validate())
}

func (a *App) placementList(w http.ResponseWriter, r *http.Request) error {
	q := newQuery(r)
	f := store.PlacementFilter{Query: q.String("q"), CandidateID: q.ID("candidate_id"), CompanyID: q.ID("company_id"),
		ContactID: q.ID("contact_id"), ActiveOn: q.Date("active_on")}
	f.Limit, f.Offset = q.Page()
	if err := q.Err(); err != nil {
		return err
	}
	ps, more, err := a.Store.Placements(r.Context(), f)
	if err != nil {
		return err
	}
	out := list(ps, more, f.Offset, placementOut)
	for i := range out.Items {
		out.Items[i].ContactIDs = nil // not read for lists; see GET /placements/{id}
	}
	writeJSON(w, http.StatusOK, out)
	return nil
}

func (a *App) placementGet(w http.ResponseWriter, r *http.Request) error {
	id, err := kit.PathID(r, "id")
	if err != nil {
		return err
	}
	return a.placementAnswer(w, r, http.StatusOK, id)
}

func (a *App) placementAnswer(w http.ResponseWriter, r *http.Request, status int, id domain.ID) error {
	p, err := a.Store.Placement(r.Context(), id)
	if err != nil {
		return err
	}
	writeJSON(w, status, placementOut(p))
	return nil
}

func (a *App) placementCreate(w http.ResponseWriter, r *http.Request) error {
	var in Placement
	if err := decode(w, r, &in); err != nil {
		return err
	}
	var p domain.Placement
	if err := in.apply(&p); err != nil {
		return err
	}
	if err := a.Svc.SavePlacement(r.Context(), actor(r), &p); err != nil {
		return refAsField(err, "candidate_id")
	}
	return a.placementAnswer(w, r, http.StatusCreated, p.ID)
}

func (a *App) placementUpdate(w http.ResponseWriter, r *http.Request) error {
	p, err := kit.PathRecord(r, "id", a.Store.Placement)
	if err != nil {
		return err
	}
	in := placementOut(p)
	if err := decode(w, r, &in); err != nil {
		return err
	}
	if err := in.apply(&p); err != nil {
		return err
	}
	if err := a.Svc.SavePlacement(r.Context(), actor(r), &p); err != nil {
		return refAsField(err, "candidate_id")
	}
	return a.placementAnswer(w, r, http.StatusOK, p.ID)
}
