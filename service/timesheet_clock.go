package service

import "github.com/matchpoint/matchpoint/domain"

// Today is the calendar day (UTC) the timesheet rules are evaluated on, by
// the service's clock.
func (s *Service) Today() domain.Date { return domain.DateOf(s.now()) }

// link makes an absolute link into the agency's site (Links.For).
func (s *Service) link(t domain.Tenant, path string) string { return s.Links.For(t, path) }
