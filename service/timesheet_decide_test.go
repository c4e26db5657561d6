package service_test

import (
	"context"
	"errors"
	"strings"
	"sync"
	"testing"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/service"
	"github.com/matchpoint/matchpoint/store"
	"github.com/matchpoint/matchpoint/store/storetest"
)

// D5: two contacts approving and rejecting the same timesheet at once:
// exactly one wins, the other is told it was already decided; the log has
// one decision and the candidate one mail.
func TestDecideConcurrently_D5(t *testing.T) {
	t.Parallel()
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		a := newAgency(t, db, "acme", true)
		for week := 6; week <= 10; week++ {
			ts := a.sent(week)
			var wg sync.WaitGroup
			errs := make([]error, 2)
			start := make(chan struct{})
			for i, c := range []domain.Contact{a.carla, a.dirk} {
				wg.Go(func() {
					<-start
					_, errs[i] = a.svc.DecideTimesheet(a.ctx, contactActor(c), ts.ID,
						service.Decision{Approve: i == 0, Comment: "checked by " + c.FirstName})
				})
			}
			close(start)
			wg.Wait()
			wins := 0
			for _, err := range errs {
				switch {
				case err == nil:
					wins++
				case domain.KindOf(err) == domain.KindConflict && domain.KeyOf(err) == service.KeyAlreadyDecided:
				default:
					t.Errorf("week %d: unexpected error %v", week, err)
				}
			}
			if wins != 1 {
				t.Fatalf("week %d: %d decisions won, want exactly 1 (%v)", week, wins, errs)
			}
			events, _ := a.st.TimesheetEvents(a.ctx, ts.ID)
			if len(events) != 2 || (events[1].Action != "approved" && events[1].Action != "rejected") {
				t.Errorf("week %d log: %+v", week, events)
			}
		}
		if got := a.mails(a.cand.Email); len(got) != 5 {
			t.Errorf("candidate got %d mails, want one per week", len(got))
		}
	})
}

// D5, D6: a rejection needs a comment; the candidate gets the comment by
// mail, corrects the week and sends it again; the contacts are mailed
// again; an approval then locks it: no save, no submit, no attachment, no
// second decision.
func TestRejectCorrectResendApproveLock_D5_D6(t *testing.T) {
	t.Parallel()
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		a := newAgency(t, db, "acme", true)
		ts := a.sent(10)
		carla := contactActor(a.carla)
		_, err := a.svc.DecideTimesheet(a.ctx, carla, ts.ID, service.Decision{Approve: false, Comment: "  "})
		var verr *domain.ValidationError
		if !errors.As(err, &verr) || verr.Fields["comment"] != "timesheet.error.comment_required" {
			t.Fatalf("reject without comment: %v", err)
		}
		if _, err := a.svc.DecideTimesheet(a.ctx, carla, ts.ID, service.Decision{Comment: "Friday was a holiday"}); err != nil {
			t.Fatal(err)
		}
		m := a.mails(a.cand.Email)
		if len(m) != 1 || !strings.Contains(m[0].Subject, "aangepast") || !strings.Contains(m[0].Body, "Friday was a holiday") ||
			!strings.Contains(m[0].Body, "https://matchpoint.test/portal/timesheets/"+itoa(a.placement.ID)+"/2026/10\n") {
			t.Fatalf("rejection mail (in Dutch, with comment and link): %+v", m)
		}
		// Rejected goes back to the candidate: editable, and sent again.
		w, err := a.svc.TimesheetWeek(a.ctx, a.candidate(), a.placement.ID, 2026, 10)
		if err != nil || !w.Editable || w.Timesheet.Status != domain.TimesheetRejected {
			t.Fatalf("rejected week: editable %v status %s err %v", w.Editable, w.Timesheet.Status, err)
		}
		if _, err := a.svc.SaveTimesheet(a.ctx, a.candidate(), a.placement.ID, 2026, 10, []service.LineInput{
			line(a.hours, day(10, 0), 480), line(a.hours, day(10, 1), 480)}); err != nil {
			t.Fatal(err)
		}
		if ts, err = a.svc.SubmitTimesheet(a.ctx, a.candidate(), a.placement.ID, 2026, 10); err != nil || ts.Status != domain.TimesheetSent {
			t.Fatalf("send again: %+v %v", ts, err)
		}
		if got := a.mails(a.carla.Email); len(got) != 2 {
			t.Errorf("contact mailed %d times, want 2 (sent, sent again)", len(got))
		}
		if _, err := a.svc.DecideTimesheet(a.ctx, contactActor(a.dirk), ts.ID, service.Decision{Approve: true}); err != nil {
			t.Fatal(err)
		}
		if m := a.mails(a.cand.Email); len(m) != 2 || !strings.Contains(m[1].Subject, "goedgekeurd") {
			t.Errorf("approval mail: %+v", m)
		}
		// Approved is locked.
		locked := func(what string, err error) {
			t.Helper()
			if domain.KindOf(err) != domain.KindConflict || domain.KeyOf(err) != "timesheet.error.locked" {
				t.Errorf("%s on an approved timesheet: %v", what, err)
			}
		}
		_, err = a.svc.SaveTimesheet(a.ctx, a.candidate(), a.placement.ID, 2026, 10, []service.LineInput{line(a.hours, day(10, 0), 60)})
		locked("save", err)
		_, err = a.svc.SubmitTimesheet(a.ctx, a.candidate(), a.placement.ID, 2026, 10)
		locked("submit", err)
		_, err = a.svc.AttachToTimesheet(a.ctx, a.candidate(), a.placement.ID, 2026, 10, "bon.pdf", []byte("%PDF-1.4\n"))
		locked("attach", err)
		_, err = a.svc.CopyLastWeek(a.ctx, a.candidate(), a.placement.ID, 2026, 10)
		locked("copy last week", err)
		if _, err := a.svc.DecideTimesheet(a.ctx, carla, ts.ID, service.Decision{Comment: "late"}); domain.KeyOf(err) != service.KeyAlreadyDecided {
			t.Errorf("second decision: %v", err)
		}
		// Issue 15: a second click of the one who approved says it was its own.
		if _, err := a.svc.DecideTimesheet(a.ctx, contactActor(a.dirk), ts.ID, service.Decision{Approve: true}); domain.KeyOf(err) != service.KeyAlreadyDecidedByYou {
			t.Errorf("second click of the approver: %v", err)
		}
		d, err := a.svc.TimesheetDetail(a.ctx, userActor(a.recruiter), ts.ID)
		if err != nil || d.Total != 960 || d.Timesheet.Status != domain.TimesheetApproved || d.CanDecide {
			t.Fatalf("detail: total %d status %s canDecide %v err %v", d.Total, d.Timesheet.Status, d.CanDecide, err)
		}
		if e, ok := d.Decided(); !ok || e.ActorName != "Dirk de Boer" || e.Action != "approved" {
			t.Errorf("decided by %+v", e)
		}
	})
}

// D4, B5: a contact of another placement, of another agency, or a
// candidate gets not found; a recruiter may decide only when the client does
// not approve, an admin always.
func TestDecideAccess_D4_D5_B5(t *testing.T) {
	t.Parallel()
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		a := newAgency(t, db, "acme", true)
		other := newAgency(t, db, "other", false)
		ts := a.sent(10)
		approve := service.Decision{Approve: true}
		notFound := func(who string, ctx context.Context, actor store.Actor) {
			t.Helper()
			if _, err := a.svc.DecideTimesheet(ctx, actor, ts.ID, approve); domain.KindOf(err) != domain.KindNotFound {
				t.Errorf("%s decided: %v", who, err)
			}
			if _, err := a.svc.TimesheetDetail(ctx, actor, ts.ID); domain.KindOf(err) != domain.KindNotFound {
				t.Errorf("%s opened the timesheet: %v", who, err)
			}
		}
		notFound("a contact not on the placement", a.ctx, contactActor(a.otto))
		notFound("a contact of another agency", other.ctx, contactActor(other.carla))
		notFound("a contact id of another agency in this one", a.ctx, contactActor(other.carla))
		notFound("a recruiter of another agency", other.ctx, userActor(other.admin))
		if _, err := a.svc.DecideTimesheet(a.ctx, a.candidate(), ts.ID, approve); domain.KindOf(err) != domain.KindNotFound {
			t.Errorf("the candidate decided: %v", err)
		}
		if _, err := a.svc.DecideTimesheet(a.ctx, userActor(a.recruiter), ts.ID, approve); domain.KeyOf(err) != "timesheet.error.client_approves" {
			t.Errorf("a recruiter decided for the client: %v", err)
		}
		if d, _ := a.svc.TimesheetDetail(a.ctx, userActor(a.recruiter), ts.ID); d.CanDecide {
			t.Error("recruiter offered to decide for the client")
		}
		if d, _ := a.svc.TimesheetDetail(a.ctx, contactActor(a.carla), ts.ID); !d.CanDecide {
			t.Error("contact not offered to decide")
		}
		if _, err := a.svc.DecideTimesheet(a.ctx, userActor(a.admin), ts.ID, approve); err != nil {
			t.Errorf("admin on the agency's behalf: %v", err)
		}
		// No client approval: the recruiter decides, no contact even sees it.
		ots := other.sent(10)
		if _, err := other.svc.DecideTimesheet(other.ctx, contactActor(other.carla), ots.ID, approve); domain.KindOf(err) != domain.KindNotFound {
			t.Errorf("contact decided without client approval: %v", err)
		}
		if _, err := other.svc.DecideTimesheet(other.ctx, userActor(other.recruiter), ots.ID, service.Decision{Comment: "wrong week"}); err != nil {
			t.Errorf("recruiter on the agency's behalf: %v", err)
		}
		if m := other.mails(other.cand.Email); len(m) != 1 || !strings.Contains(m[0].Body, "wrong week") {
			t.Errorf("candidate mail: %+v", m)
		}
	})
}
