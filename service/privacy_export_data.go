package service

import (
	"time"

	"github.com/matchpoint/matchpoint/domain"
)

// ExportFormatVersion names the shape of data.json; schema.json in the same
// ZIP (privacy_export.schema.json here) describes it.
const ExportFormatVersion = "2"

// ExportData is data.json of a candidate's export (F2: access and
// portability): every record the agency holds about the candidate, except
// notes marked internal, in snake_case like the API. Nothing is capped.
type ExportData struct {
	FormatVersion   string             `json:"format_version"`
	ExportedAt      time.Time          `json:"exported_at"`
	Controller      string             `json:"controller"`
	Profile         ExportProfile      `json:"profile"`
	Availability    ExportAvailability `json:"availability"`
	Experience      []ExportExperience `json:"experience"`
	Education       []ExportEducation  `json:"education"`
	Skills          []ExportSkill      `json:"skills"`
	Consents        []ExportConsent    `json:"consents"`
	Matches         []ExportMatch      `json:"matches"`
	Placements      []ExportPlacement  `json:"placements"`
	Timesheets      []ExportTimesheet  `json:"timesheets"`
	Notes           []ExportNote       `json:"notes"`
	PrivacyRequests []ExportRequest    `json:"privacy_requests"`
	Audit           []ExportAudit      `json:"audit"`
	Attachments     []ExportAttachment `json:"attachments"`
	Freelancer      *ExportFreelancer  `json:"freelancer,omitempty"`

	candidate domain.Candidate // the record as read, for the callers
}

// ExportFreelancer is what the agency keeps on the candidate as a
// freelancer paid through self-billing (issue 17): its details on file and
// the self-billed invoices issued in its name.
type ExportFreelancer struct {
	TradingName   string              `json:"trading_name"`
	Street        string              `json:"street"`
	PostalCode    string              `json:"postal_code"`
	City          string              `json:"city"`
	Country       string              `json:"country"`
	VATNumber     string              `json:"vat_number"`
	CoCNumber     string              `json:"coc_number"`
	IBAN          string              `json:"iban"`
	AgreementDate *domain.Date        `json:"agreement_date"`
	Invoices      []ExportSelfBilling `json:"self_billed_invoices"`
}

// ExportSelfBilling is one issued self-billed invoice.
type ExportSelfBilling struct {
	Number     string `json:"number"`
	IssueDate  string `json:"issue_date"`
	TotalCents int64  `json:"total_cents"`
}

// Candidate is the candidate's record the export was made of.
func (d ExportData) Candidate() domain.Candidate { return d.candidate }

// ExportProfile is the candidate's record.
type ExportProfile struct {
	ID           domain.ID    `json:"id"`
	FirstName    string       `json:"first_name"`
	LastName     string       `json:"last_name"`
	Email        string       `json:"email"`
	Phone        string       `json:"phone"`
	DateOfBirth  *domain.Date `json:"date_of_birth"`
	Street       string       `json:"street"`
	PostalCode   string       `json:"postal_code"`
	City         string       `json:"city"`
	Country      string       `json:"country"`
	Language     string       `json:"language"`
	Headline     string       `json:"headline"`
	Summary      string       `json:"summary"`
	Status       string       `json:"status"`
	Owner        string       `json:"owner"`
	Restricted   bool         `json:"restricted"`
	Objected     bool         `json:"objected"`
	AnonymisedAt *time.Time   `json:"anonymised_at"`
	CreatedAt    time.Time    `json:"created_at"`
	UpdatedAt    time.Time    `json:"updated_at"`
}

// ExportAvailability is the candidate's availability (C2).
type ExportAvailability struct {
	From         *domain.Date `json:"from"`
	HoursPerWeek int          `json:"hours_per_week"`
	Note         string       `json:"note"`
}

// ExportExperience is one job of the candidate's work experience.
type ExportExperience struct {
	ID          domain.ID    `json:"id"`
	Employer    string       `json:"employer"`
	Title       string       `json:"title"`
	StartDate   *domain.Date `json:"start_date"`
	EndDate     *domain.Date `json:"end_date"`
	Description string       `json:"description"`
}

// ExportEducation is one entry of the candidate's education.
type ExportEducation struct {
	ID          domain.ID    `json:"id"`
	Institution string       `json:"institution"`
	Degree      string       `json:"degree"`
	StartDate   *domain.Date `json:"start_date"`
	EndDate     *domain.Date `json:"end_date"`
}

// ExportSkill is one skill.
type ExportSkill struct {
	ID    domain.ID `json:"id"`
	Name  string    `json:"name"`
	Level int       `json:"level"`
}

// ExportConsent is one entry of the consent ledger (C6).
type ExportConsent struct {
	ID          domain.ID   `json:"id"`
	TextVersion string      `json:"text_version"`
	GivenAt     time.Time   `json:"given_at"`
	ValidUntil  domain.Date `json:"valid_until"`
	WithdrawnAt *time.Time  `json:"withdrawn_at"`
}

// ExportMatch is a match with its phase history and evaluations.
type ExportMatch struct {
	ID          domain.ID          `json:"id"`
	VacancyID   domain.ID          `json:"vacancy_id"`
	Vacancy     string             `json:"vacancy"`
	Company     string             `json:"company"`
	Phase       string             `json:"phase"`
	ApprovedAt  *time.Time         `json:"approved_at"`
	CreatedAt   time.Time          `json:"created_at"`
	UpdatedAt   time.Time          `json:"updated_at"`
	Phases      []ExportPhase      `json:"phases"`
	Evaluations []ExportEvaluation `json:"evaluations"`
}

// ExportPhase is one move of a match.
type ExportPhase struct {
	FromPhase string    `json:"from_phase"`
	ToPhase   string    `json:"to_phase"`
	ActorKind string    `json:"actor_kind"`
	ActorName string    `json:"actor_name"`
	At        time.Time `json:"at"`
}

// ExportEvaluation is a verdict or comment on a match.
type ExportEvaluation struct {
	ActorKind string    `json:"actor_kind"`
	ActorName string    `json:"actor_name"`
	Verdict   string    `json:"verdict"`
	Comment   string    `json:"comment"`
	CreatedAt time.Time `json:"created_at"`
}

// ExportPlacement is a placement with the candidate's rates on it.
type ExportPlacement struct {
	ID                domain.ID    `json:"id"`
	Title             string       `json:"title"`
	Company           string       `json:"company"`
	StartDate         *domain.Date `json:"start_date"`
	EndDate           *domain.Date `json:"end_date"`
	TimesheetApproval bool         `json:"timesheet_approval"`
	CreatedAt         time.Time    `json:"created_at"`
	Rates             []ExportRate `json:"rates"`
}

// ExportRate is what the candidate is paid for a declaration type from a
// date.
type ExportRate struct {
	StartDate       *domain.Date `json:"start_date"`
	EndDate         *domain.Date `json:"end_date"`
	DeclarationType string       `json:"declaration_type"`
	NoInvoicing     bool         `json:"no_invoicing"`
	PayCents        int64        `json:"pay_cents"`
}

// ExportTimesheet is a week's timesheet with its lines, its history (sent,
// rejected, approved, with the comments) and its receipts (D3, D5).
type ExportTimesheet struct {
	ID           domain.ID             `json:"id"`
	PlacementID  domain.ID             `json:"placement_id"`
	Placement    string                `json:"placement"`
	Company      string                `json:"company"`
	Year         int                   `json:"year"`
	Week         int                   `json:"week"`
	Status       string                `json:"status"`
	TotalMinutes int                   `json:"total_minutes"`
	SentAt       *time.Time            `json:"sent_at"`
	DecidedAt    *time.Time            `json:"decided_at"`
	CreatedAt    time.Time             `json:"created_at"`
	Lines        []ExportTimesheetLine `json:"lines"`
	History      []ExportTimesheetStep `json:"history"`
	Receipts     []ExportAttachment    `json:"receipts"`
}

// ExportTimesheetLine is the minutes of one day and declaration type.
type ExportTimesheetLine struct {
	Day             domain.Date `json:"day"`
	DeclarationType string      `json:"declaration_type"`
	Minutes         int         `json:"minutes"`
}

// ExportTimesheetStep is one event of a timesheet's history.
type ExportTimesheetStep struct {
	Action    string    `json:"action"`
	ActorKind string    `json:"actor_kind"`
	ActorName string    `json:"actor_name"`
	Comment   string    `json:"comment"`
	At        time.Time `json:"at"`
}

// ExportNote is a note about the candidate or one of its matches.
type ExportNote struct {
	ID         domain.ID  `json:"id"`
	About      string     `json:"about"`
	AboutID    domain.ID  `json:"about_id"`
	AuthorKind string     `json:"author_kind"`
	AuthorName string     `json:"author_name"`
	Status     string     `json:"status"`
	Subject    string     `json:"subject"`
	Body       string     `json:"body"`
	CreatedAt  time.Time  `json:"created_at"`
	ReadAt     *time.Time `json:"read_at"`
}

// ExportRequest is a privacy request with its history.
type ExportRequest struct {
	ID              domain.ID            `json:"id"`
	Right           string               `json:"right"`
	Message         string               `json:"message"`
	Status          string               `json:"status"`
	Origin          string               `json:"origin"`
	ReceivedAt      time.Time            `json:"received_at"`
	DueAt           time.Time            `json:"due_at"`
	HandledAt       *time.Time           `json:"handled_at"`
	ExtendedAt      *time.Time           `json:"extended_at"`
	ExtensionReason string               `json:"extension_reason"`
	History         []ExportRequestEvent `json:"history"`
}

// ExportRequestEvent is one line of a request's history.
type ExportRequestEvent struct {
	Action     string    `json:"action"`
	ActorKind  string    `json:"actor_kind"`
	ActorName  string    `json:"actor_name"`
	FromStatus string    `json:"from_status"`
	ToStatus   string    `json:"to_status"`
	Detail     string    `json:"detail"`
	At         time.Time `json:"at"`
}

// ExportAudit is one entry of the audit log about the candidate: who saw or
// changed its data, and when (F4).
type ExportAudit struct {
	At        time.Time `json:"at"`
	ActorKind string    `json:"actor_kind"`
	ActorName string    `json:"actor_name"`
	Action    string    `json:"action"`
	Detail    string    `json:"detail"`
}

// ExportAttachment is a file's metadata and where its bytes are in the ZIP.
type ExportAttachment struct {
	ID          domain.ID `json:"id"`
	About       string    `json:"about"`
	AboutID     domain.ID `json:"about_id"`
	Type        string    `json:"type"`
	FileName    string    `json:"file_name"`
	ContentType string    `json:"content_type"`
	Size        int64     `json:"size"`
	UploadedBy  string    `json:"uploaded_by"`
	CreatedAt   time.Time `json:"created_at"`
	Path        string    `json:"path"`
}

// dateOrNil is a date for JSON: null when not set.
func dateOrNil(d domain.Date) *domain.Date {
	if d.IsZero() {
		return nil
	}
	return &d
}

func exportProfile(c domain.Candidate) ExportProfile {
	return ExportProfile{ID: c.ID, FirstName: c.FirstName, LastName: c.LastName, Email: c.Email, Phone: c.Phone,
		DateOfBirth: dateOrNil(c.DateOfBirth), Street: c.Street, PostalCode: c.PostalCode, City: c.City, Country: c.Country,
		Language: c.Language, Headline: c.Headline, Summary: c.Summary, Status: c.StatusName, Owner: c.OwnerName,
		Restricted: c.Restricted, Objected: c.Objected, AnonymisedAt: c.AnonymisedAt, CreatedAt: c.CreatedAt, UpdatedAt: c.UpdatedAt}
}

func exportAttachment(a domain.Attachment, path string) ExportAttachment {
	return ExportAttachment{ID: a.ID, About: string(a.SubjectKind), AboutID: a.SubjectID, Type: a.TypeName, FileName: a.FileName,
		ContentType: a.ContentType, Size: a.Size, UploadedBy: a.UploadedBy, CreatedAt: a.CreatedAt, Path: path}
}

func exportNote(n domain.Note) ExportNote {
	return ExportNote{ID: n.ID, About: string(n.SubjectKind), AboutID: n.SubjectID, AuthorKind: string(n.AuthorKind),
		AuthorName: n.AuthorName, Status: string(n.Status), Subject: n.Subject, Body: n.Body, CreatedAt: n.CreatedAt, ReadAt: n.ReadAt}
}
