package service

import "github.com/matchpoint/matchpoint/domain"

// The data of each webhook event (G1), in the "data" field of the envelope.

// MatchDecidedEvent is the data of match.approved and match.rejected.
type MatchDecidedEvent struct {
	MatchID     domain.ID `json:"match_id"`
	VacancyID   domain.ID `json:"vacancy_id"`
	CandidateID domain.ID `json:"candidate_id"`
	ContactID   domain.ID `json:"contact_id"`
	PhaseID     domain.ID `json:"phase_id"`
	Comment     string    `json:"comment"`
}

// PortalMessageEvent is the data of portal_message.received.
type PortalMessageEvent struct {
	NoteID    domain.ID `json:"note_id"`
	ContactID domain.ID `json:"contact_id"`
	CompanyID domain.ID `json:"company_id"`
	Subject   string    `json:"subject"`
	Body      string    `json:"body"`
}

// TimesheetEvent is the data of timesheet.sent, timesheet.approved and
// timesheet.rejected.
type TimesheetEvent struct {
	TimesheetID domain.ID `json:"timesheet_id"`
	PlacementID domain.ID `json:"placement_id"`
	Year        int       `json:"year"`
	Week        int       `json:"week"`
	Status      string    `json:"status"`
	Comment     string    `json:"comment,omitempty"`
}

func timesheetEvent(t domain.Timesheet, comment string) TimesheetEvent {
	return TimesheetEvent{TimesheetID: t.ID, PlacementID: t.PlacementID, Year: t.Year, Week: t.Week, Status: string(t.Status), Comment: comment}
}
