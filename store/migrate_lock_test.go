package store_test

import (
	"context"
	"fmt"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/matchpoint/matchpoint/store"
	"github.com/matchpoint/matchpoint/store/storetest"
)

// Several instances starting at once on an empty database migrate it once:
// every Migrate succeeds, each migration is recorded once, and the schema
// is whole.
func TestConcurrentMigrateOnce(t *testing.T) {
	run := func(t *testing.T, dsn string) {
		ctx := context.Background()
		const instances = 4
		dbs := make([]*store.DB, instances)
		for i := range dbs {
			db, err := store.Open(ctx, dsn)
			if err != nil {
				t.Fatal(err)
			}
			t.Cleanup(func() { db.Close() })
			dbs[i] = db
		}
		errs := make([]error, instances)
		var wg sync.WaitGroup
		start := make(chan struct{})
		for i, db := range dbs {
			wg.Go(func() {
				<-start
				errs[i] = db.Migrate(ctx)
			})
		}
		close(start)
		wg.Wait()
		for i, err := range errs {
			if err != nil {
				t.Errorf("instance %d: %v", i, err)
			}
		}
		var rows, distinct int
		if err := dbs[0].Raw().QueryRowContext(ctx, `SELECT COUNT(*), COUNT(DISTINCT version) FROM schema_migrations`).Scan(&rows, &distinct); err != nil {
			t.Fatal(err)
		}
		pending, unknown, err := dbs[0].MigrationState(ctx)
		if err != nil || len(pending) != 0 || len(unknown) != 0 || rows != distinct || rows == 0 {
			t.Fatalf("after concurrent migrations: %d rows, %d versions, pending %v, unknown %v, err %v", rows, distinct, pending, unknown, err)
		}
		// The schema works: an agency can be made.
		if _, err := dbs[1].Raw().ExecContext(ctx, `INSERT INTO tenants (slug, name, host, default_language, created_at) VALUES ('a', 'A', '', 'en', CURRENT_TIMESTAMP)`); err != nil {
			t.Fatalf("schema after concurrent migrations: %v", err)
		}
	}
	t.Run("sqlite", func(t *testing.T) { run(t, filepath.Join(t.TempDir(), "fresh.db")) })
	t.Run("postgres", func(t *testing.T) { run(t, storetest.PostgresURL(t, true)) })
}

// While another instance holds the migration lock, Migrate waits for it
// (here until its context ends) and changes nothing; once released, it runs.
func TestMigrateWaitsForTheLock(t *testing.T) {
	dsn := storetest.PostgresURL(t, true)
	ctx := context.Background()
	holder, err := store.Open(ctx, dsn)
	if err != nil {
		t.Fatal(err)
	}
	defer holder.Close()
	conn, err := holder.Raw().Conn(ctx)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	const key = `SELECT pg_advisory_%s(1297108273, hashtext(current_schema()))` // migrationLockClass
	if _, err := conn.ExecContext(ctx, fmt.Sprintf(key, "lock")); err != nil {
		t.Fatal(err)
	}
	db, err := store.Open(ctx, dsn)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	short, cancel := context.WithTimeout(ctx, 500*time.Millisecond)
	defer cancel()
	if err := db.Migrate(short); err == nil {
		t.Fatal("Migrate ran while another instance held the lock")
	}
	if pending, _, err := db.MigrationState(ctx); err != nil || len(pending) == 0 {
		t.Fatalf("a waiting Migrate changed the schema: pending %v, err %v", pending, err)
	}
	if _, err := conn.ExecContext(ctx, fmt.Sprintf(key, "unlock")); err != nil {
		t.Fatal(err)
	}
	if err := db.Migrate(ctx); err != nil {
		t.Fatalf("Migrate after the lock was released: %v", err)
	}
}
