package service

import (
	"context"
	"fmt"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/mail"
	"github.com/matchpoint/matchpoint/store"
)

// weekLabel formats an ISO week the same way in every language.
func weekLabel(year, week int) string { return fmt.Sprintf("%d-W%02d", year, week) }

// mailTimesheet renders a timesheet mail into the outbox through tx; a
// recipient without an address gets none. candidateID is the placement's
// candidate, whom the mail is about (F2: erasing it cancels the mail).
func mailTimesheet(ctx context.Context, tx *store.Store, key, to, lang string, candidateID domain.ID, data mail.TimesheetData) error {
	if to == "" {
		return nil
	}
	_, err := mail.Enqueue(ctx, tx, mail.Message{To: to, Language: lang, Key: key, Data: data, CandidateID: candidateID})
	return err
}

// timesheetMailData fills the common part of a timesheet mail (the
// fields are documented in mail/defaults/README.md).
// The placement reads "function, company" in every language.
func (s *Service) timesheetMailData(ctx context.Context, tx *store.Store, p domain.Placement, year, week int) (mail.TimesheetData, domain.Tenant, error) {
	t, err := tx.CurrentTenant(ctx)
	if err != nil {
		return mail.TimesheetData{}, domain.Tenant{}, err
	}
	return mail.TimesheetData{Agency: t.Name, Candidate: p.CandidateName, Placement: p.Title + ", " + p.CompanyName,
		Week: weekLabel(year, week)}, t, nil
}
