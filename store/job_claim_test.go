package store_test

import (
	"errors"
	"fmt"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/store"
	"github.com/matchpoint/matchpoint/store/storetest"
)

// A job's slot is claimed by one of many at once; a live lease keeps it,
// a lapsed one is taken over, only the holder renews or finishes it, and a
// finished slot is never claimed again. Claims are per agency.
func TestJobClaims(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		st := db.Store()
		a, b := newAgency(t, st, "a"), newAgency(t, st, "b")
		now := db.Now()

		var won atomic.Int32
		var wg sync.WaitGroup
		for i := range 8 {
			wg.Go(func() {
				ok, err := st.ClaimJob(a.ctx, "reminders", "2026-W10", fmt.Sprint("i", i), fmt.Sprint("tok", i), now.Add(time.Minute))
				if err != nil {
					t.Errorf("claim %d: %v", i, err)
				}
				if ok {
					won.Add(1)
				}
			})
		}
		wg.Wait()
		if won.Load() != 1 {
			t.Fatalf("%d of 8 simultaneous claims won", won.Load())
		}
		c, err := st.JobClaimOf(a.ctx, "reminders", "2026-W10")
		if err != nil || c.Claims != 1 || c.FinishedAt != nil {
			t.Fatalf("claim: %+v %v", c, err)
		}
		holder := "tok" + c.Owner[1:]
		if err := st.RenewJob(a.ctx, "reminders", "2026-W10", "someone-else", now.Add(time.Hour)); !errors.Is(err, domain.ErrNotFound) {
			t.Fatalf("a stranger renewed the claim: %v", err)
		}
		// The other agency's slot of the same name is its own.
		if ok, err := st.ClaimJob(b.ctx, "reminders", "2026-W10", "x", "tx", now.Add(time.Minute)); err != nil || !ok {
			t.Fatalf("other agency's claim: %v %v", ok, err)
		}

		// The holder stops renewing (it died): once the lease lapses the
		// slot is taken over, and the old holder can no longer finish it.
		if err := st.RenewJob(a.ctx, "reminders", "2026-W10", holder, now.Add(-time.Second)); err != nil {
			t.Fatal(err)
		}
		if ok, err := st.ClaimJob(a.ctx, "reminders", "2026-W10", "heir", "heir-token", now.Add(time.Minute)); err != nil || !ok {
			t.Fatalf("takeover of a lapsed claim: %v %v", ok, err)
		}
		if err := st.FinishJob(a.ctx, "reminders", "2026-W10", holder); !errors.Is(err, domain.ErrNotFound) {
			t.Fatalf("the dead holder finished the taken-over slot: %v", err)
		}
		c, _ = st.JobClaimOf(a.ctx, "reminders", "2026-W10")
		if c.Owner != "heir" || c.Claims != 2 {
			t.Fatalf("after takeover: %+v", c)
		}

		// A failed run is released and claimed again at once.
		if err := st.ReleaseJob(a.ctx, "reminders", "2026-W10", "heir-token"); err != nil {
			t.Fatal(err)
		}
		defer db.SetClock(time.Now)
		if ok, err := st.ClaimJob(a.ctx, "reminders", "2026-W10", "retry", "retry-token", now.Add(time.Minute)); err != nil || !ok {
			t.Fatalf("claim after release: %v %v", ok, err)
		}
		if err := st.FinishJob(a.ctx, "reminders", "2026-W10", "retry-token"); err != nil {
			t.Fatal(err)
		}
		// Finished: never again, even long after.
		db.SetClock(func() time.Time { return now.Add(24 * time.Hour) })
		if ok, err := st.ClaimJob(a.ctx, "reminders", "2026-W10", "late", "late-token", now.Add(25*time.Hour)); err != nil || ok {
			t.Fatalf("a finished slot was claimed again: %v %v", ok, err)
		}
		c, _ = st.JobClaimOf(a.ctx, "reminders", "2026-W10")
		if c.FinishedAt == nil || c.Owner != "retry" {
			t.Fatalf("finished claim: %+v", c)
		}
	})
}
