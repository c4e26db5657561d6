package demo

import (
	"context"
	"database/sql"
	"fmt"
	"strings"

	"github.com/matchpoint/matchpoint/store"
)

// The candidate full-text triggers of migration 0001 (SQLite). During the
// load they are dropped and the index is rebuilt in one pass at the end, which
// is many times faster than a million trigger runs; they are then created
// again exactly as the migration has them.
var searchTriggers = []struct{ name, create string }{
	{"candidates_fts_insert", `CREATE TRIGGER candidates_fts_insert AFTER INSERT ON candidates BEGIN
    INSERT INTO candidates_fts(rowid, search_text) VALUES (new.id, new.search_text);
END`},
	{"candidates_fts_delete", `CREATE TRIGGER candidates_fts_delete AFTER DELETE ON candidates BEGIN
    INSERT INTO candidates_fts(candidates_fts, rowid, search_text) VALUES ('delete', old.id, old.search_text);
END`},
	{"candidates_fts_update", `CREATE TRIGGER candidates_fts_update AFTER UPDATE OF search_text ON candidates BEGIN
    INSERT INTO candidates_fts(candidates_fts, rowid, search_text) VALUES ('delete', old.id, old.search_text);
    INSERT INTO candidates_fts(rowid, search_text) VALUES (new.id, new.search_text);
END`},
}

// dropSearchTriggers runs inside the load's transaction, so a failed load
// leaves the triggers in place.
func (l *loader) dropSearchTriggers() {
	for _, tr := range searchTriggers {
		l.exec("DROP TRIGGER IF EXISTS " + tr.name)
	}
}

// rebuildSearch refills the FTS index from candidates.search_text (all
// tenants: the index is external-content and rebuilds from the table) and
// restores the triggers.
func (l *loader) rebuildSearch() {
	l.exec(`INSERT INTO candidates_fts(candidates_fts) VALUES('rebuild')`)
	for _, tr := range searchTriggers {
		l.exec(tr.create)
	}
}

// resetSequences moves each PostgreSQL identity past the ids the loader
// chose itself, so that later inserts without an id do not collide.
func (l *loader) resetSequences() {
	for _, name := range l.idTables() {
		l.exec(fmt.Sprintf(`SELECT setval(pg_get_serial_sequence('%s', 'id'), MAX(id)) FROM %s`, name, name))
	}
}

// sqliteTune gives the load connection a 32 MiB page cache and returns a
// function that puts the old size back. The indexes that a million
// candidates would fill in random key order are built after the rows are in
// (dropCandidateIndexes); what is left is filled in key order and needs
// little cache.
func sqliteTune(ctx context.Context, conn *sql.Conn) (restore func(), err error) {
	var old int64
	if err := conn.QueryRowContext(ctx, `PRAGMA cache_size`).Scan(&old); err != nil {
		return nil, fmt.Errorf("read cache_size: %w", err)
	}
	if _, err := conn.ExecContext(ctx, `PRAGMA cache_size = -32768`); err != nil {
		return nil, fmt.Errorf("set cache_size: %w", err)
	}
	return func() {
		_, _ = conn.ExecContext(context.Background(), fmt.Sprintf(`PRAGMA cache_size = %d`, old))
	}, nil
}

// dropCandidateIndexes drops the secondary indexes of candidates (name,
// e-mail, owner) inside the load's transaction and returns the statements
// that create them again, as the migrations wrote them. Filled row by row
// in random key order they needed a page cache holding all of them (128
// MiB, and 400 MB of memory at a million candidates); built at once from a
// sort they need a few megabytes and less time.
func (l *loader) dropCandidateIndexes() []string {
	if l.err != nil {
		return nil
	}
	rows, err := l.tx.QueryContext(l.ctx, `SELECT name, sql FROM sqlite_schema
		WHERE type = 'index' AND tbl_name = 'candidates' AND sql IS NOT NULL ORDER BY name`)
	if err != nil {
		l.fail(fmt.Errorf("list candidate indexes: %w", err))
		return nil
	}
	var names, create []string
	for rows.Next() {
		var name, q string
		if err := rows.Scan(&name, &q); err != nil {
			rows.Close()
			l.fail(err)
			return nil
		}
		names, create = append(names, name), append(create, q)
	}
	rows.Close()
	for _, name := range names {
		l.exec(`DROP INDEX ` + name)
	}
	return create
}

// finish runs after the commit: fresh planner statistics (on SQLite
// without sqlite_stat4), and on SQLite the
// write-ahead log folded back into the database file and truncated.
func (l *loader) finish(ctx context.Context, conn *sql.Conn) error {
	var names []string
	for _, t := range l.tables {
		names = append(names, t.name)
	}
	if l.dialect == store.SQLite {
		// sqlite_stat1 only: with sqlite_stat4 samples SQLite prepares a
		// statement again each time a value compared with a sampled index
		// is bound, which undoes the store's statement cache (see migration
		// 0200).
		for _, q := range []string{`ANALYZE`, `DELETE FROM sqlite_stat4`, `ANALYZE sqlite_schema`} {
			if _, err := conn.ExecContext(ctx, q); err != nil {
				return fmt.Errorf("%s: %w", q, err)
			}
		}
		if _, err := conn.ExecContext(ctx, `PRAGMA wal_checkpoint(TRUNCATE)`); err != nil {
			return fmt.Errorf("checkpoint: %w", err)
		}
		return nil
	}
	if _, err := conn.ExecContext(ctx, `ANALYZE `+strings.Join(names, ", ")); err != nil {
		return fmt.Errorf("analyze: %w", err)
	}
	return nil
}
