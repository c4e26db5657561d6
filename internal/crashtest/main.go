// Command crashtest is the outbox's crash test (G2, F2): it builds
// matchpoint, runs it against an SMTP sink while writers post privacy
// requests in the Professional Portal (two mails each), kills the server
// with SIGKILL at random moments and restarts it at once, many times; then
// it checks that every acknowledged write is stored exactly once, that every
// mail was delivered, how many twice, and how long any mail waited after a
// restart. Run it from the repository root:
//
//	go run ./internal/crashtest -cycles 30
//	go run ./internal/crashtest -cycles 30 -postgres postgres://postgres@127.0.0.1:5432/test?sslmode=disable
//
// doc/crashtest.md holds the figures of recorded runs.
package main

import (
	"context"
	"crypto/rand"
	"database/sql"
	"flag"
	"fmt"
	"io"
	mrand "math/rand/v2"
	"net/url"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/matchpoint/matchpoint/store"
)

type config struct {
	cycles         int
	writers        int
	pace           time.Duration
	minUp, maxUp   time.Duration
	drain          time.Duration
	maxHeld        time.Duration
	postgres       string
	keep           bool
	serverLogToErr bool
}

func main() {
	var c config
	flag.IntVar(&c.cycles, "cycles", 20, "how many times to kill and restart the server")
	flag.IntVar(&c.writers, "writers", 20, "concurrent writers")
	flag.DurationVar(&c.pace, "pace", 250*time.Millisecond, "each writer's pause after an acknowledged write (0: as fast as the server answers)")
	flag.DurationVar(&c.minUp, "min-up", 2*time.Second, "shortest time the server runs between kills")
	flag.DurationVar(&c.maxUp, "max-up", 6*time.Second, "longest time the server runs between kills")
	flag.DurationVar(&c.drain, "drain", 2*time.Minute, "how long to wait for the outbox to empty after the last restart")
	flag.DurationVar(&c.maxHeld, "max-held", 30*time.Second, "the longest a mail may wait after a restart")
	flag.StringVar(&c.postgres, "postgres", "", "run on PostgreSQL at this URL (a schema of its own is created and dropped); empty runs on SQLite")
	flag.BoolVar(&c.keep, "keep", false, "keep the data directory (and the PostgreSQL schema) afterwards")
	flag.BoolVar(&c.serverLogToErr, "server-log", false, "show the server's log on stderr")
	flag.Parse()
	if err := run(context.Background(), c, os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "crashtest:", err)
		os.Exit(1)
	}
}

func run(ctx context.Context, c config, out io.Writer) error {
	dir, err := os.MkdirTemp("", "matchpoint-crashtest-")
	if err != nil {
		return err
	}
	if !c.keep {
		defer os.RemoveAll(dir)
	}
	bin, err := build(ctx, dir)
	if err != nil {
		return err
	}
	mails, err := startSink()
	if err != nil {
		return err
	}
	defer mails.close()
	addr, err := freeAddr()
	if err != nil {
		return err
	}
	dsn := filepath.Join(dir, "matchpoint.db")
	args := []string{"--data", dir, "--smtp-url", mails.url()}
	engine := "SQLite"
	if c.postgres != "" {
		engine = "PostgreSQL"
		var drop func()
		if dsn, drop, err = pgSchema(ctx, c.postgres); err != nil {
			return err
		}
		if !c.keep {
			defer drop()
		}
		args = append(args, "--database-url", dsn, "--demo=true")
	}
	serverLog := os.Stderr
	if !c.serverLogToErr {
		if serverLog, err = os.Create(filepath.Join(dir, "server.log")); err != nil {
			return err
		}
		defer serverLog.Close()
	}

	load := loadAvg()
	fmt.Fprintf(out, "crashtest on %s: %d cycles, %d writers pausing %s, server up %s–%s between kills; load average before: %s\n",
		engine, c.cycles, c.writers, c.pace, c.minUp, c.maxUp, load)
	srv, err := startServer(bin, args, addr, serverLog)
	if err != nil {
		return err
	}
	starts := []time.Time{srv.started}
	db, err := store.Open(ctx, dsn)
	if err != nil {
		srv.kill()
		return err
	}
	defer db.Close()

	w := &writers{base: "http://" + addr, email: "candidate@demo.test", password: "matchpoint-demo", pace: c.pace}
	wctx, stopWriters := context.WithCancel(ctx)
	wg := w.run(wctx, c.writers)
	claimedAtKill := map[int64]int{} // mail id -> the incarnation (index in starts) that restarted after its claimant died
	maxClaimed := 0
	for cycle := range c.cycles {
		up := c.minUp + time.Duration(mrand.Int64N(int64(c.maxUp-c.minUp)+1))
		time.Sleep(up)
		srv.kill()
		claimed, err := claimedIDs(ctx, db)
		if err != nil {
			stopWriters()
			return err
		}
		maxClaimed = max(maxClaimed, len(claimed))
		for _, id := range claimed {
			if _, seen := claimedAtKill[id]; !seen { // stranded since this kill
				claimedAtKill[id] = len(starts)
			}
		}
		if srv, err = startServer(bin, args, addr, serverLog); err != nil {
			stopWriters()
			return fmt.Errorf("restart %d: %w", cycle+1, err)
		}
		starts = append(starts, srv.started)
		fmt.Fprintf(out, "  cycle %2d: up %s, killed with %d mails claimed, back in %s\n",
			cycle+1, up.Round(100*time.Millisecond), len(claimed), srv.ready.Sub(srv.started).Round(time.Millisecond))
	}
	stopWriters()
	wg.Wait()
	deadline := time.Now().Add(c.drain)
	for {
		n, err := undelivered(ctx, db)
		if err != nil {
			return err
		}
		if n == 0 || time.Now().After(deadline) {
			break
		}
		time.Sleep(200 * time.Millisecond)
	}
	time.Sleep(time.Second) // the last mails' sessions end
	srv.kill()
	return report(ctx, c, out, db, w, mails, starts, claimedAtKill, maxClaimed)
}

func report(ctx context.Context, c config, out io.Writer, db *store.DB, w *writers, mails *sink, starts []time.Time,
	claimedAtKill map[int64]int, maxClaimed int) error {
	var problems []string
	counts, err := writeCounts(ctx, db)
	if err != nil {
		return err
	}
	acked := w.acknowledged()
	missing, doubled := 0, 0
	for _, tok := range acked {
		switch n := counts[tok]; {
		case n == 0:
			missing++
		case n > 1:
			doubled++
		}
	}
	stored := 0
	for _, n := range counts {
		stored += n
	}
	rows, err := outboxRows(ctx, db)
	if err != nil {
		return err
	}
	arrived := map[int64][]time.Time{}
	for mid, times := range mails.deliveries() {
		if id, ok := outboxID(mid); ok {
			arrived[id] = append(arrived[id], times...)
		}
	}
	delivered, duplicates, notDelivered := 0, 0, 0
	var held, heldAfterKill []time.Duration
	for id, r := range rows {
		at := arrived[id]
		if len(at) == 0 {
			notDelivered++
			continue
		}
		delivered++
		duplicates += len(at) - 1
		slices.SortFunc(at, func(a, b time.Time) int { return a.Compare(b) })
		// Held: from the queueing when the process that queued it sent it,
		// else from the first restart after the queueing.
		queuedIn, sentIn := incarnation(starts, r.createdAt), incarnation(starts, at[0])
		due := r.createdAt
		if sentIn > queuedIn {
			due = starts[queuedIn+1]
		}
		d := at[0].Sub(due)
		held = append(held, d)
		if i, ok := claimedAtKill[id]; ok {
			// The first arrival after the restart (an arrival before it is
			// the dead process's send that it could not record: a duplicate).
			for _, a := range at {
				if !a.Before(starts[i]) {
					heldAfterKill = append(heldAfterKill, a.Sub(starts[i]))
					break
				}
			}
		}
	}
	slices.Sort(held)
	slices.Sort(heldAfterKill)
	worst := percentile(held, 1)
	fmt.Fprintf(out, "\nwrites:  %d attempted, %d acknowledged, %d stored; acknowledged but missing %d, stored twice %d\n",
		w.attempts.Load(), len(acked), stored, missing, doubled)
	fmt.Fprintf(out, "mails:   %d queued, %d delivered, %d not delivered, %d delivered twice\n", len(rows), delivered, notDelivered, duplicates)
	fmt.Fprintf(out, "waiting: per mail, from its queueing (or, when a kill came between, from the first restart after it) to its arrival:\n")
	fmt.Fprintf(out, "         median %s, p99 %s, max %s\n", percentile(held, 0.5).Round(time.Millisecond),
		percentile(held, 0.99).Round(time.Millisecond), worst.Round(time.Millisecond))
	fmt.Fprintf(out, "         the %d mails a killed server had claimed (at most %d at one kill): median %s, max %s after the first restart\n",
		len(heldAfterKill), maxClaimed, percentile(heldAfterKill, 0.5).Round(time.Millisecond), percentile(heldAfterKill, 1).Round(time.Millisecond))
	fmt.Fprintf(out, "load average after: %s\n", loadAvg())
	if missing > 0 || doubled > 0 {
		problems = append(problems, fmt.Sprintf("%d acknowledged writes missing, %d stored twice", missing, doubled))
	}
	if notDelivered > 0 {
		problems = append(problems, fmt.Sprintf("%d mails not delivered", notDelivered))
	}
	if len(acked) == 0 || len(rows) < 2*len(acked) {
		problems = append(problems, fmt.Sprintf("%d mails for %d acknowledged writes: the load did not run", len(rows), len(acked)))
	}
	if worst > c.maxHeld {
		problems = append(problems, fmt.Sprintf("a mail waited %s, more than %s", worst.Round(time.Millisecond), c.maxHeld))
	}
	if len(problems) > 0 {
		return fmt.Errorf("FAILED: %s", strings.Join(problems, "; "))
	}
	fmt.Fprintln(out, "PASS")
	return nil
}

// pgSchema creates a schema of its own on the server at base and returns
// the URL that uses it, and how to drop it.
func pgSchema(ctx context.Context, base string) (string, func(), error) {
	u, err := url.Parse(base)
	if err != nil {
		return "", nil, err
	}
	admin, err := sql.Open("pgx", base)
	if err != nil {
		return "", nil, err
	}
	schema := "crashtest_" + strings.ToLower(rand.Text()[:10])
	if _, err := admin.ExecContext(ctx, "CREATE SCHEMA "+schema); err != nil {
		admin.Close()
		return "", nil, fmt.Errorf("create schema: %w", err)
	}
	drop := func() {
		_, _ = admin.ExecContext(context.Background(), "DROP SCHEMA "+schema+" CASCADE")
		admin.Close()
	}
	q := u.Query()
	q.Set("search_path", schema)
	u.RawQuery = q.Encode()
	return u.String(), drop, nil
}

func loadAvg() string {
	b, err := os.ReadFile("/proc/loadavg")
	if err != nil {
		return "unknown"
	}
	return strings.Join(strings.Fields(string(b))[:3], " ")
}
