package service

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/store"
)

// ReminderDue reports whether this week's timesheet reminders are due at
// now: now (in its own location) is at or past the agency's configured ISO
// weekday and hour of the current week (G3).
func ReminderDue(set domain.Settings, now time.Time) bool {
	weekday := int(now.Weekday()+6)%7 + 1 // ISO: Monday 1 … Sunday 7
	if weekday != set.ReminderWeekday {
		return weekday > set.ReminderWeekday
	}
	return now.Hour() >= set.ReminderHour
}

// LastWeek returns the ISO week before the one that holds day.
func LastWeek(day domain.Date) (year, week int) { return day.AddDays(-7).ISOWeek() }

// SendTimesheetReminders mails the candidates of the agency in ctx whose
// timesheet of ISO week (year, week) was not sent: none was started or it is
// still a draft. Only placements on which D1 holds today are considered,
// whose candidate's status grants timesheets (B1), and only when the week
// had a day open for time. Each placement's week is reminded at most once,
// however often this runs and on however many processes: the reminder is
// recorded in the transaction of its mail. It returns how many it sent.
func (s *Service) SendTimesheetReminders(ctx context.Context, year, week int) (sent int, err error) {
	defer domain.Wrap(&err, "service.SendTimesheetReminders(%d-W%02d)", year, week)
	if !validWeek(year, week) {
		return 0, fmt.Errorf("no ISO week %d-W%02d", year, week)
	}
	st := s.store()
	today := s.Today()
	var after domain.ID
	for {
		targets, err := st.ReminderTargets(ctx, year, week, today, after, 200)
		if err != nil {
			return sent, err
		}
		if len(targets) == 0 {
			return sent, nil
		}
		for _, t := range targets {
			after = t.Placement.ID
			ok, err := s.remind(ctx, st, t, year, week, today)
			if err != nil {
				return sent, err
			}
			if ok {
				sent++
			}
		}
	}
}

// remind mails one reminder when the rules hold and none went out before.
func (s *Service) remind(ctx context.Context, st *store.Store, t store.ReminderTarget, year, week int, today domain.Date) (bool, error) {
	rates, err := st.Rates(ctx, t.Placement.ID)
	if err != nil {
		return false, err
	}
	if ok, _ := domain.TimesheetsAllowed(t.Placement, rates, today); !ok {
		return false, nil
	}
	if !buildWeek(t.Placement, rates, year, week, nil).anyOpen() {
		return false, nil
	}
	sent := false
	err = st.InTx(ctx, func(tx *store.Store) error {
		first, err := tx.RecordReminder(ctx, t.Placement.ID, year, week)
		if err != nil || !first {
			return err
		}
		data, tenant, err := s.timesheetMailData(ctx, tx, t.Placement, year, week)
		if err != nil {
			return err
		}
		data.Name = t.Placement.CandidateName
		data.Link = s.link(tenant, portalWeekPath(t.Placement.ID, year, week))
		sent = true
		return mailTimesheet(ctx, tx, "timesheet_reminder", t.Email, t.Language, t.Placement.CandidateID, data)
	})
	return sent, err
}

// RunReminders runs the reminders of every agency whose configured weekday
// and hour have come this week (in loc), for last week, unless that run
// finished already. serve calls it on a ticker; one agency's failure does
// not keep the others from their reminders.
func (s *Service) RunReminders(ctx context.Context, loc *time.Location) (sent int, err error) {
	defer domain.Wrap(&err, "service.RunReminders")
	st := s.store()
	tenants, err := st.Tenants(ctx)
	if err != nil {
		return 0, err
	}
	now := s.now().In(loc)
	year, week := LastWeek(domain.DateOf(now))
	var errs []error
	for _, t := range tenants {
		tctx := store.WithTenant(ctx, t.ID)
		n, err := s.runTenantReminders(tctx, now, year, week)
		sent += n
		if err != nil {
			errs = append(errs, fmt.Errorf("agency %s: %w", t.Slug, err))
		}
	}
	return sent, errors.Join(errs...)
}

func (s *Service) runTenantReminders(ctx context.Context, now time.Time, year, week int) (int, error) {
	st := s.store()
	set, err := st.Settings(ctx)
	if err != nil {
		return 0, err
	}
	if !ReminderDue(set, now) {
		return 0, nil
	}
	done, err := st.ReminderRunFinished(ctx, year, week)
	if err != nil || done {
		return 0, err
	}
	n, err := s.SendTimesheetReminders(ctx, year, week)
	if err != nil {
		return n, err
	}
	return n, st.FinishReminderRun(ctx, year, week)
}
