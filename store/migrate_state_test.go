package store_test

import (
	"context"
	"testing"

	"github.com/matchpoint/matchpoint/store"
	"github.com/matchpoint/matchpoint/store/storetest"
)

// MigrationState tells a database that is behind the binary (pending) from
// one a newer binary migrated (unknown); /readyz and restore read it.
func TestMigrationState(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		ctx := context.Background()
		pending, unknown, err := db.MigrationState(ctx)
		if err != nil || len(pending) != 0 || len(unknown) != 0 {
			t.Fatalf("migrated database: pending %v unknown %v err %v", pending, unknown, err)
		}
		var last int
		if err := db.Raw().QueryRowContext(ctx, `SELECT MAX(version) FROM schema_migrations`).Scan(&last); err != nil {
			t.Fatal(err)
		}
		if _, err := db.Raw().ExecContext(ctx, `DELETE FROM schema_migrations WHERE version = $1`, last); err != nil {
			t.Fatal(err)
		}
		if _, err := db.Raw().ExecContext(ctx, `INSERT INTO schema_migrations (version) VALUES (99999)`); err != nil {
			t.Fatal(err)
		}
		pending, unknown, err = db.MigrationState(ctx)
		if err != nil || len(pending) != 1 || pending[0] != last || len(unknown) != 1 || unknown[0] != 99999 {
			t.Fatalf("pending %v unknown %v err %v; want [%d] and [99999]", pending, unknown, err, last)
		}
	})
}
