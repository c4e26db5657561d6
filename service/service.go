// Package service holds Matchpoint's use cases: the steps that change several
// records at once, in one transaction, with their outbox mail and audit
// entries. Handlers and commands call it; it calls the store and the domain.
package service

import (
	"context"
	"time"

	"github.com/matchpoint/matchpoint/cvtext"
	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/i18n"
	"github.com/matchpoint/matchpoint/store"
)

// Service runs the use cases on one database.
type Service struct {
	DB *store.DB
	// Now is the clock; nil uses the database's.
	Now func() time.Time
	// Bundle translates the labels that mails carry (a right's name); nil
	// leaves them as codes.
	Bundle *i18n.Bundle
	// Links makes the absolute links of mails from the configured address
	// (never from a request's Host header).
	Links Links
	// Accounts checks a current password where a use case needs one (a new
	// e-mail address), and sends the Professional Portal link an applicant
	// asks for (issue 16).
	Accounts *Accounts
	// MailDelivers is true when an SMTP server delivers the outbox; without
	// one (a trial) admins read the mails in the outbox.
	MailDelivers bool
	// WebhooksAllowPrivate lets admins register webhook URLs on loopback and
	// private addresses (tests, and installs whose receivers live on the
	// same network); off, such URLs are refused (G1).
	WebhooksAllowPrivate bool
	// Instance names this process in the claims of scheduled jobs
	// (RunOnce); JobLease is how long such a claim holds unless renewed
	// (a minute when 0).
	Instance string
	JobLease time.Duration
	// ApplyLimit limits the careers site's applications per client address
	// (issue 16); nil limits nothing.
	ApplyLimit *Limiter
	// CVText reads the text of uploaded CVs (issue 16 item 5); the server
	// gives a cvtext.Sandbox, nil reads in this process.
	CVText cvtext.Extractor
}

// New returns a Service on db with the database's clock.
func New(db *store.DB) *Service { return &Service{DB: db} }

func (s *Service) now() time.Time {
	if s.Now != nil {
		return s.Now().UTC()
	}
	return s.DB.Now()
}

func (s *Service) store() *store.Store { return s.DB.Store() }

// auditCandidate writes one audit entry (F4) through st, the transaction's store.
func auditCandidate(ctx context.Context, st *store.Store, actor store.Actor, action string, kind domain.SubjectKind, id domain.ID, detail string) error {
	return auditRecord(ctx, st, actor, string(kind), id, action, detail)
}
