package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"sync"
	"sync/atomic"
	"time"
)

// SQLite has one writer, and a commit that is durable (synchronous=FULL)
// waits for the disk: about 1.7 ms on the project's machine, which alone
// would cap writes near 600 a second. Group commit runs the transactions
// that arrive while one is running inside one SQLite transaction, each in a
// savepoint of its own, and commits them together: one write of the log and
// one sync for all of them, and no caller hears "done" before its write is
// on disk (issue 12).
//
// Each caller runs its own function on its own goroutine while it holds the
// writer (mu), as it held the single write connection before. A function
// that fails is rolled back to its savepoint and its caller gets its error
// at once; the others are not touched. After each function the holder
// commits the batch when nobody is waiting for the writer, when the batch
// holds groupMax transactions or when its first member has waited
// groupDelay; the callers of
// a batch return when it is committed, with the commit's error if it failed.
// Whoever waits for mu takes its turn, so a batch is always committed by its
// last member or a later one.
const (
	groupMax   = 64
	groupDelay = 10 * time.Millisecond
)

type groupCommit struct {
	p       *pool
	delay   time.Duration // groupDelay; tests set it
	mu      sync.Mutex
	waiting atomic.Int32 // callers waiting for mu
	cur     *batch       // the open transaction, nil between batches
	commits atomic.Int64 // batches committed, for tests
}

// batch is one SQLite transaction holding the writes of several callers.
type batch struct {
	tx      *sql.Tx
	started time.Time // when its first member was done
	members int
	done    chan struct{}
	err     error // of the commit; read after done is closed
}

// run runs fn in a savepoint of the open batch (beginning one if none is
// open) and returns once the batch is committed. A panic in fn rolls its
// savepoint back and goes on in the caller.
func (g *groupCommit) run(ctx context.Context, fn func(tx *sql.Tx) error) error {
	g.waiting.Add(1)
	g.mu.Lock()
	g.waiting.Add(-1)
	returned := false
	defer func() {
		if returned {
			return
		}
		// fn ended its goroutine (runtime.Goexit, as t.FailNow does): undo
		// its writes and let the others go on.
		if g.cur != nil {
			if _, err := g.cur.tx.Exec(`ROLLBACK TO member`); err != nil {
				g.abort(err)
			} else if _, err := g.cur.tx.Exec(`RELEASE member`); err != nil {
				g.abort(err)
			}
		}
		g.commitIfDue()
		g.mu.Unlock()
	}()
	b, err, p := g.member(ctx, fn)
	returned = true
	g.commitIfDue()
	g.mu.Unlock()
	if p != nil {
		panic(p)
	}
	if err != nil || b == nil {
		return err
	}
	<-b.done
	if b.err != nil {
		return fmt.Errorf("commit: %w", translate(b.err))
	}
	return nil
}

// member runs fn in the open batch. It returns the batch to wait for when
// fn succeeded, fn's error, or what fn panicked with. mu is held.
func (g *groupCommit) member(ctx context.Context, fn func(tx *sql.Tx) error) (b *batch, err error, panicked any) {
	if err := ctx.Err(); err != nil {
		return nil, err, nil
	}
	if g.cur == nil {
		// The batch outlives the caller that began it: not its context.
		tx, err := g.p.DB.BeginTx(context.WithoutCancel(ctx), nil)
		if err != nil {
			return nil, fmt.Errorf("begin: %w", translate(err)), nil
		}
		g.cur = &batch{tx: tx, done: make(chan struct{})}
	}
	b = g.cur
	if _, err := b.tx.Exec(`SAVEPOINT member`); err != nil {
		g.abort(err)
		return nil, fmt.Errorf("savepoint: %w", err), nil
	}
	err, panicked = guard(func() error { return fn(b.tx) })
	if err == nil && panicked == nil {
		if _, rerr := b.tx.Exec(`RELEASE member`); rerr != nil {
			g.abort(rerr)
			return nil, fmt.Errorf("release savepoint: %w", rerr), nil
		}
		if b.members++; b.members == 1 {
			b.started = time.Now()
		}
		return b, nil, nil
	}
	// Undo this caller's writes only; the batch goes on.
	if _, rerr := b.tx.Exec(`ROLLBACK TO member`); rerr != nil {
		g.abort(rerr)
	} else if _, rerr := b.tx.Exec(`RELEASE member`); rerr != nil {
		g.abort(rerr)
	}
	return nil, err, panicked
}

// guard runs fn and returns its error or what it panicked with.
func guard(fn func() error) (err error, panicked any) {
	defer func() { panicked = recover() }()
	return fn(), nil
}

// commitIfDue commits the open batch when nobody waits to join it, or when
// it is full or old enough. mu is held.
func (g *groupCommit) commitIfDue() {
	b := g.cur
	if b == nil || g.waiting.Load() > 0 && b.members < groupMax && (b.members == 0 || time.Since(b.started) < g.delay) {
		return
	}
	g.cur = nil
	if b.members == 0 {
		b.err = b.tx.Rollback()
	} else {
		b.err = b.tx.Commit()
		g.commits.Add(1)
	}
	close(b.done)
}

// abort rolls the open batch back after its transaction broke: every member
// gets the error. mu is held.
func (g *groupCommit) abort(cause error) {
	b := g.cur
	if b == nil {
		return
	}
	g.cur = nil
	b.err = errors.Join(errors.New("group commit aborted"), cause, b.tx.Rollback())
	close(b.done)
}
