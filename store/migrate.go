package store

import (
	"context"
	"database/sql"
	"database/sql/driver"
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/matchpoint/matchpoint/domain"
)

//go:embed migrations
var migrations embed.FS

// Migrate applies the embedded migrations of the dialect that are not applied
// yet, each in its own transaction. Migrations are append-only.
//
// Several instances may start at once on one database; each migration is
// still applied once. On PostgreSQL the whole run holds a session advisory
// lock (per schema) on one connection, so the first instance migrates and
// the others wait, then find everything applied. SQLite is one file with
// one writer: each migration's check and change run in one immediate
// (write-locking) transaction, so a second process on the same file waits
// for the write lock (busy_timeout) and then finds the migration applied.
// Indexes a migration added get statistics afterwards, once the migration
// connection is back in the pool (SQLite's writer pool has one).
func (db *DB) Migrate(ctx context.Context) error {
	if err := db.applyMigrations(ctx); err != nil {
		return err
	}
	return db.analyzeNewIndexes(ctx)
}

// applyMigrations applies the pending migrations on one connection, under
// the migration lock on PostgreSQL.
func (db *DB) applyMigrations(ctx context.Context) (err error) {
	list, err := db.migrationFiles()
	if err != nil {
		return err
	}
	conn, err := db.write.Conn(ctx)
	if err != nil {
		return fmt.Errorf("migrate: connect: %w", err)
	}
	defer conn.Close()
	if db.Dialect == Postgres {
		unlock, err := migrationLock(ctx, conn)
		if err != nil {
			return err
		}
		defer func() { err = errors.Join(err, unlock()) }()
	}
	if _, err := conn.ExecContext(ctx, `CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY)`); err != nil {
		return fmt.Errorf("create schema_migrations: %w", err)
	}
	for _, m := range list {
		if err := applyMigration(ctx, conn, m.path, m.version); err != nil {
			return err
		}
	}
	return nil
}

// migrationLockClass is the first key of the migrations' advisory lock; the
// second is the schema's, so the schemas of one server migrate apart.
const migrationLockClass = 0x4d50_4d31 // "MPM1"

// migrationLock takes the PostgreSQL session advisory lock of migrations
// on conn, waiting for an instance that holds it. The returned unlock
// releases it; should that fail, the connection is closed rather than
// returned to the pool holding the lock.
func migrationLock(ctx context.Context, conn *sql.Conn) (unlock func() error, err error) {
	const key = `$1, hashtext(current_schema())`
	if _, err := conn.ExecContext(ctx, `SELECT pg_advisory_lock(`+key+`)`, migrationLockClass); err != nil {
		return nil, fmt.Errorf("migrate: take the migration lock: %w", err)
	}
	return func() error {
		uctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 10*time.Second)
		defer cancel()
		if _, err := conn.ExecContext(uctx, `SELECT pg_advisory_unlock(`+key+`)`, migrationLockClass); err != nil {
			_ = conn.Raw(func(any) error { return driver.ErrBadConn })
			return fmt.Errorf("migrate: release the migration lock: %w", err)
		}
		return nil
	}, nil
}

// migrationFile is one embedded migration of the dialect.
type migrationFile struct {
	version int
	path    string
}

// migrationFiles lists the dialect's embedded migrations in order.
func (db *DB) migrationFiles() ([]migrationFile, error) {
	dir := "migrations/" + string(db.Dialect)
	entries, err := fs.ReadDir(migrations, dir)
	if err != nil {
		return nil, fmt.Errorf("read migrations: %w", err)
	}
	var out []migrationFile
	for _, e := range entries {
		if !strings.HasSuffix(e.Name(), ".sql") {
			continue
		}
		version, err := strconv.Atoi(strings.SplitN(e.Name(), "_", 2)[0])
		if err != nil {
			return nil, fmt.Errorf("migration %s: name must start with a number", e.Name())
		}
		out = append(out, migrationFile{version: version, path: dir + "/" + e.Name()})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].version < out[j].version })
	return out, nil
}

// MigrationState compares the database with the migrations this binary
// carries: pending are embedded but not applied (the database is behind),
// unknown are applied but not embedded (a newer binary migrated it). A
// database never migrated has every migration pending.
func (db *DB) MigrationState(ctx context.Context) (pending, unknown []int, err error) {
	defer domain.Wrap(&err, "store.MigrationState")
	list, err := db.migrationFiles()
	if err != nil {
		return nil, nil, err
	}
	applied := map[int]bool{}
	rows, err := db.read.QueryContext(ctx, `SELECT version FROM schema_migrations`)
	if err != nil {
		// No table yet: nothing was applied. Any other failure (the
		// database is down) is the caller's to report.
		if pingErr := db.Ping(ctx); pingErr != nil {
			return nil, nil, pingErr
		}
		rows = nil
	}
	if rows != nil {
		defer rows.Close()
		for rows.Next() {
			var v int
			if err := rows.Scan(&v); err != nil {
				return nil, nil, err
			}
			applied[v] = true
		}
		if err := rows.Err(); err != nil {
			return nil, nil, err
		}
	}
	for _, m := range list {
		if !applied[m.version] {
			pending = append(pending, m.version)
		}
		delete(applied, m.version)
	}
	for v := range applied {
		unknown = append(unknown, v)
	}
	sort.Ints(unknown)
	return pending, unknown, nil
}

// applyMigration applies one migration in a transaction on conn unless it
// was applied; the check is inside the transaction.
func applyMigration(ctx context.Context, conn *sql.Conn, path string, version int) error {
	tx, err := conn.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("migration %d: begin: %w", version, err)
	}
	defer tx.Rollback() //nolint:errcheck // no-op after commit
	var n int
	if err := tx.QueryRowContext(ctx, `SELECT COUNT(*) FROM schema_migrations WHERE version = $1`, version).Scan(&n); err != nil {
		return fmt.Errorf("migration %d: check: %w", version, err)
	}
	if n > 0 {
		return nil
	}
	body, err := migrations.ReadFile(path)
	if err != nil {
		return fmt.Errorf("migration %d: %w", version, err)
	}
	for _, stmt := range splitStatements(string(body)) {
		if _, err := tx.ExecContext(ctx, stmt); err != nil {
			return fmt.Errorf("migration %s: %w\n%s", path, err, stmt)
		}
	}
	if _, err := tx.ExecContext(ctx, `INSERT INTO schema_migrations (version) VALUES ($1)`, version); err != nil {
		return fmt.Errorf("migration %d: record: %w", version, err)
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("migration %d: commit: %w", version, err)
	}
	return nil
}

// splitStatements splits a migration on semicolons at line ends, keeping
// SQLite trigger bodies (CREATE TRIGGER … BEGIN … END;) and PostgreSQL
// dollar-quoted function bodies ($$ … $$) whole.
func splitStatements(sql string) []string {
	var out []string
	var cur strings.Builder
	trigger, inBody, inDollar := false, false, false
	for _, line := range strings.Split(sql, "\n") {
		trimmed := strings.TrimSpace(line)
		if !inDollar && (strings.HasPrefix(trimmed, "--") || trimmed == "" && cur.Len() == 0) {
			continue
		}
		cur.WriteString(line)
		cur.WriteByte('\n')
		upper := strings.ToUpper(trimmed)
		if strings.HasPrefix(upper, "CREATE TRIGGER") {
			trigger = true
		}
		if trigger && (upper == "BEGIN" || strings.HasSuffix(upper, " BEGIN")) {
			inBody = true
		}
		if strings.Count(trimmed, "$$")%2 == 1 {
			inDollar = !inDollar
		}
		if inDollar || !strings.HasSuffix(trimmed, ";") || inBody && upper != "END;" {
			continue
		}
		trigger, inBody = false, false
		if s := strings.TrimSpace(cur.String()); s != "" {
			out = append(out, s)
		}
		cur.Reset()
	}
	if s := strings.TrimSpace(cur.String()); s != "" {
		out = append(out, s)
	}
	return out
}

// analyzeNewIndexes gives statistics to every index that has none, on a
// SQLite database that has statistics (one the demo or an operator
// analysed). SQLite takes an index without statistics for a very selective
// one: after migration 0300 added three candidate indexes to the analysed
// 1,000,000-candidate demo, the consent list started from one of them and
// read every candidate (issue 12). ANALYZE of one index reads only that
// index. The sqlite_stat4 samples are dropped again (see migration 0200).
// A database without statistics is left without: its plans do not change.
func (db *DB) analyzeNewIndexes(ctx context.Context) error {
	if db.Dialect != SQLite {
		return nil
	}
	conn := db.write.DB
	var analysed int
	if err := conn.QueryRowContext(ctx, `SELECT COUNT(*) FROM sqlite_schema WHERE name = 'sqlite_stat1'`).Scan(&analysed); err != nil {
		return fmt.Errorf("look for statistics: %w", err)
	}
	if analysed == 0 {
		return nil
	}
	rows, err := conn.QueryContext(ctx, `SELECT i.name FROM sqlite_schema i
		WHERE i.type = 'index' AND i.name NOT IN (SELECT idx FROM sqlite_stat1 WHERE idx IS NOT NULL)
		AND EXISTS (SELECT 1 FROM sqlite_stat1 s WHERE s.tbl = i.tbl_name) ORDER BY i.name`)
	if err != nil {
		return fmt.Errorf("indexes without statistics: %w", err)
	}
	var names []string
	for rows.Next() {
		var name string
		if err := rows.Scan(&name); err != nil {
			rows.Close()
			return err
		}
		names = append(names, name)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return err
	}
	if len(names) == 0 {
		return nil
	}
	for _, name := range names {
		if _, err := conn.ExecContext(ctx, `ANALYZE "`+strings.ReplaceAll(name, `"`, `""`)+`"`); err != nil {
			return fmt.Errorf("analyze %s: %w", name, err)
		}
	}
	for _, q := range []string{`DELETE FROM sqlite_stat4`, `ANALYZE sqlite_schema`} {
		if _, err := conn.ExecContext(ctx, q); err != nil {
			return fmt.Errorf("%s: %w", q, err)
		}
	}
	return nil
}
