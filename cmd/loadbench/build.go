package main

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"time"

	"github.com/matchpoint/matchpoint/store"
)

// buildBinary builds ./cmd/matchpoint into the data directory, unless -bin
// names a binary.
func buildBinary(ctx context.Context, cfg config) (string, error) {
	if cfg.bin != "" {
		return cfg.bin, nil
	}
	bin := filepath.Join(cfg.dataDir, "matchpoint")
	cmd := exec.CommandContext(ctx, "go", "build", "-o", bin, "./cmd/matchpoint")
	cmd.Stdout, cmd.Stderr = os.Stderr, os.Stderr
	if err := cmd.Run(); err != nil {
		return "", fmt.Errorf("build matchpoint (run loadbench from the repository root): %w", err)
	}
	return bin, nil
}

// dbArgs are the matchpoint flags that select the benchmark's database.
func dbArgs(cfg config) []string {
	if cfg.databaseURL != "" {
		return []string{"--database-url", cfg.databaseURL}
	}
	return []string{"--data", cfg.dataDir}
}

func sqlitePath(cfg config) string { return filepath.Join(cfg.dataDir, "matchpoint.db") }

// ensureDemo reuses the demo agency when the database holds one of the
// wanted size and builds it otherwise (measuring time and peak RSS). A
// database holding another number of candidates is an error, not something
// to overwrite.
func ensureDemo(ctx context.Context, cfg config, bin string, out io.Writer) error {
	n, err := demoCandidates(ctx, cfg)
	if err != nil {
		return err
	}
	switch {
	case n == cfg.candidates:
		fmt.Fprintf(out, "demo: reusing %d candidates in %s\n", n, where(cfg))
		return nil
	case n > 0:
		return fmt.Errorf("%s holds a demo of %d candidates, not %d: choose another -data or database", where(cfg), n, cfg.candidates)
	}
	fmt.Fprintf(out, "demo: building %d candidates in %s …\n", cfg.candidates, where(cfg))
	args := append([]string{"demo", "--candidates", fmt.Sprint(cfg.candidates), "--quiet"}, dbArgs(cfg)...)
	cmd := exec.CommandContext(ctx, bin, args...)
	cmd.Stdout, cmd.Stderr = out, os.Stderr
	start := time.Now()
	if err := cmd.Start(); err != nil {
		return fmt.Errorf("start demo: %w", err)
	}
	peak := sampleRSS(cmd.Process.Pid)
	err = cmd.Wait()
	rss := peak()
	if err != nil {
		return fmt.Errorf("demo: %w", err)
	}
	fmt.Fprintf(out, "demo: built in %s, peak RSS %d MB, load average %s\n",
		time.Since(start).Round(time.Second), rss>>20, loadAverage())
	return nil
}

func where(cfg config) string {
	if cfg.databaseURL != "" {
		return "the PostgreSQL database"
	}
	return sqlitePath(cfg)
}

// openDB opens the benchmark's database for the harness's own look-ups.
func openDB(ctx context.Context, cfg config) (*store.DB, error) {
	dsn := cfg.databaseURL
	if dsn == "" {
		dsn = sqlitePath(cfg)
	}
	return store.Open(ctx, dsn)
}

// demoCandidates counts the demo agency's candidates; 0 when the database
// is new or has no demo agency.
func demoCandidates(ctx context.Context, cfg config) (int, error) {
	if cfg.databaseURL == "" {
		if _, err := os.Stat(sqlitePath(cfg)); errors.Is(err, os.ErrNotExist) {
			return 0, nil
		}
	}
	db, err := openDB(ctx, cfg)
	if err != nil {
		return 0, err
	}
	defer db.Close()
	var n int
	err = db.Raw().QueryRowContext(ctx, `SELECT COUNT(*) FROM candidates c JOIN tenants t ON t.id = c.tenant_id WHERE t.slug = 'demo'`).Scan(&n)
	if err != nil {
		// No schema yet: the demo command migrates and loads.
		var one int
		if db.Raw().QueryRowContext(ctx, `SELECT 1 FROM tenants LIMIT 1`).Scan(&one) != nil || errors.Is(err, sql.ErrNoRows) {
			return 0, nil
		}
		return 0, fmt.Errorf("count demo candidates: %w", err)
	}
	return n, nil
}
