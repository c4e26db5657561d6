package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"time"

	"github.com/matchpoint/matchpoint/store"
)

// runBackup is `matchpoint backup --out FILE`: a consistent copy of the
// SQLite database, made while the server runs (store.DB.Backup).
func runBackup(ctx context.Context, args []string, stdout io.Writer) error {
	fs := flag.NewFlagSet("backup", flag.ContinueOnError)
	var dbf dbFlags
	dbf.register(fs)
	out := fs.String("out", "", "file to write the backup to (must not exist)")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if *out == "" {
		return errors.New("backup: --out FILE is required")
	}
	if !dbf.sqlite() {
		return store.ErrNotSQLite
	}
	db, err := dbf.open(ctx)
	if err != nil {
		return err
	}
	defer db.Close()
	start := time.Now()
	if err := db.Backup(ctx, *out); err != nil {
		return err
	}
	info, err := store.CheckBackup(ctx, *out)
	if err != nil {
		return fmt.Errorf("the backup does not check out: %w", err)
	}
	fmt.Fprintf(stdout, "backup of %s written to %s in %s: %d agencies, %d migrations; integrity checked\n",
		dbf.dsn(), *out, time.Since(start).Round(time.Millisecond), info.Tenants, info.Migrations)
	return nil
}

// runRestore is `matchpoint restore --from FILE`: it checks the backup and
// replaces the SQLite database's content with it, after keeping what it
// replaces beside the database. Stop the server first: a running one would
// go on from the backup's state, its sessions and queues included.
func runRestore(ctx context.Context, args []string, stdout io.Writer) error {
	fs := flag.NewFlagSet("restore", flag.ContinueOnError)
	var dbf dbFlags
	dbf.register(fs)
	from := fs.String("from", "", "backup file made by 'matchpoint backup'")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if *from == "" {
		return errors.New("restore: --from FILE is required")
	}
	if !dbf.sqlite() {
		return store.ErrNotSQLite
	}
	info, err := store.CheckBackup(ctx, *from)
	if err != nil {
		return fmt.Errorf("restore refused, nothing changed: %w", err)
	}
	_, statErr := os.Stat(dbf.dsn())
	db, err := dbf.open(ctx)
	if err != nil {
		return err
	}
	defer db.Close()
	if statErr == nil {
		kept := filepath.Join(filepath.Dir(dbf.dsn()), "matchpoint.db.before-restore-"+time.Now().Format("20060102-150405"))
		if err := db.Backup(ctx, kept); err != nil {
			return fmt.Errorf("restore: keep the current database first: %w", err)
		}
		fmt.Fprintf(stdout, "the database as it was is kept in %s\n", kept)
	}
	if err := db.Restore(ctx, *from); err != nil {
		return err
	}
	fmt.Fprintf(stdout, "restored %s from %s: %d agencies; %d migrations applied after\n", dbf.dsn(), *from, info.Tenants, info.Pending)
	return nil
}
