package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"sync"
	"time"
)

// A replica is a PostgreSQL standby that pages tolerating a little lag
// read from (lists, searches, reports, dashboards). It is used only while
// it has replayed everything the primary had written maxLag ago; a monitor
// compares the two every tick and sends every read to the primary when the
// standby falls behind, stops answering or was never a standby.
type replica struct {
	pool   *pool
	maxLag time.Duration
	tick   time.Duration

	mu      sync.Mutex
	samples []lsnSample // the primary's write position, oldest first
	fresh   bool        // the standby is within maxLag
	stop    context.CancelFunc
	done    chan struct{}
}

// lsnSample is the primary's WAL write position at a time.
type lsnSample struct {
	at  time.Time
	lsn uint64
}

type lagKey struct{}

// TolerateLag returns ctx whose reads may go to the standby (when one is
// attached and current): for pages that show lists, searches, reports and
// dashboards and do not follow the reader's own write.
func TolerateLag(ctx context.Context) context.Context {
	return context.WithValue(ctx, lagKey{}, true)
}

func lagTolerated(ctx context.Context) bool {
	ok, _ := ctx.Value(lagKey{}).(bool)
	return ok
}

// AttachReplica connects to a PostgreSQL standby of this database (dsn),
// checks that it is one (in recovery), and starts watching its lag: reads
// of contexts marked with TolerateLag go to it while it is no more than
// maxLag behind. Close stops the watch and closes its pool.
func (db *DB) AttachReplica(ctx context.Context, dsn string, maxLag time.Duration) error {
	if db.Dialect != Postgres {
		return errors.New("a read replica needs PostgreSQL: --database-url must be a postgres:// URL")
	}
	if !strings.HasPrefix(dsn, "postgres://") && !strings.HasPrefix(dsn, "postgresql://") {
		return errors.New("the replica URL must be a postgres:// URL")
	}
	conn, err := sql.Open("pgx", dsn)
	if err != nil {
		return fmt.Errorf("open replica: %w", err)
	}
	conn.SetMaxOpenConns(20)
	conn.SetMaxIdleConns(20)
	conn.SetConnMaxIdleTime(5 * time.Minute)
	var standby bool
	if err := conn.QueryRowContext(ctx, `SELECT pg_is_in_recovery()`).Scan(&standby); err != nil {
		conn.Close()
		return fmt.Errorf("connect replica: %w", err)
	}
	if !standby {
		conn.Close()
		return errors.New("the replica URL names a server that is not a standby (pg_is_in_recovery() is false)")
	}
	wctx, stop := context.WithCancel(context.WithoutCancel(ctx))
	r := &replica{pool: newPool(conn, false), maxLag: maxLag, tick: maxLag / 5, stop: stop, done: make(chan struct{})}
	if r.tick <= 0 {
		r.tick = 200 * time.Millisecond
	}
	r.check(wctx, db.write)
	db.replica = r
	go r.watch(wctx, db.write)
	return nil
}

// ReplicaFresh reports whether reads that tolerate lag go to the standby
// now (false without one).
func (db *DB) ReplicaFresh() bool {
	if db.replica == nil {
		return false
	}
	db.replica.mu.Lock()
	defer db.replica.mu.Unlock()
	return db.replica.fresh
}

func (r *replica) watch(ctx context.Context, primary *pool) {
	defer close(r.done)
	t := time.NewTicker(r.tick)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
			r.check(ctx, primary)
		}
	}
}

// check samples the primary's write position and the standby's replay
// position and decides whether the standby may serve: it must have
// replayed the newest position the primary had at least maxLag ago (or, in
// the first maxLag, the primary's current one).
func (r *replica) check(ctx context.Context, primary *pool) {
	cctx, cancel := context.WithTimeout(ctx, r.maxLag)
	defer cancel()
	now := time.Now()
	written, errP := readLSN(cctx, primary, `SELECT pg_current_wal_lsn()::text`)
	replayed, errR := readLSN(cctx, r.pool, `SELECT COALESCE(pg_last_wal_replay_lsn(), '0/0')::text`)
	r.mu.Lock()
	defer r.mu.Unlock()
	if errP != nil || errR != nil {
		r.fresh = false
		return
	}
	r.samples = append(r.samples, lsnSample{now, written})
	need := written
	cut := 0
	for i, s := range r.samples {
		if now.Sub(s.at) < r.maxLag {
			break
		}
		need, cut = s.lsn, i
	}
	r.samples = r.samples[cut:]
	r.fresh = replayed >= need
}

// readLSN reads a WAL position ("16/B374D848") as a number.
func readLSN(ctx context.Context, p *pool, query string) (uint64, error) {
	var text string
	if err := p.DB.QueryRowContext(ctx, query).Scan(&text); err != nil {
		return 0, err
	}
	hi, lo, ok := strings.Cut(text, "/")
	if !ok {
		return 0, fmt.Errorf("WAL position %q", text)
	}
	h, err := strconv.ParseUint(hi, 16, 32)
	if err != nil {
		return 0, fmt.Errorf("WAL position %q: %w", text, err)
	}
	l, err := strconv.ParseUint(lo, 16, 32)
	if err != nil {
		return 0, fmt.Errorf("WAL position %q: %w", text, err)
	}
	return h<<32 | l, nil
}

func (r *replica) close() error {
	r.stop()
	<-r.done
	return r.pool.Close()
}

// replicaReader is the store's reader when a standby is attached: a read
// goes to the standby when its context tolerates lag and the standby is
// current, to the primary otherwise. Statements that write never come
// here (they use the writer).
type replicaReader struct {
	primary *pool
	r       *replica
}

func (q replicaReader) pick(ctx context.Context) *pool {
	if !lagTolerated(ctx) {
		return q.primary
	}
	q.r.mu.Lock()
	fresh := q.r.fresh
	q.r.mu.Unlock()
	if fresh {
		return q.r.pool
	}
	return q.primary
}

func (q replicaReader) ExecContext(ctx context.Context, query string, args ...any) (sql.Result, error) {
	return q.primary.ExecContext(ctx, query, args...)
}

func (q replicaReader) QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error) {
	return q.pick(ctx).QueryContext(ctx, query, args...)
}

func (q replicaReader) QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row {
	return q.pick(ctx).QueryRowContext(ctx, query, args...)
}

func (q replicaReader) PrepareContext(ctx context.Context, query string) (*sql.Stmt, error) {
	return q.primary.PrepareContext(ctx, query)
}

// ReplicaReads is how many statements went to the standby so far (0
// without one); tests use it to see where reads go.
func (db *DB) ReplicaReads() int64 {
	if db.replica == nil {
		return 0
	}
	return db.replica.pool.queries.Load()
}

// HasReplica reports whether a standby is attached.
func (db *DB) HasReplica() bool { return db.replica != nil }
