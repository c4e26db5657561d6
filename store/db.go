// Package store keeps Matchpoint's data in SQLite or PostgreSQL with plain SQL
// written once for both. Every method is scoped to the tenant carried by its
// context; a context without a tenant is refused.
package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"time"

	_ "github.com/jackc/pgx/v5/stdlib" // PostgreSQL driver "pgx"
	_ "modernc.org/sqlite"             // SQLite driver "sqlite"
)

// Dialect names the database engine.
type Dialect string

const (
	SQLite   Dialect = "sqlite"
	Postgres Dialect = "postgres"
)

// DB is an open database: one pool for PostgreSQL; for SQLite a pool of one
// writer beside a pool of readers, because SQLite allows one writer at a time.
type DB struct {
	Dialect Dialect
	read    *pool
	write   *pool
	replica *replica // a PostgreSQL standby for reads that tolerate lag (nil: none)
	now     func() time.Time
}

// Open connects to dsn: a postgres:// URL, or a SQLite file path (optionally
// prefixed with sqlite:// or file:).
func Open(ctx context.Context, dsn string) (*DB, error) {
	if strings.HasPrefix(dsn, "postgres://") || strings.HasPrefix(dsn, "postgresql://") {
		return openPostgres(ctx, dsn)
	}
	return openSQLite(ctx, dsn)
}

func openPostgres(ctx context.Context, dsn string) (*DB, error) {
	pool, err := sql.Open("pgx", dsn)
	if err != nil {
		return nil, fmt.Errorf("open postgres: %w", err)
	}
	pool.SetMaxOpenConns(20)
	pool.SetMaxIdleConns(20)
	pool.SetConnMaxIdleTime(5 * time.Minute)
	if err := pool.PingContext(ctx); err != nil {
		pool.Close()
		return nil, fmt.Errorf("connect postgres: %w", err)
	}
	p := newPool(pool, false)
	return &DB{Dialect: Postgres, read: p, write: p, now: time.Now}, nil
}

func openSQLite(ctx context.Context, dsn string) (*DB, error) {
	path := strings.TrimPrefix(strings.TrimPrefix(dsn, "sqlite://"), "file:")
	if i := strings.IndexByte(path, '?'); i >= 0 {
		path = path[:i]
	}
	if dir := filepath.Dir(path); dir != "" {
		if err := os.MkdirAll(dir, 0o750); err != nil {
			return nil, fmt.Errorf("create data directory: %w", err)
		}
	}
	write, err := sql.Open("sqlite", sqliteDSN(path, sqliteWriterCacheKiB))
	if err != nil {
		return nil, fmt.Errorf("open sqlite: %w", err)
	}
	write.SetMaxOpenConns(1)
	write.SetConnMaxIdleTime(0)
	if err := write.PingContext(ctx); err != nil {
		write.Close()
		return nil, fmt.Errorf("open sqlite %s: %w", path, err)
	}
	read, err := sql.Open("sqlite", sqliteDSN(path, sqliteReaderCacheKiB))
	if err != nil {
		write.Close()
		return nil, fmt.Errorf("open sqlite readers: %w", err)
	}
	read.SetMaxOpenConns(8)
	read.SetMaxIdleConns(8)
	w := newPool(write, true)
	w.group = &groupCommit{p: w, delay: groupDelay}
	return &DB{Dialect: SQLite, read: newPool(read, true), write: w, now: time.Now}, nil
}

// Each connection keeps a page cache of its own. The readers' is small: the
// file is in the operating system's cache anyway, and eight caches of 64 MiB
// made the server's memory grow with the database (issue 12: RSS < 300 MB
// at a million candidates). The writer keeps more of the pages its
// transactions touch again and again.
const (
	sqliteReaderCacheKiB = 8 << 10
	sqliteWriterCacheKiB = 32 << 10
)

// sqliteDSN is the driver's address of the database file with the
// pragmas every connection runs.
func sqliteDSN(path string, cacheKiB int) string {
	q := url.Values{}
	q.Add("_pragma", "busy_timeout(10000)")
	q.Add("_pragma", "journal_mode(WAL)")
	q.Add("_pragma", "foreign_keys(1)")
	// FULL: a commit is on disk before it is acknowledged (in WAL mode
	// NORMAL may lose the last commits at a power cut); group commit
	// (db_group.go) pays the sync once for many transactions.
	q.Add("_pragma", "synchronous(FULL)")
	q.Add("_pragma", fmt.Sprintf("cache_size(-%d)", cacheKiB))
	// F2: deleted and overwritten content is zeroed, not left in free pages
	// and cell gaps where a byte search of the file would find it.
	q.Add("_pragma", "secure_delete(1)")
	q.Set("_txlock", "immediate")
	return "file:" + path + "?" + q.Encode()
}

// Close closes the pools.
func (db *DB) Close() error {
	var err error
	if db.replica != nil {
		err = db.replica.close()
	}
	err = errors.Join(err, db.write.Close())
	if db.read != db.write {
		err = errors.Join(err, db.read.Close())
	}
	return err
}

// Ping checks that the database answers.
func (db *DB) Ping(ctx context.Context) error {
	if err := db.read.PingContext(ctx); err != nil {
		return fmt.Errorf("ping %s: %w", db.Dialect, err)
	}
	return nil
}

// SetClock replaces the clock; tests use it to pin "now".
func (db *DB) SetClock(now func() time.Time) { db.now = now }

// Now is the store's current time in UTC, truncated to microseconds so that
// both databases give back what was written.
func (db *DB) Now() time.Time { return db.now().UTC().Truncate(time.Microsecond) }

// Raw returns the writer pool for bulk tools (the demo loader) that need SQL
// the store does not offer. Not for request handling.
func (db *DB) Raw() *sql.DB { return db.write.DB }

// Queries is how many statements the store has run on this database so
// far; tests use it to hold a page to a constant number of queries.
func (db *DB) Queries() int64 {
	n := db.write.queries.Load()
	if db.read != db.write {
		n += db.read.queries.Load()
	}
	return n
}

// querier is what the pools and a transaction offer the store.
type querier interface {
	ExecContext(ctx context.Context, query string, args ...any) (sql.Result, error)
	QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error)
	QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row
	PrepareContext(ctx context.Context, query string) (*sql.Stmt, error)
}
