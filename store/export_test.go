package store

import (
	"context"
	"database/sql"
	"time"

	"github.com/matchpoint/matchpoint/domain"
)

// CandidatesPlanned is Candidates with the PostgreSQL search's probe window
// and plan ("auto", "walk" or "index") set by the test, so that every path
// can be compared with the others. On SQLite the window is how many
// candidates a search with a long last word walks before FTS5's prefix
// query takes over; the plan is ignored.
func (s *Store) CandidatesPlanned(ctx context.Context, f CandidateFilter, window int, plan string) ([]domain.Candidate, bool, error) {
	return s.candidates(ctx, f, window, map[string]searchPlan{"auto": planAuto, "walk": planWalk, "index": planIndex}[plan])
}

// PreparedStatements is how many statements the reader and the writer
// pool keep prepared.
func (db *DB) PreparedStatements() (read, write int) {
	count := func(p *pool) int {
		p.mu.RLock()
		defer p.mu.RUnlock()
		return len(p.stmts)
	}
	return count(db.read), count(db.write)
}

// WaitPrepared waits for the statements a transaction asked to prepare.
func (db *DB) WaitPrepared() { db.write.wg.Wait() }

// StmtCacheSize is the bound of each pool's statement cache.
const StmtCacheSize = stmtCacheSize

// ReadRow runs a query on the reader pool, through its statement cache.
func (db *DB) ReadRow(ctx context.Context, query string, args ...any) *sql.Row {
	return db.read.QueryRowContext(ctx, query, args...)
}

// GroupCommits is how many batches SQLite's group commit has committed, and
// WaitingWriters how many callers wait for the writer now.
func (db *DB) GroupCommits() int64   { return db.write.group.commits.Load() }
func (db *DB) WaitingWriters() int32 { return db.write.group.waiting.Load() }

// SetGroupDelay changes how long a batch waits for more members.
func (db *DB) SetGroupDelay(d time.Duration) { db.write.group.delay = d }

// Trace calls fn with every statement the store runs until it is called
// with nil.
func (db *DB) Trace(fn func(query string, args []any)) {
	var f *func(string, []any)
	if fn != nil {
		f = &fn
	}
	db.read.trace.Store(f)
	db.write.trace.Store(f)
}

// ReadRows runs a query on the reader pool.
func (db *DB) ReadRows(ctx context.Context, query string, args ...any) (*sql.Rows, error) {
	return db.read.DB.QueryContext(ctx, query, args...)
}
