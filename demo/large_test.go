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

// BenchmarkDemoLoad measures a load of MATCHPOINT_DEMO_LARGE candidates
// (default 5,000) on each engine, and reports rows and database size, e.g.
//
//	MATCHPOINT_DEMO_LARGE=1000000 go test -run '^$' -bench DemoLoad -benchtime 1x -timeout 1h ./demo
func BenchmarkDemoLoad(b *testing.B) {
	n, _ := strconv.Atoi(os.Getenv("MATCHPOINT_DEMO_LARGE"))
	if n <= 0 {
		n = 5000
	}
	for _, dialect := range []store.Dialect{store.SQLite, store.Postgres} {
		b.Run(string(dialect), func(b *testing.B) {
			for b.Loop() {
				b.StopTimer()
				var db *store.DB
				if dialect == store.SQLite {
					db = storetest.SQLite(b)
				} else {
					db = storetest.Postgres(b, true)
				}
				b.StartTimer()
				start := time.Now()
				res, err := demo.Load(context.Background(), db, demo.Options{Candidates: n, Seed: 1})
				if err != nil {
					b.Fatal(err)
				}
				b.StopTimer()
				var total int64
				for _, rows := range res.Counts {
					total += rows
				}
				b.ReportMetric(float64(total), "rows")
				b.ReportMetric(time.Since(start).Seconds(), "s/load")
				b.ReportMetric(sizeMiB(db), "MiB")
				b.StartTimer()
			}
		})
	}
}

func sizeMiB(db *store.DB) float64 {
	if db.Dialect == store.SQLite {
		var pages, size int64
		_ = db.Raw().QueryRow(`PRAGMA page_count`).Scan(&pages)
		_ = db.Raw().QueryRow(`PRAGMA page_size`).Scan(&size)
		return float64(pages*size) / (1 << 20)
	}
	var bytes int64
	_ = db.Raw().QueryRow(`SELECT COALESCE(SUM(pg_total_relation_size(c.oid)), 0)
		FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
		WHERE n.nspname = current_schema() AND c.relkind = 'r'`).Scan(&bytes)
	return float64(bytes) / (1 << 20)
}
