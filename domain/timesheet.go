package domain

import "time"

// TimesheetStatus is where a timesheet stands.
type TimesheetStatus string

const (
	TimesheetDraft    TimesheetStatus = "draft"
	TimesheetSent     TimesheetStatus = "sent" // 'Verzonden'
	TimesheetApproved TimesheetStatus = "approved"
	TimesheetRejected TimesheetStatus = "rejected"
)

// Timesheet is one week of work on a placement (weekstaat).
type Timesheet struct {
	ID          ID
	TenantID    ID
	PlacementID ID
	Year        int // ISO year
	Week        int // ISO week
	Status      TimesheetStatus
	SentAt      *time.Time
	DecidedAt   *time.Time
	CreatedAt   time.Time
	UpdatedAt   time.Time

	CandidateID    ID // the placement's candidate
	CandidateName  string
	CompanyName    string
	PlacementTitle string
	TotalMinutes   int
}

// TimesheetLine is the time or quantity on one day for one declaration type.
type TimesheetLine struct {
	ID                ID
	TenantID          ID
	TimesheetID       ID
	DeclarationTypeID ID
	Day               Date
	Minutes           int

	DeclarationTypeName string
}

// TimesheetEvent is one entry of a timesheet's comments and approval log (A5, D5).
type TimesheetEvent struct {
	ID          ID
	TenantID    ID
	TimesheetID ID
	ActorKind   Audience
	ActorID     ID
	ActorName   string
	Action      string // "saved", "sent", "approved", "rejected", "comment"
	Comment     string
	At          time.Time
}
