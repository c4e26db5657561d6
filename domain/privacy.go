package domain

import "time"

// PrivacyRight is one of the six data-subject rights (C9).
type PrivacyRight string

const (
	RightAccess        PrivacyRight = "access"
	RightRectification PrivacyRight = "rectification"
	RightErasure       PrivacyRight = "erasure"
	RightRestriction   PrivacyRight = "restriction"
	RightPortability   PrivacyRight = "portability"
	RightObjection     PrivacyRight = "objection"
)

// PrivacyRights lists the six rights in the order the portal shows them.
var PrivacyRights = []PrivacyRight{RightAccess, RightRectification, RightErasure, RightRestriction, RightPortability, RightObjection}

// PrivacyRequestStatus is where a request stands.
type PrivacyRequestStatus string

const (
	PrivacyReceived   PrivacyRequestStatus = "received"
	PrivacyInProgress PrivacyRequestStatus = "in_progress"
	PrivacyDone       PrivacyRequestStatus = "done"
	PrivacyRefused    PrivacyRequestStatus = "refused"
)

// PrivacyRequest is a data-subject request by a candidate (C9, F2).
type PrivacyRequest struct {
	ID          ID
	TenantID    ID
	CandidateID ID
	Right       PrivacyRight
	Message     string
	Status      PrivacyRequestStatus
	ReceivedAt  time.Time
	DueAt       time.Time
	HandledAt   *time.Time
	// OwnerID is the recruiter who handles the request (0: nobody yet).
	OwnerID ID
	// Origin says how the request came in: "portal", or "mail", "phone" …
	// when a recruiter entered it.
	Origin string
	// ExtendedAt and ExtensionReason record the one extension art. 12(3)
	// allows (F2).
	ExtendedAt      *time.Time
	ExtensionReason string

	CandidateName string
	OwnerName     string
}

// PrivacyDueDate is one month after receipt (GDPR art. 12(3)): the same day
// of the next month, or that month's last day when it is shorter (a request
// of 31 January is due on 28 or 29 February, not in March).
func PrivacyDueDate(received time.Time) time.Time {
	y, m, d := received.Date()
	due := received.AddDate(0, 1, 0)
	if due.Day() != d {
		// AddDate overflowed into the month after: take the last day instead.
		lastDay := time.Date(y, m+2, 0, 0, 0, 0, 0, received.Location()).Day()
		h, mi, s := received.Clock()
		due = time.Date(y, m+1, lastDay, h, mi, s, received.Nanosecond(), received.Location())
	}
	return due
}

// AuditEntry records who saw or changed personal data (F4).
type AuditEntry struct {
	ID         ID
	TenantID   ID
	At         time.Time
	ActorKind  Audience
	ActorID    ID
	ActorName  string
	Action     string // "view", "create", "update", "sign_in", "sign_in_failed" …
	ObjectKind string
	ObjectID   ID
	Detail     string
	RemoteAddr string
}

// OutboxStatus is where a mail stands.
type OutboxStatus string

const (
	OutboxPending OutboxStatus = "pending"
	OutboxSent    OutboxStatus = "sent"
	OutboxFailed  OutboxStatus = "failed"
)

// Mail is one message in the durable outbox (G2).
type Mail struct {
	ID            ID
	TenantID      ID
	To            string
	Subject       string
	Body          string
	Status        OutboxStatus
	Attempts      int
	NextAttemptAt time.Time
	LastError     string
	CreatedAt     time.Time
	SentAt        *time.Time
	// CandidateID is the candidate the mail goes to or is about (0: none):
	// erasing the candidate cancels the mail or scrubs it (F2).
	CandidateID ID
	// ScrubbedAt is when the mail's subject and text were removed: by an
	// erasure, or because a delivered mail's text is kept only for a while.
	ScrubbedAt *time.Time
	// Attachments are loaded for delivery only (outbox_attachments).
	Attachments []MailAttachment
}
