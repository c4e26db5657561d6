package store

import (
	"context"
	"embed"
	"fmt"
	"io/fs"
	"sort"
	"strconv"
	"strings"

	"github.com/matchpoint/matchpoint/domain"
)

//go:embed migrations
var migrations embed.FS

// Migrate applies the embedded migrations of the dialect that are not applied
// yet, each in its own transaction. Migrations are append-only.
func (db *DB) Migrate(ctx context.Context) error {
	if _, err := db.write.ExecContext(ctx, `CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY)`); err != nil {
		return fmt.Errorf("create schema_migrations: %w", err)
	}
	list, err := db.migrationFiles()
	if err != nil {
		return err
	}
	for _, m := range list {
		if err := db.applyMigration(ctx, m.path, m.version); err != nil {
			return err
		}
	}
	return nil
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

func (db *DB) applyMigration(ctx context.Context, path string, version int) error {
	tx, err := db.write.BeginTx(ctx, nil)
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
