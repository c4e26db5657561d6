package store_test

import (
	"testing"
	"time"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/store"
	"github.com/matchpoint/matchpoint/store/storetest"
)

// F2: candidate search leaves out a candidate that restricted processing,
// unless the caller (a privacy page) asks for it.
func TestCandidatesLeaveOutRestricted_F2(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		st := db.Store()
		a := newAgency(t, st, "acme")
		open := a.candidate(t, st, "Olga", "Open")
		shut := a.candidate(t, st, "Olga", "Shut")
		if err := st.SetCandidateRestricted(a.ctx, shut.ID, true); err != nil {
			t.Fatal(err)
		}
		for _, f := range []store.CandidateFilter{{Query: "olga"}, {}, {OwnerID: a.user.ID}} {
			list, _, err := st.Candidates(a.ctx, f)
			if err != nil {
				t.Fatal(err)
			}
			if len(list) != 1 || list[0].ID != open.ID {
				t.Errorf("filter %+v: %+v", f, list)
			}
			f.WithRestricted = true
			if list, _, _ = st.Candidates(a.ctx, f); len(list) != 2 {
				t.Errorf("filter %+v with restricted: %+v", f, list)
			}
		}
		if list, _, _ := st.Candidates(a.ctx, store.CandidateFilter{Query: shut.Email}); len(list) != 0 {
			t.Errorf("found by e-mail: %+v", list)
		}
		// Another agency cannot flag this agency's candidate.
		b := newAgency(t, st, "other")
		if err := st.SetCandidateRestricted(b.ctx, open.ID, true); domain.KindOf(err) != domain.KindNotFound {
			t.Errorf("other tenant: %v", err)
		}
	})
}

// C6: the consent ledger records each consent with its text version and time,
// withdrawal stamps it, and the follow-up list shows each candidate's latest
// consent when it was withdrawn or ends within the window.
func TestConsentLedgerAndFollowUp_C6(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		st := db.Store()
		now := time.Date(2026, time.March, 1, 8, 0, 0, 0, time.UTC)
		db.SetClock(func() time.Time { return now })
		a := newAgency(t, st, "acme")
		soon := a.candidate(t, st, "Sara", "Soon")
		renewed := a.candidate(t, st, "Rene", "Renewed")
		withdrawn := a.candidate(t, st, "Wim", "Withdrawn")
		later := a.candidate(t, st, "Lars", "Later")
		give := func(c domain.Candidate, version string, until domain.Date) {
			t.Helper()
			if err := st.GiveConsent(a.ctx, &domain.Consent{CandidateID: c.ID, TextVersion: version, ValidUntil: until}); err != nil {
				t.Fatal(err)
			}
		}
		give(soon, "v1", domain.NewDate(2026, 3, 20))
		give(renewed, "v1", domain.NewDate(2026, 3, 10))
		give(renewed, "v2", domain.NewDate(2027, 3, 10))
		give(withdrawn, "v1", domain.NewDate(2026, 3, 15))
		give(later, "v2", domain.NewDate(2026, 6, 1))
		if n, err := st.WithdrawConsent(a.ctx, withdrawn.ID); err != nil || n != 1 {
			t.Fatalf("withdraw: %d, %v", n, err)
		}
		if err := st.GiveConsent(a.ctx, &domain.Consent{CandidateID: soon.ID, TextVersion: ""}); err == nil {
			t.Error("consent without text version or end accepted")
		}
		list, err := st.ConsentsToFollowUp(a.ctx, domain.DateOf(now).AddDays(30), 0)
		if err != nil {
			t.Fatal(err)
		}
		// The withdrawal first, then the consent that ends soon; not the
		// renewed one nor the one that ends later.
		if len(list) != 2 || list[0].CandidateID != withdrawn.ID || list[0].WithdrawnAt == nil ||
			list[1].CandidateID != soon.ID || list[1].CandidateName != "Sara Soon" {
			t.Fatalf("follow-up = %+v", list)
		}
		history, err := st.Consents(a.ctx, renewed.ID)
		if err != nil {
			t.Fatal(err)
		}
		if len(history) != 2 || history[0].TextVersion != "v2" || !history[0].GivenAt.Equal(now) {
			t.Fatalf("history = %+v", history)
		}
		w, _ := st.Consents(a.ctx, withdrawn.ID)
		if len(w) != 1 || w[0].WithdrawnAt == nil {
			t.Fatalf("withdrawn = %+v", w)
		}
	})
}
