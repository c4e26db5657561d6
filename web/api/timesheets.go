package api

import (
	"net/http"
	"time"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/store"
	"github.com/matchpoint/matchpoint/web/kit"
)

// Timesheet is a candidate's week of hours on a placement.
type Timesheet struct {
	ID             domain.ID        `json:"id" readonly:"true"`
	PlacementID    domain.ID        `json:"placement_id"`
	Year           int              `json:"year" doc:"ISO year"`
	Week           int              `json:"week" doc:"ISO week"`
	Status         string           `json:"status" enum:"draft,sent,approved,rejected"`
	SentAt         *time.Time       `json:"sent_at"`
	DecidedAt      *time.Time       `json:"decided_at"`
	CandidateName  string           `json:"candidate_name"`
	CompanyName    string           `json:"company_name"`
	PlacementTitle string           `json:"placement_title"`
	TotalMinutes   int              `json:"total_minutes"`
	CreatedAt      time.Time        `json:"created_at"`
	UpdatedAt      time.Time        `json:"updated_at"`
	Lines          []TimesheetLine  `json:"lines,omitempty" doc:"only on GET /timesheets/{id}"`
	Events         []TimesheetEvent `json:"events,omitempty" doc:"only on GET /timesheets/{id}"`
}

// TimesheetLine is the minutes of one declaration type on one day.
type TimesheetLine struct {
	ID                  domain.ID `json:"id"`
	DeclarationTypeID   domain.ID `json:"declaration_type_id"`
	DeclarationTypeName string    `json:"declaration_type_name"`
	Day                 *string   `json:"day" format:"date"`
	Minutes             int       `json:"minutes"`
}

// TimesheetEvent is one step in a timesheet's history.
type TimesheetEvent struct {
	ID        domain.ID `json:"id"`
	Action    string    `json:"action" enum:"saved,sent,approved,rejected,comment"`
	ActorKind string    `json:"actor_kind" enum:"office,portal,hiring"`
	ActorName string    `json:"actor_name"`
	Comment   string    `json:"comment"`
	At        time.Time `json:"at"`
}

func timesheetOut(t domain.Timesheet) Timesheet {
	return Timesheet{ID: t.ID, PlacementID: t.PlacementID, Year: t.Year, Week: t.Week, Status: string(t.Status), SentAt: t.SentAt,
		DecidedAt: t.DecidedAt, CandidateName: t.CandidateName, CompanyName: t.CompanyName, PlacementTitle: t.PlacementTitle,
		TotalMinutes: t.TotalMinutes, CreatedAt: t.CreatedAt, UpdatedAt: t.UpdatedAt}
}

func (a *App) timesheetList(w http.ResponseWriter, r *http.Request) error {
	q := newQuery(r)
	f := store.TimesheetFilter{Status: domain.TimesheetStatus(q.String("status")), Year: q.Int("year", 0), Week: q.Int("week", 0),
		CompanyID: q.ID("company_id"), CandidateID: q.ID("candidate_id"), PlacementID: q.ID("placement_id")}
	f.Limit, f.Offset = q.Page()
	if err := q.Err(); err != nil {
		return err
	}
	ts, more, err := a.Store.Timesheets(r.Context(), f)
	if err != nil {
		return err
	}
	writeJSON(w, http.StatusOK, list(ts, more, f.Offset, timesheetOut))
	return nil
}

func (a *App) timesheetGet(w http.ResponseWriter, r *http.Request) error {
	id, err := kit.PathID(r, "id")
	if err != nil {
		return err
	}
	t, err := a.Store.Timesheet(r.Context(), id)
	if err != nil {
		return err
	}
	lines, err := a.Store.TimesheetLines(r.Context(), id)
	if err != nil {
		return err
	}
	events, err := a.Store.TimesheetEvents(r.Context(), id)
	if err != nil {
		return err
	}
	out := timesheetOut(t)
	out.Lines, out.Events = []TimesheetLine{}, []TimesheetEvent{}
	for _, l := range lines {
		out.Lines = append(out.Lines, TimesheetLine{ID: l.ID, DeclarationTypeID: l.DeclarationTypeID,
			DeclarationTypeName: l.DeclarationTypeName, Day: date(l.Day), Minutes: l.Minutes})
	}
	for _, e := range events {
		out.Events = append(out.Events, TimesheetEvent{ID: e.ID, Action: e.Action, ActorKind: string(e.ActorKind),
			ActorName: e.ActorName, Comment: e.Comment, At: e.At})
	}
	writeJSON(w, http.StatusOK, out)
	return nil
}
