package store_test

import (
	"context"
	"testing"

	"github.com/matchpoint/matchpoint/store/storetest"
)

// Issue 12: on an analysed SQLite database an index a migration adds gets
// statistics when the migrations run (SQLite took one without them for a
// very selective index and read every candidate); a database never
// analysed stays without.
func TestMigrateAnalyzesNewIndexes(t *testing.T) {
	ctx := context.Background()
	db := storetest.SQLite(t)
	raw := db.Raw()
	stat1 := func() (tables, rows int) {
		if err := raw.QueryRowContext(ctx, `SELECT COUNT(*) FROM sqlite_schema WHERE name = 'sqlite_stat1'`).Scan(&tables); err != nil {
			t.Fatal(err)
		}
		if tables > 0 {
			if err := raw.QueryRowContext(ctx, `SELECT COUNT(*) FROM sqlite_stat1 WHERE idx = 'candidates_later'`).Scan(&rows); err != nil {
				t.Fatal(err)
			}
		}
		return tables, rows
	}
	if _, err := raw.ExecContext(ctx, `DROP TABLE IF EXISTS sqlite_stat1`); err != nil {
		t.Fatal(err)
	}
	if _, err := raw.ExecContext(ctx, `CREATE INDEX candidates_later ON candidates (tenant_id, city)`); err != nil {
		t.Fatal(err)
	}
	if err := db.Migrate(ctx); err != nil {
		t.Fatal(err)
	}
	if tables, _ := stat1(); tables != 0 {
		t.Fatal("a database never analysed got statistics")
	}
	a := newAgency(t, db.Store(), "stats")
	for _, name := range []string{"Ada", "Bob", "Cy"} {
		a.candidate(t, db.Store(), name, "Later")
	}
	if _, err := raw.ExecContext(ctx, `DROP INDEX candidates_later`); err != nil {
		t.Fatal(err)
	}
	if _, err := raw.ExecContext(ctx, `ANALYZE`); err != nil {
		t.Fatal(err)
	}
	// A later migration adds an index.
	if _, err := raw.ExecContext(ctx, `CREATE INDEX candidates_later ON candidates (tenant_id, city)`); err != nil {
		t.Fatal(err)
	}
	if _, rows := stat1(); rows != 0 {
		t.Fatal("the new index has statistics before the migrations ran")
	}
	if err := db.Migrate(ctx); err != nil {
		t.Fatal(err)
	}
	if _, rows := stat1(); rows != 1 {
		t.Fatalf("the new index has %d rows of statistics, want 1", rows)
	}
	var samples int
	if err := raw.QueryRowContext(ctx, `SELECT COUNT(*) FROM sqlite_stat4`).Scan(&samples); err != nil {
		t.Fatal(err)
	}
	if samples != 0 {
		t.Errorf("%d sqlite_stat4 samples kept", samples)
	}
}
