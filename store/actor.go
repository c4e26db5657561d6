package store

import "github.com/matchpoint/matchpoint/domain"

// Actor is who does something that is logged with the row it changes: a
// recruiter, a candidate or a contact, with the name shown in histories,
// and the client address it acts from (for the audit log; empty for jobs).
type Actor struct {
	Kind domain.Audience
	ID   domain.ID
	Name string
	Addr string
}
