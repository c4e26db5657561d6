package service_test

import (
	"testing"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/service"
	"github.com/matchpoint/matchpoint/store/storetest"
)

// BenchmarkTimesheetSubmit measures SubmitTimesheet (D2, D4): the access
// and D1 checks, the conditional status change, the log entry, the audit
// entry and two outbox mails to the contacts, in one transaction. Between
// iterations the week is put back to draft with the timer stopped.
func BenchmarkTimesheetSubmit(b *testing.B) {
	for _, db := range storetest.DBs(b) {
		a := newAgency(b, db, "bench", true)
		b.Run(string(db.Dialect), func(b *testing.B) {
			var lines []service.LineInput
			for i := range 5 {
				lines = append(lines, line(a.hours, day(10, i), 480))
			}
			_, err := a.svc.SaveTimesheet(a.ctx, a.candidate(), a.placement.ID, 2026, 10, lines)
			must(b, "save", err)
			ts, err := a.st.TimesheetForWeek(a.ctx, a.placement.ID, 2026, 10)
			must(b, "timesheet", err)
			back := []domain.TimesheetStatus{domain.TimesheetSent}
			b.ReportAllocs()
			b.ResetTimer()
			for range b.N {
				if _, err := a.svc.SubmitTimesheet(a.ctx, a.candidate(), a.placement.ID, 2026, 10); err != nil {
					b.Fatal(err)
				}
				b.StopTimer()
				if _, err := a.st.TransitionTimesheet(a.ctx, ts.ID, back, domain.TimesheetDraft, a.db.Now()); err != nil {
					b.Fatal(err)
				}
				b.StartTimer()
			}
		})
	}
}

// BenchmarkContactTimesheets measures a contact's Hiring Portal list (D4)
// over nine sent weeks of one placement: the SQL selection and the rule's
// confirmation per placement.
func BenchmarkContactTimesheets(b *testing.B) {
	for _, db := range storetest.DBs(b) {
		a := newAgency(b, db, "bench", true)
		for week := 3; week <= 11; week++ {
			a.sent(week)
		}
		b.Run(string(db.Dialect), func(b *testing.B) {
			b.ReportAllocs()
			for range b.N {
				list, _, err := a.svc.ContactTimesheets(a.ctx, contactActor(a.carla), "", 50, 0)
				if err != nil || len(list) != 9 {
					b.Fatalf("%d timesheets, %v", len(list), err)
				}
			}
		})
	}
}
