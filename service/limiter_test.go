package service_test

import (
	"context"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/service"
	"github.com/matchpoint/matchpoint/store"
	"github.com/matchpoint/matchpoint/store/storetest"
)

// B4: the limiter counts in the database. A key allows Max attempts in its
// window and refuses the rest; given-back attempts do not count; a new
// window starts afresh; keys of two agencies never mix; and 40 parallel
// reservations of one key let exactly Max through, on both engines.
func TestLimiterReservesInDatabase_B4(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		now := time.Date(2026, 3, 1, 9, 0, 0, 0, time.UTC)
		var mu sync.Mutex
		db.SetClock(func() time.Time { mu.Lock(); defer mu.Unlock(); return now })
		st := db.Store()
		var ctxs []context.Context
		for _, slug := range []string{"one", "two"} {
			ten := domain.Tenant{Slug: slug, Name: slug, DefaultLanguage: "en"}
			if err := st.CreateTenant(context.Background(), &ten); err != nil {
				t.Fatal(err)
			}
			ctxs = append(ctxs, store.WithTenant(context.Background(), ten.ID))
		}
		one, two := ctxs[0], ctxs[1]
		l := &service.Limiter{DB: db, Max: 3, Window: time.Minute}
		reserve := func(ctx context.Context, key string) bool {
			t.Helper()
			ok, err := l.Reserve(ctx, key)
			if err != nil {
				t.Fatal(err)
			}
			return ok
		}
		for i := 0; i < 3; i++ {
			if !reserve(one, "a") {
				t.Fatalf("refused attempt %d of 3", i+1)
			}
		}
		if reserve(one, "a") {
			t.Fatal("a fourth attempt passed")
		}
		if !reserve(two, "a") || !reserve(one, "b") {
			t.Fatal("another agency's or another key's attempt was refused")
		}
		mu.Lock()
		now = now.Add(time.Minute)
		mu.Unlock()
		if !reserve(one, "a") {
			t.Fatal("refused in a new window")
		}
		if err := l.Release(one, "a"); err != nil {
			t.Fatal(err)
		}
		if n, err := l.Hits(one, "a"); err != nil || n != 0 {
			t.Fatalf("after giving the attempt back: %d hits, %v", n, err)
		}

		var passed atomic.Int32
		var wg sync.WaitGroup
		for i := 0; i < 40; i++ {
			wg.Add(1)
			go func() {
				defer wg.Done()
				ok, err := l.Reserve(two, "burst")
				if err != nil {
					t.Error(err)
				}
				if ok {
					passed.Add(1)
				}
			}()
		}
		wg.Wait()
		if passed.Load() != 3 {
			t.Fatalf("%d of 40 parallel attempts passed a limit of 3", passed.Load())
		}
	})
}
