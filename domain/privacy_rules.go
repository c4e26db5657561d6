package domain

import (
	"strings"
	"time"
)

// Message keys of the privacy rules (F2).
const (
	KeyPrivacyAlreadyExtended = "privacy.error.already_extended"
	KeyPrivacyExtensionRange  = "privacy.error.extension_range"
	KeyPrivacyClosed          = "privacy.error.closed"
	KeyCandidateRestricted    = "privacy.error.restricted"
	KeyCandidateObjected      = "privacy.error.objected"
	KeyCandidateAnonymised    = "privacy.error.anonymised"
)

// Request origins a recruiter can enter; the portal's own is OriginPortal.
const PrivacyOriginPortal = "portal"

// PrivacyOrigins are the ways a request can reach the agency.
var PrivacyOrigins = []string{"mail", "phone", "letter", "portal"}

// addMonthsClamped adds n months, ending on the month's last day when the day
// does not exist there (31 January + 1 month = 28/29 February).
func addMonthsClamped(t time.Time, n int) time.Time {
	y, m, d := t.Date()
	first := time.Date(y, m+time.Month(n), 1, 0, 0, 0, 0, t.Location())
	last := first.AddDate(0, 1, -1).Day()
	h, mi, s := t.Clock()
	return time.Date(first.Year(), first.Month(), min(d, last), h, mi, s, t.Nanosecond(), t.Location())
}

// PrivacyExtensionLimit is the latest due date an extension may set: two
// months after the original due date (GDPR art. 12(3)).
func PrivacyExtensionLimit(r PrivacyRequest) time.Time {
	return addMonthsClamped(PrivacyDueDate(r.ReceivedAt), 2)
}

// CheckPrivacyExtension is F2's rule for extending a request: once only, for
// an open request, with a reason, to a date after the current due date and at
// most two months after the original one (compared as calendar days).
func CheckPrivacyExtension(r PrivacyRequest, newDue time.Time, reason string) error {
	if r.ExtendedAt != nil {
		return &Error{Kind: KindConflict, Key: KeyPrivacyAlreadyExtended, Op: "CheckPrivacyExtension"}
	}
	if r.HandledAt != nil || r.Status == PrivacyDone || r.Status == PrivacyRefused {
		return &Error{Kind: KindConflict, Key: KeyPrivacyClosed, Op: "CheckPrivacyExtension"}
	}
	var v Validator
	v.Required(strings.TrimSpace(reason), "reason")
	v.MaxLen(reason, 2000, "reason")
	due := r.DueAt
	if due.IsZero() {
		due = PrivacyDueDate(r.ReceivedAt)
	}
	day := DateOf(newDue)
	v.Check(!newDue.IsZero() && day.After(DateOf(due)) && !day.After(DateOf(PrivacyExtensionLimit(r))),
		"due_at", KeyPrivacyExtensionRange)
	return v.Err()
}

// ValidPrivacyStatus reports whether s is a known status.
func ValidPrivacyStatus(s PrivacyRequestStatus) bool {
	switch s {
	case PrivacyReceived, PrivacyInProgress, PrivacyDone, PrivacyRefused:
		return true
	}
	return false
}

// ValidPrivacyRight reports whether r is one of the six rights.
func ValidPrivacyRight(r PrivacyRight) bool {
	for _, x := range PrivacyRights {
		if x == r {
			return true
		}
	}
	return false
}

// Validate checks a request a recruiter enters for a candidate.
func (r PrivacyRequest) Validate() error {
	var v Validator
	v.Check(r.CandidateID != 0, "candidate_id", "validation.required")
	v.Check(ValidPrivacyRight(r.Right), "right", "validation.choice")
	v.Check(!r.ReceivedAt.IsZero(), "received_at", "validation.required")
	v.MaxLen(r.Message, 10000, "message")
	return v.Err()
}

// PrivacyMailKeys are the mails about a candidate's own request; they are the
// only ones a restricted or objecting candidate still gets (F2).
var PrivacyMailKeys = []string{"privacy_request_confirmation", "privacy_request_extended", "privacy_export_ready", "privacy_erasure_refused"}

// CandidateMayMail is F2's rule for mail to a candidate: an anonymised
// candidate gets none; a candidate that restricted processing or objected
// gets only mails about its own request.
func CandidateMayMail(c Candidate, key string) bool {
	if c.AnonymisedAt != nil || strings.TrimSpace(c.Email) == "" {
		return false
	}
	if c.Restricted || c.Objected {
		for _, k := range PrivacyMailKeys {
			if k == key {
				return true
			}
		}
		return false
	}
	return true
}

// CandidateMayBeMatched is F2's rule for matching and talent pools: not a
// candidate that restricted processing, objected, or was anonymised.
func CandidateMayBeMatched(c Candidate) error {
	switch {
	case c.AnonymisedAt != nil:
		return &Error{Kind: KindConflict, Key: KeyCandidateAnonymised, Op: "CandidateMayBeMatched"}
	case c.Restricted:
		return &Error{Kind: KindConflict, Key: KeyCandidateRestricted, Op: "CandidateMayBeMatched"}
	case c.Objected:
		return &Error{Kind: KindConflict, Key: KeyCandidateObjected, Op: "CandidateMayBeMatched"}
	}
	return nil
}

// CandidateMayBeChanged is F2's rule for edits: a restricted candidate's data
// stays as it is until the restriction is lifted; an anonymised one for good.
func CandidateMayBeChanged(c Candidate) error {
	switch {
	case c.AnonymisedAt != nil:
		return &Error{Kind: KindConflict, Key: KeyCandidateAnonymised, Op: "CandidateMayBeChanged"}
	case c.Restricted:
		return &Error{Kind: KindConflict, Key: KeyCandidateRestricted, Op: "CandidateMayBeChanged"}
	}
	return nil
}

// PrivacyRequestEvent is one line of a request's history: created, status
// changed, extended, exported, erased (F2).
type PrivacyRequestEvent struct {
	ID         ID
	TenantID   ID
	RequestID  ID
	ActorKind  Audience
	ActorID    ID
	ActorName  string
	Action     string
	FromStatus PrivacyRequestStatus
	ToStatus   PrivacyRequestStatus
	Detail     string
	At         time.Time
}

// PrivacyExport is a ZIP of a candidate's data made for access or
// portability (F2); the candidate can fetch it once released, through a
// token that expires.
type PrivacyExport struct {
	ID             ID
	TenantID       ID
	CandidateID    ID
	FileName       string
	Size           int64
	CreatedBy      string
	CreatedAt      time.Time
	ReleasedAt     *time.Time
	TokenExpiresAt *time.Time
}

// Downloadable reports whether the candidate may fetch the export at now.
func (e PrivacyExport) Downloadable(now time.Time) bool {
	return e.ReleasedAt != nil && e.TokenExpiresAt != nil && now.Before(*e.TokenExpiresAt)
}

// RetentionDue is a candidate the retention job would anonymise (F3).
type RetentionDue struct {
	Candidate    Candidate
	LastActivity time.Time
	Hold         *PrivacyHold
}

// RetentionCutoff is the moment before which activity no longer counts: the
// tenant's retention period back from now (F3).
func RetentionCutoff(now time.Time, s Settings) time.Time {
	years := s.RetentionYears
	if years <= 0 {
		years = DefaultSettings().RetentionYears
	}
	return now.AddDate(-years, 0, 0)
}

// FiscalRetentionUntil is how long timesheets and amounts of a placement are
// kept after erasure: the fiscal retention period from now.
func FiscalRetentionUntil(now time.Time, s Settings) Date {
	years := s.FiscalRetentionYears
	if years <= 0 {
		years = DefaultSettings().FiscalRetentionYears
	}
	return DateOf(now.AddDate(years, 0, 0))
}
