package domain

import "time"

// CandidateStatus is one of the agency's candidate statuses. The two flags are
// the A3/B1 settings: which statuses see the full portal profile and which see
// timesheets.
type CandidateStatus struct {
	ID          ID
	TenantID    ID
	Name        string
	FullProfile bool
	Timesheets  bool
	Position    int
}

// Candidate is a professional: employee, freelancer or applicant.
type Candidate struct {
	ID          ID
	TenantID    ID
	OwnerID     ID
	StatusID    ID
	FirstName   string
	LastName    string
	Email       string
	Phone       string
	DateOfBirth Date
	Street      string
	PostalCode  string
	City        string
	Country     string
	Language    string
	Headline    string
	Summary     string

	// Availability (C2).
	AvailableFrom    Date
	AvailableHours   int // hours per week
	AvailabilityNote string

	// Privacy flags (F2).
	Restricted   bool
	Objected     bool
	AnonymisedAt *time.Time

	CreatedAt time.Time
	UpdatedAt time.Time

	// Read-only joins filled by some queries.
	OwnerName  string
	StatusName string
}

// CandidateFields lists the fields in the order forms show them.
func CandidateFields() []CandidateField {
	const address, availability = "candidate.address", "candidate.availability"
	return []CandidateField{
		candidateField("first_name", KindText, MaxPersonName, "header", func(c *Candidate) *string { return &c.FirstName }),
		candidateField("last_name", KindText, MaxPersonName, "header", func(c *Candidate) *string { return &c.LastName }),
		candidateField("email", KindEmail, MaxEmail, "", func(c *Candidate) *string { return &c.Email }),
		candidateField("phone", KindTel, MaxPhone, "", func(c *Candidate) *string { return &c.Phone }),
		candidateField("date_of_birth", KindDate, 0, "", func(c *Candidate) *Date { return &c.DateOfBirth }),
		candidateField("street", KindText, MaxStreet, address, func(c *Candidate) *string { return &c.Street }),
		candidateField("postal_code", KindText, MaxPostalCode, address, func(c *Candidate) *string { return &c.PostalCode }),
		candidateField("city", KindText, MaxCity, address, func(c *Candidate) *string { return &c.City }),
		candidateField("country", KindText, 0, address, func(c *Candidate) *string { return &c.Country }),
		candidateField("language", KindLanguage, 0, "", func(c *Candidate) *string { return &c.Language }),
		candidateField("owner_id", KindChoice, 0, "header", func(c *Candidate) *ID { return &c.OwnerID }),
		candidateField("status_id", KindChoice, 0, "header", func(c *Candidate) *ID { return &c.StatusID }),
		candidateField("headline", KindText, MaxHeadline, "", func(c *Candidate) *string { return &c.Headline }),
		candidateField("summary", KindTextarea, MaxSummary, "", func(c *Candidate) *string { return &c.Summary }),
		candidateField("available_from", KindDate, 0, availability, func(c *Candidate) *Date { return &c.AvailableFrom }),
		candidateField("available_hours", KindNumber, 0, availability, func(c *Candidate) *int { return &c.AvailableHours }),
		candidateField("availability_note", KindText, MaxAvailability, availability, func(c *Candidate) *string { return &c.AvailabilityNote }),
	}
}

// Name is the display name.
func (c Candidate) Name() string { return joinName(c.FirstName, c.LastName) }

func joinName(first, last string) string {
	switch {
	case first == "":
		return last
	case last == "":
		return first
	}
	return first + " " + last
}

// Validate checks the fields a recruiter or candidate submits.
func (c Candidate) Validate() error {
	var v Validator
	v.Required(c.FirstName, "first_name")
	v.Required(c.LastName, "last_name")
	v.Email(c.Email, "email")
	for _, f := range CandidateFields() {
		if s, ok := f.Ptr(&c).(*string); ok && f.Max > 0 {
			v.MaxLen(*s, f.Max, f.Name)
		}
	}
	v.Country(c.Country, "country")
	v.Check(ValidLanguage(c.Language), "language", "validation.language")
	v.Check(c.OwnerID != 0, "owner_id", "validation.required")
	v.Check(c.StatusID != 0, "status_id", "validation.required")
	v.Check(c.AvailableHours >= 0 && c.AvailableHours <= 80, "available_hours", "validation.hours_per_week")
	return v.Err()
}

// Experience is one job in a candidate's work history.
type Experience struct {
	ID          ID
	TenantID    ID
	CandidateID ID
	Employer    string
	Title       string
	StartDate   Date
	EndDate     Date
	Description string
}

// Validate checks a work-experience entry.
func (e Experience) Validate() error {
	var v Validator
	v.Required(e.Employer, "employer")
	v.MaxLen(e.Employer, MaxOrgName, "employer")
	v.Required(e.Title, "title")
	v.MaxLen(e.Title, MaxJobTitle, "title")
	v.MaxLen(e.Description, MaxExperienceText, "description")
	v.Check(e.EndDate.IsZero() || e.StartDate.IsZero() || !e.EndDate.Before(e.StartDate), "end_date", "validation.end_before_start")
	return v.Err()
}

// Education is one course or degree.
type Education struct {
	ID          ID
	TenantID    ID
	CandidateID ID
	Institution string
	Degree      string
	StartDate   Date
	EndDate     Date
}

// Validate checks an education entry.
func (e Education) Validate() error {
	var v Validator
	v.Required(e.Institution, "institution")
	v.MaxLen(e.Institution, MaxOrgName, "institution")
	v.Required(e.Degree, "degree")
	v.MaxLen(e.Degree, MaxJobTitle, "degree")
	v.Check(e.EndDate.IsZero() || e.StartDate.IsZero() || !e.EndDate.Before(e.StartDate), "end_date", "validation.end_before_start")
	return v.Err()
}

// Skill is one skill of a candidate, with a level from 1 to 5 (0 = unrated).
type Skill struct {
	ID          ID
	TenantID    ID
	CandidateID ID
	Name        string
	Level       int
}

// Validate checks a skill.
func (s Skill) Validate() error {
	var v Validator
	v.Required(s.Name, "name")
	v.MaxLen(s.Name, MaxChoiceName, "name")
	v.Check(s.Level >= 0 && s.Level <= 5, "level", "validation.skill_level")
	return v.Err()
}

// Consent is one entry in a candidate's GDPR consent ledger (C6).
type Consent struct {
	ID          ID
	TenantID    ID
	CandidateID ID
	TextVersion string
	GivenAt     time.Time
	ValidUntil  Date
	WithdrawnAt *time.Time
}
