package domain

import (
	"net/url"
	"slices"
	"time"
)

// APIToken lets an integration use the JSON API on behalf of one agency
// (G1). Only the SHA-256 hash of its secret is stored.
type APIToken struct {
	ID         ID
	TenantID   ID
	Name       string
	SecretHash string
	CreatedBy  ID
	CreatedAt  time.Time
	LastUsedAt *time.Time
	RevokedAt  *time.Time
}

// Active reports whether the token still authenticates.
func (t APIToken) Active() bool { return t.RevokedAt == nil }

// Validate checks what an admin submits for a new token.
func (t APIToken) Validate() error {
	var v Validator
	v.Required(t.Name, "name")
	v.MaxLen(t.Name, 100, "name")
	return v.Err()
}

// The events an agency can register webhooks for (G1): what happens in the
// portals that an integration wants to hear about.
const (
	EventTimesheetSent         = "timesheet.sent"
	EventTimesheetApproved     = "timesheet.approved"
	EventTimesheetRejected     = "timesheet.rejected"
	EventMatchApproved         = "match.approved"
	EventMatchRejected         = "match.rejected"
	EventPortalMessageReceived = "portal_message.received"
)

// WebhookEvents lists every event in the order the settings page shows them.
var WebhookEvents = []string{EventTimesheetSent, EventTimesheetApproved, EventTimesheetRejected,
	EventMatchApproved, EventMatchRejected, EventPortalMessageReceived}

// Webhook is one URL that receives one event, signed with Secret.
type Webhook struct {
	ID        ID
	TenantID  ID
	Event     string
	URL       string
	Secret    string
	CreatedAt time.Time
}

// Validate checks an admin's registration: a known event and an absolute
// http(s) URL.
func (w Webhook) Validate() error {
	var v Validator
	v.Check(slices.Contains(WebhookEvents, w.Event), "event", "validation.choice")
	v.Required(w.URL, "url")
	v.MaxLen(w.URL, 2000, "url")
	if w.URL != "" {
		u, err := url.Parse(w.URL)
		v.Check(err == nil && (u.Scheme == "https" || u.Scheme == "http") && u.Host != "", "url", "validation.url")
	}
	return v.Err()
}

// WebhookDelivery is one event on its way to one webhook: a row of the
// webhook outbox. Status takes the outbox statuses of mail.
type WebhookDelivery struct {
	ID            ID
	TenantID      ID
	WebhookID     ID
	Event         string
	URL           string
	Secret        string
	Payload       string // the JSON body sent
	Status        OutboxStatus
	Attempts      int
	NextAttemptAt time.Time
	LastError     string
	CreatedAt     time.Time
	SentAt        *time.Time
}
