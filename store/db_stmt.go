package store

import (
	"context"
	"database/sql"
	"sync"
	"sync/atomic"
)

// stmtCacheSize bounds the statements a pool keeps prepared. The store's
// SQL is written in the code, so the distinct texts are a few hundred; the
// bound only keeps a future query built from unbounded input (an IN list
// per element) from growing the cache without end: past it, queries run
// unprepared as before.
const stmtCacheSize = 1024

// pool is a database/sql pool whose statements are prepared once per
// connection and reused, instead of being parsed and planned afresh for
// every query (issue 12: on the 1,000,000-candidate demo, preparing was
// 30–60 % of the CPU of a detail page). database/sql does the per-connection
// bookkeeping: a *sql.Stmt prepares itself on each connection it runs on
// and keeps it there, and Tx.StmtContext reuses what the transaction's
// connection has prepared.
//
// Only SQLite's pools cache: pgx already keeps a statement cache per
// connection (its default query mode), so a second layer would only add
// round trips.
type pool struct {
	*sql.DB
	cache bool

	// group, on SQLite's writer, commits concurrent transactions and
	// single writes together.
	group *groupCommit

	mu      sync.RWMutex
	stmts   map[string]*sql.Stmt
	pending map[string]bool // being prepared after a transaction asked
	closed  bool
	wg      sync.WaitGroup

	// queries counts the statements run, for tests that hold a page to a
	// constant number of queries; trace, when set, sees each of them (the
	// query plan test explains what the store runs).
	queries atomic.Int64
	trace   atomic.Pointer[func(query string, args []any)]
}

func (p *pool) count(query string, args []any) {
	p.queries.Add(1)
	if f := p.trace.Load(); f != nil {
		(*f)(query, args)
	}
}

func newPool(db *sql.DB, cache bool) *pool {
	return &pool{DB: db, cache: cache, stmts: map[string]*sql.Stmt{}, pending: map[string]bool{}}
}

// stmt returns the prepared statement for query, preparing it on first
// use; nil when the pool does not cache, the cache is full, or the caller
// runs in a transaction and the statement is not prepared yet.
func (p *pool) stmt(ctx context.Context, query string, inTx bool) *sql.Stmt {
	if !p.cache {
		return nil
	}
	p.mu.RLock()
	st, full := p.stmts[query], len(p.stmts) >= stmtCacheSize
	p.mu.RUnlock()
	if st != nil || full {
		return st
	}
	if inTx {
		// The transaction holds a connection (on SQLite's writer, the
		// only one): preparing on the pool now could wait for it for
		// ever. This call runs unprepared; the statement is prepared
		// once the pool has a connection free.
		p.prepareLater(query)
		return nil
	}
	return p.prepare(context.WithoutCancel(ctx), query)
}

// prepare prepares query on the pool and keeps it, unless another caller
// was quicker or the cache is full. A statement that does not prepare (a
// syntax error) is left to the plain call, which reports the error where it
// happens.
func (p *pool) prepare(ctx context.Context, query string) *sql.Stmt {
	st, err := p.DB.PrepareContext(ctx, query)
	if err != nil {
		return nil
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	if old := p.stmts[query]; old != nil || len(p.stmts) >= stmtCacheSize {
		_ = st.Close()
		return old
	}
	p.stmts[query] = st
	return st
}

func (p *pool) prepareLater(query string) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.pending[query] || p.closed {
		return
	}
	p.pending[query] = true
	p.wg.Go(func() {
		p.prepare(context.Background(), query)
		p.mu.Lock()
		delete(p.pending, query)
		p.mu.Unlock()
	})
}

func (p *pool) ExecContext(ctx context.Context, query string, args ...any) (sql.Result, error) {
	if p.group != nil {
		// A write of its own is a transaction of one statement: it joins
		// the group commit instead of syncing the disk by itself.
		var res sql.Result
		err := p.group.run(ctx, func(tx *sql.Tx) (err error) {
			res, err = txQuerier{tx: tx, p: p, detach: true}.ExecContext(ctx, query, args...)
			return err
		})
		return res, err
	}
	p.count(query, args)
	if st := p.stmt(ctx, query, false); st != nil {
		return st.ExecContext(ctx, args...)
	}
	return p.DB.ExecContext(ctx, query, args...)
}

func (p *pool) QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error) {
	p.count(query, args)
	if st := p.stmt(ctx, query, false); st != nil {
		return st.QueryContext(ctx, args...)
	}
	return p.DB.QueryContext(ctx, query, args...)
}

func (p *pool) QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row {
	p.count(query, args)
	if st := p.stmt(ctx, query, false); st != nil {
		return st.QueryRowContext(ctx, args...)
	}
	return p.DB.QueryRowContext(ctx, query, args...)
}

// Close closes the cached statements and the pool.
func (p *pool) Close() error {
	p.mu.Lock()
	p.closed = true
	p.mu.Unlock()
	p.wg.Wait()
	p.mu.Lock()
	for q, st := range p.stmts {
		_ = st.Close()
		delete(p.stmts, q)
	}
	p.mu.Unlock()
	return p.DB.Close()
}

// txQuerier runs a transaction's statements through its pool's cache: the
// transaction's connection reuses what it prepared before.
type txQuerier struct {
	tx *sql.Tx
	p  *pool
	// detach runs the statements without the caller's cancellation: in a
	// group commit an interrupted write would make SQLite roll back the
	// whole transaction, the other callers' writes with it.
	detach bool
}

func (t txQuerier) ctx(ctx context.Context) context.Context {
	if t.detach {
		return context.WithoutCancel(ctx)
	}
	return ctx
}

func (t txQuerier) ExecContext(ctx context.Context, query string, args ...any) (sql.Result, error) {
	ctx = t.ctx(ctx)
	t.p.count(query, args)
	if st := t.p.stmt(ctx, query, true); st != nil {
		return t.tx.StmtContext(ctx, st).ExecContext(ctx, args...)
	}
	return t.tx.ExecContext(ctx, query, args...)
}

func (t txQuerier) QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error) {
	ctx = t.ctx(ctx)
	t.p.count(query, args)
	if st := t.p.stmt(ctx, query, true); st != nil {
		return t.tx.StmtContext(ctx, st).QueryContext(ctx, args...)
	}
	return t.tx.QueryContext(ctx, query, args...)
}

func (t txQuerier) QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row {
	ctx = t.ctx(ctx)
	t.p.count(query, args)
	if st := t.p.stmt(ctx, query, true); st != nil {
		return t.tx.StmtContext(ctx, st).QueryRowContext(ctx, args...)
	}
	return t.tx.QueryRowContext(ctx, query, args...)
}

// PrepareContext prepares a statement of the transaction's own, for a bulk
// insert that runs one statement many times; it is closed with the
// transaction.
func (t txQuerier) PrepareContext(ctx context.Context, query string) (*sql.Stmt, error) {
	return t.tx.PrepareContext(t.ctx(ctx), query)
}
