package store

import (
	"context"
	"embed"
	"fmt"
	"io/fs"
	"sort"
	"strconv"
	"strings"
)

//go:embed migrations
var migrations embed.FS

// Migrate applies the embedded migrations of the dialect that are not applied
// yet, each in its own transaction. Migrations are append-only.
func (db *DB) Migrate(ctx context.Context) error {
	if _, err := db.write.DB.ExecContext(ctx, `CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY)`); err != nil {
		return fmt.Errorf("create schema_migrations: %w", err)
	}
	dir := "migrations/" + string(db.Dialect)
	entries, err := fs.ReadDir(migrations, dir)
	if err != nil {
		return fmt.Errorf("read migrations: %w", err)
	}
	names := make([]string, 0, len(entries))
	for _, e := range entries {
		if strings.HasSuffix(e.Name(), ".sql") {
			names = append(names, e.Name())
		}
	}
	sort.Strings(names)
	for _, name := range names {
		version, err := strconv.Atoi(strings.SplitN(name, "_", 2)[0])
		if err != nil {
			return fmt.Errorf("migration %s: name must start with a number", name)
		}
		if err := db.applyMigration(ctx, dir+"/"+name, version); err != nil {
			return err
		}
	}
	return db.analyzeNewIndexes(ctx)
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
