package service_test

import (
	"sync"
	"testing"
	"time"

	"github.com/matchpoint/matchpoint/service"
	"github.com/matchpoint/matchpoint/store"
	"github.com/matchpoint/matchpoint/store/storetest"
	"github.com/matchpoint/matchpoint/web/webtest"
)

// F3: the scheduled retention job of a day runs once across three
// instances looking at once: each due candidate is anonymised once, with
// one audit entry; the next look the same day does nothing.
func TestRetentionJobOncePerDay_F3(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		env := webtest.New(t, db)
		st := env.Store
		now := time.Date(2026, time.June, 1, 12, 0, 0, 0, time.UTC)
		db.SetClock(func() time.Time { return now.AddDate(-4, 0, 0) })
		for _, n := range []string{"Ann", "Bob", "Cas"} {
			env.Acme.Candidate(t, st, n, "Stale")
		}
		db.SetClock(func() time.Time { return now })
		total := 0
		var mu sync.Mutex
		var wg sync.WaitGroup
		for i := range 3 {
			wg.Go(func() {
				svc := &service.Service{DB: db, Instance: string(rune('a' + i))}
				n, err := svc.RunRetentionDue(t.Context(), 24*time.Hour)
				if err != nil {
					t.Errorf("instance %d: %v", i, err)
				}
				mu.Lock()
				total += n
				mu.Unlock()
			})
		}
		wg.Wait()
		if total != 3 {
			t.Fatalf("three instances anonymised %d candidates, want 3 once", total)
		}
		var audits int
		if err := db.Raw().QueryRow(`SELECT COUNT(*) FROM audit_log WHERE action = 'retention_anonymised'`).Scan(&audits); err != nil {
			t.Fatal(err)
		}
		if audits != 3 {
			t.Fatalf("%d audit entries", audits)
		}
		db.SetClock(func() time.Time { return now.Add(6 * time.Hour) })
		if n, err := (&service.Service{DB: db, Instance: "d"}).RunRetentionDue(t.Context(), 24*time.Hour); n != 0 || err != nil {
			t.Fatalf("the same day ran again: %d %v", n, err)
		}
		if c, err := st.JobClaimOf(env.Acme.Ctx, "retention", "2026-06-01T00:00:00Z"); err != nil || c.FinishedAt == nil {
			t.Fatalf("the day's claim: %+v %v", c, err)
		}
	})
}
