package domain

import "time"

// NoteStatus distinguishes ordinary notes from portal messages (E11).
type NoteStatus string

const (
	NoteNormal            NoteStatus = "note"
	NotePortalMessageNew  NoteStatus = "portal_message_new"
	NotePortalMessageRead NoteStatus = "portal_message_read"
)

// Note is an entry on a record's activity tab (notitie / activiteit).
type Note struct {
	ID          ID
	TenantID    ID
	SubjectKind SubjectKind
	SubjectID   ID
	AuthorKind  Audience
	AuthorID    ID
	AuthorName  string
	Status      NoteStatus
	Subject     string
	Body        string
	Internal    bool // kept out of a candidate's data export
	CreatedAt   time.Time
	ReadAt      *time.Time
}

// Validate checks a note.
func (n Note) Validate() error {
	var v Validator
	v.Required(n.Body, "body")
	v.MaxLen(n.Subject, 200, "subject")
	v.MaxLen(n.Body, 20000, "body")
	v.Check(ValidSubject(n.SubjectKind), "subject_kind", "validation.choice")
	return v.Err()
}
