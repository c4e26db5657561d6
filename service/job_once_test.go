package service_test

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/service"
	"github.com/matchpoint/matchpoint/store"
	"github.com/matchpoint/matchpoint/store/storetest"
)

// A scheduled job's due time runs once however many instances look at
// once; a failed run is tried again; a dead instance's run is taken over
// once its lease lapses; an instance that lost its claim stops.
func TestRunOnceAcrossInstances_G3(t *testing.T) {
	t.Parallel()
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		ten := domain.Tenant{Slug: "acme", Name: "Acme", DefaultLanguage: "en"}
		must(t, "tenant", db.Store().CreateTenant(context.Background(), &ten))
		ctx := store.WithTenant(t.Context(), ten.ID)
		instance := func(name string, lease time.Duration) *service.Service {
			return &service.Service{DB: db, Instance: name, JobLease: lease}
		}

		var runs atomic.Int32
		var wg sync.WaitGroup
		for i := range 6 {
			wg.Go(func() {
				_, err := instance(fmt.Sprint("i", i), 0).RunOnce(ctx, "reminders", "2026-W10", func(context.Context) error {
					runs.Add(1)
					time.Sleep(50 * time.Millisecond)
					return nil
				})
				if err != nil {
					t.Errorf("instance %d: %v", i, err)
				}
			})
		}
		wg.Wait()
		if runs.Load() != 1 {
			t.Fatalf("six instances ran the slot %d times", runs.Load())
		}
		if ran, err := instance("late", 0).RunOnce(ctx, "reminders", "2026-W10", func(context.Context) error { return nil }); ran || err != nil {
			t.Fatalf("a finished slot ran again: %v %v", ran, err)
		}

		// A failed run leaves the slot to the next look.
		boom := errors.New("smtp down")
		if ran, err := instance("a", 0).RunOnce(ctx, "retention", "d1", func(context.Context) error { return boom }); !ran || !errors.Is(err, boom) {
			t.Fatalf("failing run: %v %v", ran, err)
		}
		if ran, err := instance("b", 0).RunOnce(ctx, "retention", "d1", func(context.Context) error { return nil }); !ran || err != nil {
			t.Fatalf("retry after a failure: %v %v", ran, err)
		}

		// An instance claimed and died (never renews): nobody runs the slot
		// while its lease holds; the next look after it lapses does.
		st := db.Store()
		if ok, err := st.ClaimJob(ctx, "retention", "d2", "dead", "dead-token", db.Now().Add(300*time.Millisecond)); !ok || err != nil {
			t.Fatal(ok, err)
		}
		if ran, _ := instance("b", 0).RunOnce(ctx, "retention", "d2", func(context.Context) error { return nil }); ran {
			t.Fatal("ran a slot whose claim still holds")
		}
		time.Sleep(400 * time.Millisecond)
		if ran, err := instance("b", 0).RunOnce(ctx, "retention", "d2", func(context.Context) error { return nil }); !ran || err != nil {
			t.Fatalf("takeover: %v %v", ran, err)
		}
		if c, _ := st.JobClaimOf(ctx, "retention", "d2"); c.Owner != "b" || c.Claims != 2 || c.FinishedAt == nil {
			t.Fatalf("after takeover: %+v", c)
		}

		// A long run renews its lease; should another instance take its
		// claim (it stalled past the lease), it is told to stop.
		errc := make(chan error, 1)
		started := make(chan struct{})
		go func() {
			_, err := instance("slow", 300*time.Millisecond).RunOnce(ctx, "retention", "d3", func(ctx context.Context) error {
				close(started)
				select {
				case <-ctx.Done():
					return ctx.Err()
				case <-time.After(10 * time.Second):
					return nil
				}
			})
			errc <- err
		}()
		<-started
		time.Sleep(400 * time.Millisecond) // longer than the lease: renewals kept it
		if c, _ := st.JobClaimOf(ctx, "retention", "d3"); c.Owner != "slow" || c.Claims != 1 || !c.LeaseUntil.After(db.Now()) {
			t.Fatalf("a running job's lease was not renewed: %+v", c)
		}
		if _, err := db.Raw().ExecContext(ctx, `UPDATE job_claims SET claim_token = 'stolen', owner = 'heir' WHERE job = 'retention' AND slot = 'd3'`); err != nil {
			t.Fatal(err)
		}
		select {
		case err := <-errc:
			if err == nil || !strings.Contains(err.Error(), "taken over") {
				t.Fatalf("run that lost its claim ended with %v", err)
			}
		case <-time.After(5 * time.Second):
			t.Fatal("the run that lost its claim did not stop")
		}
	})
}
