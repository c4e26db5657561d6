package store_test

import (
	"context"
	"os"
	"slices"
	"strconv"
	"testing"
	"time"

	"github.com/matchpoint/matchpoint/demo"
	"github.com/matchpoint/matchpoint/store"
	"github.com/matchpoint/matchpoint/store/storetest"
)

// benchDB opens the database a benchmark runs on. MATCHPOINT_BENCH_SQLITE
// (a file made by `matchpoint demo --candidates 1000000 --data DIR`) and
// MATCHPOINT_BENCH_POSTGRES (a URL of a database loaded the same way) point
// at a ready demo; otherwise a demo of MATCHPOINT_BENCH_CANDIDATES (default
// 20,000) candidates is built first, outside the timing.
func benchDB(b *testing.B, dialect store.Dialect) (*store.DB, context.Context) {
	b.Helper()
	ctx := context.Background()
	var db *store.DB
	var err error
	switch {
	case dialect == store.SQLite && os.Getenv("MATCHPOINT_BENCH_SQLITE") != "":
		db, err = store.Open(ctx, os.Getenv("MATCHPOINT_BENCH_SQLITE"))
	case dialect == store.Postgres && os.Getenv("MATCHPOINT_BENCH_POSTGRES") != "":
		db, err = store.Open(ctx, os.Getenv("MATCHPOINT_BENCH_POSTGRES"))
	default:
		if dialect == store.SQLite {
			db = storetest.SQLite(b)
		} else {
			db = storetest.Postgres(b, true)
		}
		n, _ := strconv.Atoi(os.Getenv("MATCHPOINT_BENCH_CANDIDATES"))
		if n <= 0 {
			n = 20000
		}
		if _, err := demo.Load(ctx, db, demo.Options{Candidates: n, Seed: 1}); err != nil {
			b.Fatal(err)
		}
	}
	if err != nil {
		b.Fatal(err)
	}
	t, err := db.Store().TenantBySlug(ctx, demo.Slug)
	if err != nil {
		b.Fatal(err)
	}
	return db, store.WithTenant(ctx, t.ID)
}

// searches are what recruiters type: names, a city, skills, an e-mail, two
// words at once, a rare prefix, and the plain list.
var searches = []string{"jansen", "anna", "amsterdam", "java", "forklift", "de vries", "python amsterdam",
	"ma", "kubernetes", "candidate@demo.test", "", "sales manager", "zz"}

// BenchmarkCandidateSearch measures the back office's candidate search (the
// first page of 50) and reports p50 and p99 over all queries.
func BenchmarkCandidateSearch(b *testing.B) {
	for _, dialect := range []store.Dialect{store.SQLite, store.Postgres} {
		b.Run(string(dialect), func(b *testing.B) {
			db, ctx := benchDB(b, dialect)
			st := db.Store()
			durations := make([]time.Duration, 0, b.N)
			b.ResetTimer()
			for i := 0; b.Loop(); i++ {
				start := time.Now()
				if _, _, err := st.Candidates(ctx, store.CandidateFilter{Query: searches[i%len(searches)], Limit: 50}); err != nil {
					b.Fatal(err)
				}
				durations = append(durations, time.Since(start))
			}
			b.StopTimer()
			reportPercentiles(b, durations)
		})
	}
}

func reportPercentiles(b *testing.B, d []time.Duration) {
	if len(d) == 0 {
		return
	}
	slices.Sort(d)
	at := func(p float64) float64 {
		i := int(p * float64(len(d)-1))
		return float64(d[i].Microseconds()) / 1000
	}
	b.ReportMetric(at(0.50), "p50-ms")
	b.ReportMetric(at(0.99), "p99-ms")
}
