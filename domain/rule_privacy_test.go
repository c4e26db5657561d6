package domain

import (
	"testing"
	"time"
)

// F2 (C9): a request is due warnDays before its due date and overdue from the
// day after; handled requests are neither.
func TestPrivacyDueDate_F2(t *testing.T) {
	for _, tc := range []struct{ received, want string }{
		{"2025-01-15", "2025-02-15"},
		{"2025-01-31", "2025-02-28"},
		{"2024-01-31", "2024-02-29"},
		{"2025-03-31", "2025-04-30"},
		{"2025-12-31", "2026-01-31"},
		{"2025-08-31", "2025-09-30"},
	} {
		r, _ := time.Parse(time.DateOnly, tc.received)
		if got := PrivacyDueDate(r).Format(time.DateOnly); got != tc.want {
			t.Errorf("PrivacyDueDate(%s) = %s, want %s", tc.received, got, tc.want)
		}
	}
}

func TestPrivacyDue_F2(t *testing.T) {
	received := time.Date(2025, time.January, 31, 14, 0, 0, 0, time.UTC)
	// One month after 31 January is the last day of February.
	dueDay := time.Date(2025, time.February, 28, 14, 0, 0, 0, time.UTC)
	if got := PrivacyDueDate(received); !got.Equal(dueDay) {
		t.Fatalf("PrivacyDueDate(%v) = %v, want %v; the table below assumes it", received, got, dueDay)
	}
	at := func(d time.Time, days int, hour int) time.Time {
		d = d.AddDate(0, 0, days)
		return time.Date(d.Year(), d.Month(), d.Day(), hour, 0, 0, 0, time.UTC)
	}
	handledAt := received.Add(48 * time.Hour)
	open := PrivacyRequest{Status: PrivacyReceived, ReceivedAt: received}
	with := func(f func(*PrivacyRequest)) PrivacyRequest { r := open; f(&r); return r }
	cet := time.FixedZone("CET", 3600)
	tests := []struct {
		name         string
		r            PrivacyRequest
		today        time.Time
		warnDays     int
		due, overdue bool
	}{
		{"just received", open, at(received, 0, 15), 7, false, false},
		{"day before the warning", open, at(dueDay, -8, 12), 7, false, false},
		{"first day of the warning", open, at(dueDay, -7, 0), 7, true, false},
		{"due day, morning", open, at(dueDay, 0, 9), 7, true, false},
		{"due day, after the hour of receipt", open, at(dueDay, 0, 23), 7, true, false},
		{"day after the due day", open, at(dueDay, 1, 0), 7, true, true},
		{"long overdue", open, at(dueDay, 60, 12), 7, true, true},
		{"no warning, day before", open, at(dueDay, -1, 12), 0, false, false},
		{"no warning, due day", open, at(dueDay, 0, 12), 0, true, false},
		{"negative warning counts as zero", open, at(dueDay, -1, 12), -5, false, false},
		{"in progress counts as open", with(func(r *PrivacyRequest) { r.Status = PrivacyInProgress }), at(dueDay, 1, 12), 7, true, true},
		{"done", with(func(r *PrivacyRequest) { r.Status = PrivacyDone }), at(dueDay, 1, 12), 7, false, false},
		{"refused", with(func(r *PrivacyRequest) { r.Status = PrivacyRefused }), at(dueDay, 1, 12), 7, false, false},
		{"handled but status not updated", with(func(r *PrivacyRequest) { r.HandledAt = &handledAt }), at(dueDay, 1, 12), 7, false, false},
		{"extended due date wins", with(func(r *PrivacyRequest) { r.DueAt = dueDay.AddDate(0, 2, 0) }), at(dueDay, 1, 12), 7, false, false},
		{"extended due date passed", with(func(r *PrivacyRequest) { r.DueAt = dueDay.AddDate(0, 2, 0) }), at(dueDay.AddDate(0, 2, 0), 1, 12), 7, true, true},
		{"stored due date equal to computed", with(func(r *PrivacyRequest) { r.DueAt = dueDay }), at(dueDay, 0, 12), 7, true, false},
		// 23:30 UTC on the due day is already the next day in CET.
		{"calendar day of today's zone", with(func(r *PrivacyRequest) { r.DueAt = dueDay }), time.Date(2025, time.March, 1, 0, 30, 0, 0, cet), 7, true, true},
		{"no dates at all is overdue, not forgotten", PrivacyRequest{Status: PrivacyReceived}, at(dueDay, 0, 12), 7, true, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			due, overdue := PrivacyDue(tt.r, tt.today, tt.warnDays)
			if due != tt.due || overdue != tt.overdue {
				t.Errorf("PrivacyDue(today %v, warn %d) = (%v, %v), want (%v, %v)", tt.today, tt.warnDays, due, overdue, tt.due, tt.overdue)
			}
		})
	}
}
