package store_test

import (
	"context"
	"database/sql"
	"testing"
	"time"

	"github.com/matchpoint/matchpoint/store"
	"github.com/matchpoint/matchpoint/store/storetest"
)

// TestReadReplica_I18: with a streaming standby attached, reads that
// tolerate lag go to it while it is current, and to the primary as soon as
// it falls more than the allowed lag behind (replay paused) — so a lagged
// page still shows what was written a second ago; reads that do not
// tolerate lag never go to it; a server that is no standby is refused.
func TestReadReplica_I18(t *testing.T) {
	primaryURL := storetest.PostgresURL(t, true)
	replicaURL := storetest.ReplicaURL(t, primaryURL)
	ctx := context.Background()
	db, err := store.Open(ctx, primaryURL)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if err := db.Migrate(ctx); err != nil {
		t.Fatal(err)
	}
	if err := db.AttachReplica(ctx, primaryURL, time.Second); err == nil {
		t.Fatal("the primary was taken as a standby")
	}
	if err := db.AttachReplica(ctx, replicaURL, time.Second); err != nil {
		t.Fatal(err)
	}
	standby, err := sql.Open("pgx", replicaURL)
	if err != nil {
		t.Fatal(err)
	}
	defer standby.Close()

	st := db.Store()
	a := newAgency(t, st, "replica")
	first := a.candidate(t, st, "Ada", "Vos")
	waitFor(t, "the standby to catch up", func() bool { return db.ReplicaFresh() })

	lagged := store.TolerateLag(a.ctx)
	before := db.ReplicaReads()
	if _, err := st.Candidate(a.ctx, first.ID); err != nil {
		t.Fatal(err)
	}
	if db.ReplicaReads() != before {
		t.Error("a read that does not tolerate lag went to the standby")
	}
	waitFor(t, "the first candidate on the standby", func() bool {
		_, err := st.Candidate(lagged, first.ID)
		return err == nil && db.ReplicaReads() > before
	})

	// The standby stops replaying: within about a second it is no longer
	// used, and a lagged read finds a candidate written after the pause.
	if _, err := standby.ExecContext(ctx, `SELECT pg_wal_replay_pause()`); err != nil {
		t.Fatal(err)
	}
	resumed := false
	defer func() {
		if !resumed {
			_, _ = standby.ExecContext(ctx, `SELECT pg_wal_replay_resume()`)
		}
	}()
	second := a.candidate(t, st, "Bo", "Smit")
	waitFor(t, "the paused standby to be left", func() bool { return !db.ReplicaFresh() })
	if _, err := st.Candidate(lagged, second.ID); err != nil {
		t.Fatalf("a lagged read while the standby is behind: %v", err)
	}

	if _, err := standby.ExecContext(ctx, `SELECT pg_wal_replay_resume()`); err != nil {
		t.Fatal(err)
	}
	resumed = true
	waitFor(t, "the resumed standby to be used again", func() bool { return db.ReplicaFresh() })
	n := db.ReplicaReads()
	if _, err := st.Candidate(lagged, second.ID); err != nil {
		t.Fatal(err)
	}
	if db.ReplicaReads() == n {
		t.Error("a lagged read did not go to the current standby")
	}
}

func waitFor(t *testing.T, what string, ok func() bool) {
	t.Helper()
	deadline := time.Now().Add(15 * time.Second)
	for !ok() {
		if time.Now().After(deadline) {
			t.Fatalf("waited 15 s for %s", what)
		}
		time.Sleep(50 * time.Millisecond)
	}
}
