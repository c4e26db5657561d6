package domain

import "time"

// Source is where a vacancy came from; one configured source makes a vacancy
// visible in the Hiring Portal (E3).
type Source struct {
	ID       ID
	TenantID ID
	Name     string
}

// Procedure is an ordered list of phases a match goes through.
type Procedure struct {
	ID       ID
	TenantID ID
	Name     string
	Phases   []Phase
}

// Phase is one step of a procedure. VisibleInPortal is the A3/E5 setting.
type Phase struct {
	ID              ID
	TenantID        ID
	ProcedureID     ID
	Name            string
	Position        int
	VisibleInPortal bool
}

// VacancyStatus is open or closed.
type VacancyStatus string

const (
	VacancyOpen   VacancyStatus = "open"
	VacancyClosed VacancyStatus = "closed"
)

// PoolKind marks the dummy vacancies that hold talent pools (E8).
type PoolKind string

const (
	PoolNone    PoolKind = ""
	PoolGeneral PoolKind = "general"
	PoolCompany PoolKind = "company"
)

// Origin says where a vacancy was created.
type Origin string

const (
	OriginOffice Origin = "office"
	OriginHiring Origin = "hiring_portal"
)

// Vacancy is an open position at a client company.
type Vacancy struct {
	ID           ID
	TenantID     ID
	CompanyID    ID
	ContactID    ID // 0 = none
	OwnerID      ID
	SourceID     ID // 0 = none
	DepartmentID ID // 0 = none
	ProcedureID  ID
	Title        string
	Description  string
	Location     string
	HoursPerWeek int
	Status       VacancyStatus
	Pool         PoolKind
	Origin       Origin
	// Pay, Category and ClosesOn are what the careers site and its feeds
	// show (issue 16): the pay range, a category visitors filter on, and
	// the last day the vacancy is published (zero for no end).
	Pay       PayRange
	Category  string
	ClosesOn  Date
	CreatedAt time.Time
	UpdatedAt time.Time

	CompanyName    string
	ContactName    string
	SourceName     string
	DepartmentName string
	ProcedureName  string
	OwnerName      string
}

// Active reports whether the vacancy is open.
func (v Vacancy) Active() bool { return v.Status == VacancyOpen }

// Validate checks a vacancy.
func (vac Vacancy) Validate() error {
	var v Validator
	v.Required(vac.Title, "title")
	v.MaxLen(vac.Title, MaxJobTitle, "title")
	v.MaxLen(vac.Description, MaxDescription, "description")
	v.MaxLen(vac.Location, MaxLocation, "location")
	v.Check(vac.CompanyID != 0, "company_id", "validation.required")
	v.Check(vac.OwnerID != 0, "owner_id", "validation.required")
	v.Check(vac.ProcedureID != 0, "procedure_id", "validation.required")
	v.Check(vac.Status == VacancyOpen || vac.Status == VacancyClosed, "status", "validation.choice")
	v.Check(vac.HoursPerWeek >= 0 && vac.HoursPerWeek <= 80, "hours_per_week", "validation.hours_per_week")
	v.MaxLen(vac.Category, 100, "category")
	vac.Pay.validate(&v)
	return v.Err()
}

// Match links a candidate to a vacancy in a phase of the vacancy's procedure.
type Match struct {
	ID          ID
	TenantID    ID
	CandidateID ID
	VacancyID   ID
	PhaseID     ID
	// ApprovedAt is set once a contact approved the match; from then on the
	// contact keeps seeing it whatever its phase (E7).
	ApprovedAt *time.Time
	CreatedAt  time.Time
	UpdatedAt  time.Time

	CandidateName string
	VacancyTitle  string
	CompanyName   string
	PhaseName     string
}

// PhaseChange is one entry in a match's phase history.
type PhaseChange struct {
	ID          ID
	TenantID    ID
	MatchID     ID
	FromPhaseID ID // 0 = created
	ToPhaseID   ID
	ActorKind   Audience
	ActorID     ID
	ActorName   string
	At          time.Time

	FromPhaseName string
	ToPhaseName   string
}

// Verdict of an evaluation on a match.
type Verdict string

const (
	VerdictComment Verdict = "comment"
	VerdictApprove Verdict = "approve"
	VerdictReject  Verdict = "reject"
)

// Evaluation is one entry on a match's Evaluation tab (E6).
type Evaluation struct {
	ID        ID
	TenantID  ID
	MatchID   ID
	ActorKind Audience
	ActorID   ID
	ActorName string
	Verdict   Verdict
	Comment   string
	CreatedAt time.Time
}
