package service

import (
	"context"
	"fmt"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/mail"
	"github.com/matchpoint/matchpoint/store"
)

// TimesheetMailData is what the timesheet_sent, timesheet_approved,
// timesheet_rejected and timesheet_reminder templates can use.
type TimesheetMailData struct {
	Name      string // the recipient
	Agency    string
	Candidate string
	Company   string
	Placement string
	Week      string // "2026-W05"
	Comment   string // the contact's or recruiter's comment (approved, rejected)
	Link      string // where the recipient opens the timesheet
}

// weekLabel formats an ISO week the same way in every language.
func weekLabel(year, week int) string { return fmt.Sprintf("%d-W%02d", year, week) }

// mailTimesheet renders a timesheet mail into the outbox through tx; a
// recipient without an address gets none.
func mailTimesheet(ctx context.Context, tx *store.Store, key, to, lang string, data TimesheetMailData) error {
	if to == "" {
		return nil
	}
	_, err := mail.Enqueue(ctx, tx, mail.Message{To: to, Language: lang, Key: key, Data: data})
	return err
}

// timesheetMailData fills the common part of a timesheet mail.
func (s *Service) timesheetMailData(ctx context.Context, tx *store.Store, p domain.Placement, year, week int) (TimesheetMailData, domain.Tenant, error) {
	t, err := tx.CurrentTenant(ctx)
	if err != nil {
		return TimesheetMailData{}, domain.Tenant{}, err
	}
	return TimesheetMailData{Agency: t.Name, Candidate: p.CandidateName, Company: p.CompanyName, Placement: p.Title,
		Week: weekLabel(year, week)}, t, nil
}
