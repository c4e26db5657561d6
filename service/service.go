// Package service holds Matchpoint's use cases: each checks who asks against
// the domain's rules, runs its changes, mails (through the outbox) and audit
// entries in one transaction, and returns domain errors the surfaces map to
// status codes and message keys.
package service

import (
	"time"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/store"
)

// Service runs the use cases on one database. Its clock is the database's,
// so a test that pins the store's clock pins the rules' "today" too.
type Service struct {
	DB *store.DB
	// BaseURL is the address links in mails start with for an agency that
	// has no host name of its own (a single-agency install), e.g.
	// "https://jobs.example.com". Agencies with a host get "https://host".
	BaseURL string
}

// New returns the use cases on db.
func New(db *store.DB) *Service { return &Service{DB: db} }

// Now is the current time of the database clock, in UTC.
func (s *Service) Now() time.Time { return s.DB.Now() }

// Today is the calendar day the rules are evaluated on.
func (s *Service) Today() domain.Date { return domain.DateOf(s.Now()) }

func (s *Service) store() *store.Store { return s.DB.Store() }

// link makes an absolute link into the agency's site.
func (s *Service) link(t domain.Tenant, path string) string {
	if t.Host != "" {
		return "https://" + t.Host + path
	}
	return s.BaseURL + path
}
