package demo_test

import (
	"context"
	"os"
	"strconv"
	"testing"
	"time"

	"github.com/matchpoint/matchpoint/demo"
	"github.com/matchpoint/matchpoint/store"
	"github.com/matchpoint/matchpoint/store/storetest"
)

// TestLoadLarge measures a big load; it runs only when MATCHPOINT_DEMO_LARGE
// holds a candidate count, e.g.
//
//	MATCHPOINT_DEMO_LARGE=1000000 go test -run TestLoadLarge -v -timeout 1h ./demo
func TestLoadLarge(t *testing.T) {
	n, _ := strconv.Atoi(os.Getenv("MATCHPOINT_DEMO_LARGE"))
	if n <= 0 {
		t.Skip("set MATCHPOINT_DEMO_LARGE=<candidates> to run")
	}
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		start := time.Now()
		res, err := demo.Load(context.Background(), db, demo.Options{Candidates: n, Seed: 1, Progress: os.Stderr})
		if err != nil {
			t.Fatal(err)
		}
		t.Logf("%s: %d candidates in %s", db.Dialect, n, time.Since(start).Round(time.Second))
		var total int64
		for table, rows := range res.Counts {
			t.Logf("%-22s %10d", table, rows)
			total += rows
		}
		t.Logf("%-22s %10d", "total rows", total)
		if db.Dialect == store.SQLite {
			var pages, size int64
			_ = db.Raw().QueryRow(`PRAGMA page_count`).Scan(&pages)
			_ = db.Raw().QueryRow(`PRAGMA page_size`).Scan(&size)
			t.Logf("database size %.0f MiB", float64(pages*size)/(1<<20))
			return
		}
		var size string
		_ = db.Raw().QueryRow(`SELECT pg_size_pretty(SUM(pg_total_relation_size(c.oid)))
			FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
			WHERE n.nspname = current_schema() AND c.relkind = 'r'`).Scan(&size)
		t.Logf("schema size %s", size)
	})
}
