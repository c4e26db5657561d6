package domain

import "time"

// Placement is a candidate working for a client company.
type Placement struct {
	ID          ID
	TenantID    ID
	CandidateID ID
	CompanyID   ID
	VacancyID   ID // 0 = none
	Title       string
	StartDate   Date
	EndDate     Date // zero = open-ended
	// TimesheetApproval is 'Goedkeuring weekstaten: goedkeuring uren door
	// opdrachtgever nodig' (D4).
	TimesheetApproval bool
	ContactIDs        []ID
	CreatedAt         time.Time
	UpdatedAt         time.Time

	CandidateName string
	CompanyName   string
}

// Validate checks a placement.
func (p Placement) Validate() error {
	var v Validator
	v.Required(p.Title, "title")
	v.MaxLen(p.Title, MaxJobTitle, "title")
	v.Check(p.CandidateID != 0, "candidate_id", "validation.required")
	v.Check(p.CompanyID != 0, "company_id", "validation.required")
	v.Check(!p.StartDate.IsZero(), "start_date", "validation.required")
	v.Check(p.EndDate.IsZero() || !p.EndDate.Before(p.StartDate), "end_date", "validation.end_before_start")
	return v.Err()
}

// DeclarationType is a kind of line on a timesheet (hours, overtime, travel …).
type DeclarationType struct {
	ID       ID
	TenantID ID
	Name     string
	// EmptyLinePerPlacement is 'empty timesheet line for every placement' (D1).
	EmptyLinePerPlacement bool
}

// Validate checks a declaration type.
func (d DeclarationType) Validate() error {
	var v Validator
	v.Required(d.Name, "name")
	v.MaxLen(d.Name, 100, "name")
	return v.Err()
}

// Rate is what a placement bills and pays for one declaration type.
type Rate struct {
	ID                ID
	TenantID          ID
	PlacementID       ID
	DeclarationTypeID ID // 0 = none
	StartDate         Date
	EndDate           Date // zero = open-ended
	NoInvoicing       bool
	BillCents         int64
	PayCents          int64

	DeclarationTypeName string
	// EmptyLinePerPlacement mirrors the declaration type's flag; filled by the
	// store so the D1 rule can be evaluated without another lookup.
	EmptyLinePerPlacement bool
}

// Validate checks a rate.
func (r Rate) Validate() error {
	var v Validator
	v.Check(r.PlacementID != 0, "placement_id", "validation.required")
	v.Check(!r.StartDate.IsZero(), "start_date", "validation.required")
	v.Check(r.EndDate.IsZero() || !r.EndDate.Before(r.StartDate), "end_date", "validation.end_before_start")
	v.Check(r.BillCents >= 0, "bill", "validation.not_negative")
	v.Check(r.PayCents >= 0, "pay", "validation.not_negative")
	return v.Err()
}
