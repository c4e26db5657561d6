package service_test

import (
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/service"
	"github.com/matchpoint/matchpoint/store"
	"github.com/matchpoint/matchpoint/store/storetest"
	"github.com/matchpoint/matchpoint/web/webtest"
)

// F2, C9: a request entered by a recruiter is due one month after receipt;
// it can be extended once, by at most two months, with a reason, which mails
// the candidate in its language; status changes are logged.
func TestPrivacyRequestDueDateAndExtension_F2_C9(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		env := webtest.New(t, db)
		ctx, st := env.Acme.Ctx, env.Store
		svc := service.New(db)
		c := env.Acme.Candidate(t, st, "Nora", "Nederlands")
		c.Language = "nl"
		if err := st.UpdateCandidate(ctx, &c); err != nil {
			t.Fatal(err)
		}
		actor := store.Actor{Kind: domain.AudienceOffice, ID: env.Acme.Recruiter.ID, Name: "Rita"}
		received := time.Date(2026, time.January, 31, 9, 30, 0, 0, time.UTC)
		r := domain.PrivacyRequest{CandidateID: c.ID, Right: domain.RightErasure, ReceivedAt: received, Origin: "phone"}
		if err := svc.EnterPrivacyRequest(ctx, &r, actor); err != nil {
			t.Fatal(err)
		}
		got, err := st.PrivacyRequest(ctx, r.ID)
		if err != nil {
			t.Fatal(err)
		}
		if got.DueAt.Format(time.DateOnly) != "2026-02-28" || got.OwnerID != c.OwnerID || got.Status != domain.PrivacyReceived || got.Origin != "phone" {
			t.Fatalf("request = %+v", got)
		}
		// Past two months after the original due date: refused, nothing changes.
		err = svc.ExtendPrivacyRequest(ctx, r.ID, time.Date(2026, time.April, 29, 9, 30, 0, 0, time.UTC), "complex", actor)
		if !errors.Is(err, domain.ErrInvalid) {
			t.Fatalf("extension of more than two months: %v", err)
		}
		if mails, _, _ := st.Mails(ctx, 10, 0); len(mails) != 0 {
			t.Fatalf("a refused extension mailed: %+v", mails)
		}
		newDue := time.Date(2026, time.April, 28, 9, 30, 0, 0, time.UTC)
		if err := svc.ExtendPrivacyRequest(ctx, r.ID, newDue, "Veel archieven te doorzoeken", actor); err != nil {
			t.Fatal(err)
		}
		got, _ = st.PrivacyRequest(ctx, r.ID)
		if !got.DueAt.Equal(newDue) || got.ExtendedAt == nil || got.ExtensionReason != "Veel archieven te doorzoeken" {
			t.Fatalf("extended request = %+v", got)
		}
		mails, _, _ := st.Mails(ctx, 10, 0)
		if len(mails) != 1 || mails[0].To != c.Email || !strings.Contains(mails[0].Body, "2026-04-28") ||
			!strings.Contains(mails[0].Body, "Veel archieven") || !strings.Contains(mails[0].Subject, "meer tijd") {
			t.Fatalf("extension mail: %+v", mails)
		}
		// Once only.
		err = svc.ExtendPrivacyRequest(ctx, r.ID, newDue.AddDate(0, 0, -1), "again", actor)
		if domain.KeyOf(err) != domain.KeyPrivacyAlreadyExtended {
			t.Fatalf("second extension: %v", err)
		}
		if err := svc.SetPrivacyRequestStatus(ctx, r.ID, domain.PrivacyInProgress, 0, "looking", actor); err != nil {
			t.Fatal(err)
		}
		if err := svc.SetPrivacyRequestStatus(ctx, r.ID, domain.PrivacyDone, 0, "", actor); err != nil {
			t.Fatal(err)
		}
		events, err := st.PrivacyRequestEvents(ctx, r.ID)
		if err != nil {
			t.Fatal(err)
		}
		var actions []string
		for _, e := range events {
			actions = append(actions, e.Action+":"+string(e.ToStatus))
		}
		if strings.Join(actions, " ") != "created:received extended:received status:in_progress status:done" {
			t.Fatalf("history = %v", actions)
		}
		got, _ = st.PrivacyRequest(ctx, r.ID)
		if got.HandledAt == nil {
			t.Fatal("done without handled_at")
		}
		if due, overdue := domain.PrivacyDue(got, newDue.AddDate(0, 1, 0), 7); due || overdue {
			t.Fatal("a handled request is still due")
		}
		// Another agency sees nothing of it.
		if _, err := st.PrivacyRequest(env.Other.Ctx, r.ID); domain.KindOf(err) != domain.KindNotFound {
			t.Fatalf("other tenant: %v", err)
		}
	})
}
