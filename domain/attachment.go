package domain

import "time"

// AttachmentTypeCode marks the attachment types the application itself relies on.
type AttachmentTypeCode string

const (
	TypeCodeNone      AttachmentTypeCode = ""
	TypeCodeCV        AttachmentTypeCode = "cv"
	TypeCodeTimesheet AttachmentTypeCode = "timesheet"
	TypeCodePrivacyNL AttachmentTypeCode = "privacy_nl"
	TypeCodePrivacyEN AttachmentTypeCode = "privacy_en"
	TypeCodePrivacyFR AttachmentTypeCode = "privacy_fr"
	TypeCodePrivacyDE AttachmentTypeCode = "privacy_de"
)

// AttachmentType ('document type bijlage'). The two flags are the A3 settings
// of which types each portal sees; visible means uploadable too (C4, E10).
type AttachmentType struct {
	ID                  ID
	TenantID            ID
	Name                string
	Code                AttachmentTypeCode
	VisibleProfessional bool
	VisibleHiring       bool
}

// Validate checks an attachment type.
func (a AttachmentType) Validate() error {
	var v Validator
	v.Required(a.Name, "name")
	v.MaxLen(a.Name, 100, "name")
	return v.Err()
}

// SubjectKind names the kind of record an attachment or note belongs to.
type SubjectKind string

const (
	SubjectCandidate SubjectKind = "candidate"
	SubjectCompany   SubjectKind = "company"
	SubjectContact   SubjectKind = "contact"
	SubjectVacancy   SubjectKind = "vacancy"
	SubjectMatch     SubjectKind = "match"
	SubjectPlacement SubjectKind = "placement"
	SubjectTimesheet SubjectKind = "timesheet"
)

// ValidSubject reports whether k is a known subject kind.
func ValidSubject(k SubjectKind) bool {
	switch k {
	case SubjectCandidate, SubjectCompany, SubjectContact, SubjectVacancy, SubjectMatch, SubjectPlacement, SubjectTimesheet:
		return true
	}
	return false
}

// Attachment is a file attached to a record (bijlage).
type Attachment struct {
	ID          ID
	TenantID    ID
	SubjectKind SubjectKind
	SubjectID   ID
	TypeID      ID
	FileName    string
	ContentType string
	Size        int64
	UploadedBy  string // display name of who uploaded it
	CreatedAt   time.Time

	TypeName string
}
