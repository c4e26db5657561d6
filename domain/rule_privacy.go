package domain

import "time"

// PrivacyDue is F2's follow-up of a privacy request on day today: due is true
// from warnDays days before the due date, overdue from the day after it (the
// answer is in time on the due day itself). Days are compared as calendar
// days in today's location. The due date is r.DueAt, which may have been
// extended (art. 12(3) allows two more months), or PrivacyDueDate of receipt
// when it is not set. A request that is done or refused, or carries a
// HandledAt, is neither. A negative warnDays counts as zero.
func PrivacyDue(r PrivacyRequest, today time.Time, warnDays int) (due, overdue bool) {
	if r.HandledAt != nil || r.Status == PrivacyDone || r.Status == PrivacyRefused {
		return false, false
	}
	dueAt := r.DueAt
	if dueAt.IsZero() {
		dueAt = PrivacyDueDate(r.ReceivedAt)
	}
	warnDays = max(warnDays, 0)
	day := DateOf(today)
	dueDay := DateOf(dueAt.In(today.Location()))
	overdue = day.After(dueDay)
	due = !day.Before(dueDay.AddDays(-warnDays))
	return due, overdue
}
