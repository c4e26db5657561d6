// Package storetest opens fresh databases for tests: a SQLite file in a
// temporary folder always, and a PostgreSQL schema of its own when
// MATCHPOINT_TEST_POSTGRES holds a URL. Each is migrated and dropped after
// the test.
package storetest

import (
	"context"
	"crypto/rand"
	"database/sql"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/matchpoint/matchpoint/store"
)

// EnvPostgres names the variable that holds the PostgreSQL URL for tests.
const EnvPostgres = "MATCHPOINT_TEST_POSTGRES"

// DBs returns one migrated database per available engine. PostgreSQL is
// skipped with a message when EnvPostgres is unset, and fails the test when
// CI is set without it.
func DBs(t testing.TB) []*store.DB {
	t.Helper()
	dbs := []*store.DB{SQLite(t)}
	if pg := Postgres(t, false); pg != nil {
		dbs = append(dbs, pg)
	}
	return dbs
}

// Each runs fn as a subtest on every available engine.
func Each(t *testing.T, fn func(t *testing.T, db *store.DB)) {
	t.Helper()
	t.Run("sqlite", func(t *testing.T) { fn(t, SQLite(t)) })
	t.Run("postgres", func(t *testing.T) {
		db := Postgres(t, true)
		fn(t, db)
	})
}

// SQLite opens a migrated SQLite database in a temporary folder.
func SQLite(t testing.TB) *store.DB {
	t.Helper()
	db, err := store.Open(context.Background(), filepath.Join(t.TempDir(), "test.db"))
	if err != nil {
		t.Fatalf("open sqlite: %v", err)
	}
	t.Cleanup(func() { db.Close() })
	if err := db.Migrate(context.Background()); err != nil {
		t.Fatalf("migrate sqlite: %v", err)
	}
	return db
}

// Postgres opens a migrated PostgreSQL database in a schema of its own. When
// EnvPostgres is unset it skips the test (skip=true) or returns nil; in CI
// (CI set) a missing URL fails the test instead.
func Postgres(t testing.TB, skip bool) *store.DB {
	t.Helper()
	dsn := PostgresURL(t, skip)
	if dsn == "" {
		return nil
	}
	ctx := context.Background()
	db, err := store.Open(ctx, dsn)
	if err != nil {
		t.Fatalf("open postgres schema: %v", err)
	}
	t.Cleanup(func() { db.Close() })
	if err := db.Migrate(ctx); err != nil {
		t.Fatalf("migrate postgres: %v", err)
	}
	return db
}

// PostgresURL makes an empty schema of its own, dropped after the test, and
// returns the URL that opens it (not migrated: several instances of the
// application may share it). Without EnvPostgres it behaves as Postgres.
func PostgresURL(t testing.TB, skip bool) string {
	t.Helper()
	base := os.Getenv(EnvPostgres)
	if base == "" {
		if os.Getenv("CI") != "" {
			t.Fatalf("%s is not set in CI: the PostgreSQL tests must run", EnvPostgres)
		}
		if skip {
			t.Skipf("PostgreSQL tests skipped: set %s=postgres://… to run them", EnvPostgres)
		}
		return ""
	}
	ctx := context.Background()
	schema := "t_" + strings.ToLower(rand.Text()[:16])
	admin, err := sql.Open("pgx", base)
	if err != nil {
		t.Fatalf("open postgres: %v", err)
	}
	if _, err := admin.ExecContext(ctx, "CREATE SCHEMA "+schema); err != nil {
		admin.Close()
		t.Fatalf("create schema: %v", err)
	}
	t.Cleanup(func() {
		_, _ = admin.ExecContext(context.Background(), "DROP SCHEMA "+schema+" CASCADE")
		admin.Close()
	})
	u, err := url.Parse(base)
	if err != nil {
		t.Fatalf("parse %s: %v", EnvPostgres, err)
	}
	q := u.Query()
	q.Set("search_path", schema)
	u.RawQuery = q.Encode()
	return u.String()
}

// Name is a readable label for subtests.
func Name(db *store.DB) string { return fmt.Sprint(db.Dialect) }
