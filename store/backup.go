package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"modernc.org/sqlite"

	"github.com/matchpoint/matchpoint/domain"
)

// ErrNotSQLite is the answer of the SQLite backup and restore on
// PostgreSQL, whose own tools (pg_dump, pg_basebackup) do it better.
var ErrNotSQLite = errors.New("backup and restore are for the SQLite database; back PostgreSQL up with pg_dump or pg_basebackup (see the README)")

// Backup writes a consistent copy of the SQLite database to path while it
// serves: VACUUM INTO reads the database in one read transaction, so the
// copy holds every write committed before it began and none after, and
// writers go on meanwhile (WAL). The copy is written beside path and renamed
// into place once complete, so path never holds half a backup; an existing
// path is refused.
func (db *DB) Backup(ctx context.Context, path string) (err error) {
	defer domain.Wrap(&err, "store.Backup(%s)", path)
	if db.Dialect != SQLite {
		return ErrNotSQLite
	}
	if _, err := os.Stat(path); err == nil {
		return fmt.Errorf("%s exists; give a new file name", path)
	}
	tmp, err := os.CreateTemp(filepath.Dir(path), filepath.Base(path)+".partial-*")
	if err != nil {
		return err
	}
	tmpName := tmp.Name()
	tmp.Close()
	os.Remove(tmpName) // VACUUM INTO wants a new file
	defer os.Remove(tmpName)
	if _, err := db.read.ExecContext(ctx, `VACUUM INTO $1`, tmpName); err != nil {
		return err
	}
	if err := syncFile(tmpName); err != nil {
		return err
	}
	if err := os.Link(tmpName, path); err != nil { // fails rather than overwrite
		return err
	}
	return syncFile(filepath.Dir(path))
}

func syncFile(path string) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	return f.Sync()
}

// BackupInfo is what CheckBackup found in a backup file.
type BackupInfo struct {
	Migrations int // migrations applied in it
	Pending    int // migrations of this binary it lacks (applied on restore)
	Tenants    int // agencies in it
}

// CheckBackup opens the SQLite file at path read-only and checks that it
// can be restored: it is a whole SQLite database (integrity_check), its
// references hold (foreign_key_check), it is Matchpoint's (its migrations
// table), and this binary knows every migration applied in it (a backup of
// a newer version would be restored into a schema this binary misreads).
func CheckBackup(ctx context.Context, path string) (_ BackupInfo, err error) {
	defer domain.Wrap(&err, "store.CheckBackup(%s)", path)
	if _, err := os.Stat(path); err != nil {
		return BackupInfo{}, err
	}
	if strings.ContainsAny(path, "?#") {
		return BackupInfo{}, errors.New("the file name may not hold ? or #")
	}
	src, err := sql.Open("sqlite", readOnly(path))
	if err != nil {
		return BackupInfo{}, err
	}
	defer src.Close()
	var problems []string
	rows, err := src.QueryContext(ctx, `PRAGMA integrity_check`)
	if err != nil {
		return BackupInfo{}, fmt.Errorf("not a readable SQLite database: %w", err)
	}
	for rows.Next() {
		var line string
		if err := rows.Scan(&line); err != nil {
			rows.Close()
			return BackupInfo{}, err
		}
		if line != "ok" {
			problems = append(problems, line)
		}
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return BackupInfo{}, fmt.Errorf("integrity check: %w", err)
	}
	if len(problems) > 0 {
		return BackupInfo{}, fmt.Errorf("integrity check failed: %s", strings.Join(problems[:min(5, len(problems))], "; "))
	}
	var broken int
	if err := src.QueryRowContext(ctx, `SELECT COUNT(*) FROM pragma_foreign_key_check`).Scan(&broken); err != nil {
		return BackupInfo{}, fmt.Errorf("foreign key check: %w", err)
	}
	if broken > 0 {
		return BackupInfo{}, fmt.Errorf("foreign key check: %d rows refer to rows that are missing", broken)
	}
	p := newPool(src, false)
	probe := &DB{Dialect: SQLite, read: p, write: p}
	pending, unknown, err := probe.MigrationState(ctx)
	if err != nil {
		return BackupInfo{}, err
	}
	all, err := probe.migrationFiles()
	if err != nil {
		return BackupInfo{}, err
	}
	if len(pending) == len(all) {
		return BackupInfo{}, errors.New("not a Matchpoint database: no migration was applied in it")
	}
	if len(unknown) > 0 {
		return BackupInfo{}, fmt.Errorf("made by a newer Matchpoint: migrations %v are unknown to this one; restore it with that version", unknown)
	}
	info := BackupInfo{Migrations: len(all) - len(pending), Pending: len(pending)}
	if err := src.QueryRowContext(ctx, `SELECT COUNT(*) FROM tenants`).Scan(&info.Tenants); err != nil {
		return BackupInfo{}, fmt.Errorf("not a Matchpoint database: %w", err)
	}
	return info, nil
}

// Restore replaces the content of the SQLite database with the backup at
// path, after CheckBackup: SQLite's backup API copies its pages into the
// database in one write transaction, so the database is either all the old
// one or all the backup, and other connections (even another process) see
// the backup from their next transaction on. Migrations the backup lacks
// are applied after.
func (db *DB) Restore(ctx context.Context, path string) (err error) {
	defer domain.Wrap(&err, "store.Restore(%s)", path)
	if db.Dialect != SQLite {
		return ErrNotSQLite
	}
	if _, err := CheckBackup(ctx, path); err != nil {
		return err
	}
	if err := db.restorePages(ctx, path); err != nil {
		return err
	}
	return db.Migrate(ctx)
}

// restorePages copies the backup's pages over the database on the writer's
// connection, in one write transaction.
func (db *DB) restorePages(ctx context.Context, path string) error {
	conn, err := db.write.Conn(ctx)
	if err != nil {
		return err
	}
	defer conn.Close()
	return conn.Raw(func(dc any) error {
		r, ok := dc.(interface {
			NewRestore(string) (*sqlite.Backup, error)
		})
		if !ok {
			return fmt.Errorf("the SQLite driver offers no restore (%T)", dc)
		}
		b, err := r.NewRestore(readOnly(path))
		if err != nil {
			return err
		}
		for {
			more, err := b.Step(-1)
			if err != nil {
				return errors.Join(err, b.Finish())
			}
			if !more {
				return b.Finish()
			}
		}
	})
}

// readOnly is the driver's name for path opened read-only.
func readOnly(path string) string { return "file:" + path + "?mode=ro&_pragma=busy_timeout(10000)" }
