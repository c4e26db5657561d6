package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"path/filepath"

	"github.com/matchpoint/matchpoint/store"
)

// dbFlags are the flags every command that opens the database shares.
type dbFlags struct {
	dataDir     string
	databaseURL string
}

func (d *dbFlags) register(fs *flag.FlagSet) {
	fs.StringVar(&d.dataDir, "data", "data", "directory for the SQLite database and files")
	fs.StringVar(&d.databaseURL, "database-url", os.Getenv("MATCHPOINT_DATABASE_URL"),
		"PostgreSQL URL (postgres://…); empty runs on SQLite in --data (env MATCHPOINT_DATABASE_URL)")
}

// sqlite reports whether the command runs on the SQLite trial database.
func (d *dbFlags) sqlite() bool { return d.databaseURL == "" }

func (d *dbFlags) dsn() string {
	if d.databaseURL != "" {
		return d.databaseURL
	}
	return filepath.Join(d.dataDir, "matchpoint.db")
}

// open connects and migrates.
func (d *dbFlags) open(ctx context.Context) (*store.DB, error) {
	db, err := store.Open(ctx, d.dsn())
	if err != nil {
		return nil, err
	}
	if err := db.Migrate(ctx); err != nil {
		db.Close()
		return nil, fmt.Errorf("migrate: %w", err)
	}
	return db, nil
}
