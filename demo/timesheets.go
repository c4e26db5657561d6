package demo

import (
	"fmt"
	"math/rand/v2"
	"time"

	"github.com/matchpoint/matchpoint/domain"
)

// timesheetWeeks is how many ISO weeks back, the current one included, a
// running placement has timesheets.
const timesheetWeeks = 6

// maxReceipts caps the receipts attached to timesheets.
const maxReceipts = 300

var dayMinutes = []int{480, 480, 480, 480, 450, 510, 420, 360, 495, 465}

// timesheets writes the recent weeks of a placement whose candidate may write
// timesheets: this week a draft, last week sent, older weeks approved or now
// and then rejected. The demo placement (first) has every status for sure.
func (l *loader) timesheets(r *rand.Rand, i int, placementID int64, p placementPlan, approver contact) {
	t := &l.t
	tid := l.tenantID
	demo := i == 0
	cand := l.candidatePerson(p.ord).name()
	candID := l.candidateID(p.ord)
	monday0 := domain.MondayOfISOWeek(l.today.ISOWeek())
	for k := timesheetWeeks - 1; k >= 0; k-- {
		mon := monday0.AddDays(-7 * k)
		fri := mon.AddDays(4)
		if fri.Before(p.start) || !p.end.IsZero() && mon.After(p.end) {
			continue
		}
		var status domain.TimesheetStatus
		switch {
		case k == 0:
			if !demo && !chance(r, 60) {
				continue
			}
			status = domain.TimesheetDraft
		case k == 1:
			status = domain.TimesheetSent
			if !p.approval && chance(r, 50) {
				status = domain.TimesheetApproved
			}
		case demo && k == 2, !demo && chance(r, 12):
			status = domain.TimesheetRejected
		default:
			status = domain.TimesheetApproved
		}

		created := mon.Time().Add(8 * time.Hour)
		if created.After(l.now) {
			created = l.now
		}
		var sent, decided time.Time
		updated := created
		if status != domain.TimesheetDraft {
			sent = fri.Time().Add(17*time.Hour + time.Duration(r.IntN(120))*time.Minute)
			updated = sent
		}
		if status == domain.TimesheetApproved || status == domain.TimesheetRejected {
			decided = sent.Add(time.Duration(between(r, 16, 70)) * time.Hour)
			updated = decided
		}
		year, week := mon.ISOWeek()
		ts := t.timesheets.add(tid, placementID, year, week, string(status), nullTime(sent), nullTime(decided), created, updated)

		for d := range 5 {
			day := mon.AddDays(d)
			if day.Before(p.start) || day.After(l.today) || !p.end.IsZero() && day.After(p.end) {
				continue
			}
			t.lines.add(tid, ts, l.dtHours, day.String(), pick(r, dayMinutes))
			if p.overtime && chance(r, 25) {
				t.lines.add(tid, ts, l.dtOvertime, day.String(), 15*between(r, 4, 12))
			}
		}

		event := func(kind domain.Audience, id int64, name, action, comment string, at time.Time) {
			t.events.add(tid, ts, string(kind), id, name, action, comment, at)
		}
		if status == domain.TimesheetDraft {
			event(domain.AudiencePortal, candID, cand, "saved", "", created)
			continue
		}
		note := ""
		if chance(r, 10) {
			note = "Worked Saturday morning for the stock count."
		}
		event(domain.AudiencePortal, candID, cand, "sent", note, sent)
		if status == domain.TimesheetSent {
			continue
		}
		action, comment := "approved", pick(r, sheetApprovals)
		if status == domain.TimesheetRejected {
			action, comment = "rejected", pick(r, sheetRejections)
		}
		if p.approval {
			event(domain.AudienceHiring, approver.id, approver.name, action, comment, decided)
		} else {
			u := l.officeActor(r, p.co)
			event(domain.AudienceOffice, u.id, u.name, action, comment, decided)
		}

		if l.receipts < maxReceipts && (demo && status == domain.TimesheetApproved || chance(r, 5)) {
			l.receipts++
			l.attach(domain.SubjectTimesheet, ts, l.atReceipt, fmt.Sprintf("Receipt week %d.pdf", week), cand, sent,
				"Parking receipt", fmt.Sprintf("Week %d-%d", year, week), fmt.Sprintf("Amount: EUR %d.%02d", between(r, 3, 40), r.IntN(100)))
		}
	}
}
