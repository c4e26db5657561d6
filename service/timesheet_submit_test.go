package service_test

import (
	"strings"
	"sync"
	"testing"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/store"
	"github.com/matchpoint/matchpoint/store/storetest"
)

// D2, D4: submitting twice — one after the other, or at once as a double
// click does — makes one timesheet with status Sent, one 'sent' entry in its
// log and one mail to each contact of the placement.
func TestSubmitTwice_D2_D4(t *testing.T) {
	t.Parallel()
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		a := newAgency(t, db, "acme", true)
		first := a.sent(10)
		again, err := a.svc.SubmitTimesheet(a.ctx, a.candidate(), a.placement.ID, 2026, 10)
		if err != nil || again.ID != first.ID || again.Status != domain.TimesheetSent {
			t.Fatalf("second submit: %+v, %v", again, err)
		}
		// A double click on another week: both requests at once.
		var wg sync.WaitGroup
		errs := make([]error, 4)
		for i := range errs {
			wg.Go(func() {
				_, errs[i] = a.svc.SubmitTimesheet(a.ctx, a.candidate(), a.placement.ID, 2026, 9)
			})
		}
		wg.Wait()
		for _, err := range errs {
			if err != nil {
				t.Errorf("concurrent submit: %v", err)
			}
		}
		for _, week := range []int{9, 10} {
			list, _, err := a.st.Timesheets(a.ctx, store.TimesheetFilter{PlacementID: a.placement.ID, Year: 2026, Week: week})
			if err != nil || len(list) != 1 || list[0].Status != domain.TimesheetSent || list[0].SentAt == nil {
				t.Fatalf("week %d: %+v, %v", week, list, err)
			}
			events, _ := a.st.TimesheetEvents(a.ctx, list[0].ID)
			if len(events) != 1 || events[0].Action != "sent" || events[0].ActorName != "Tom Visser" {
				t.Errorf("week %d log: %+v", week, events)
			}
		}
		for _, c := range []domain.Contact{a.carla, a.dirk} {
			if got := a.mails(c.Email); len(got) != 2 {
				t.Errorf("%s got %d mails, want one per week", c.Email, len(got))
			}
		}
		if got := a.mails(a.otto.Email); len(got) != 0 {
			t.Errorf("a contact not on the placement was mailed")
		}
	})
}

// D4: when the client approves the placement's timesheets, each of its
// contacts gets the timesheet_sent mail in its own language with a link into
// the Hiring Portal; when it does not, no contact is mailed and the
// timesheet waits in the agency's queue.
func TestSubmitMailsContactsOnlyWhenClientApproves_D4(t *testing.T) {
	t.Parallel()
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		yes := newAgency(t, db, "acme", true)
		ts := yes.sent(10)
		carla := yes.mails(yes.carla.Email)
		if len(carla) != 1 || !strings.Contains(carla[0].Subject, "Tom Visser") || !strings.Contains(carla[0].Body, "2026-W10") ||
			!strings.Contains(carla[0].Body, "https://matchpoint.test/hiring/timesheets/"+itoa(ts.ID)) {
			t.Errorf("carla's mail: %+v", carla)
		}
		if dirk := yes.mails(yes.dirk.Email); len(dirk) != 1 || !strings.Contains(dirk[0].Subject, "Stundenzettel") {
			t.Errorf("dirk's mail is not in German: %+v", dirk)
		}

		no := newAgency(t, db, "other", false)
		ts = no.sent(10)
		if got := no.mails(""); len(got) != 0 {
			t.Errorf("no client approval, yet mails: %+v", got)
		}
		queue, _, err := no.st.Timesheets(no.ctx, store.TimesheetFilter{Status: domain.TimesheetSent})
		if err != nil || len(queue) != 1 || queue[0].ID != ts.ID {
			t.Errorf("agency queue: %+v, %v", queue, err)
		}
	})
}
