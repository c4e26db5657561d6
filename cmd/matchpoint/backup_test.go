package main

import (
	"bytes"
	"context"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/store"
)

// A backup taken while the server runs and four writers add candidates holds
// every write acknowledged before it began and none acknowledged after it
// ended; restored into an empty data folder it is whole and current.
func TestBackupUnderWriteLoadRestores(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	productionAgency(t, dir)
	serve(t, "--data", dir, "--tenant", "acme") // the server holds the file open meanwhile

	// The writers: another process's pools on the same file.
	db, err := store.Open(ctx, filepath.Join(dir, "matchpoint.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	st := db.Store()
	ten, err := st.TenantBySlug(ctx, "acme")
	if err != nil {
		t.Fatal(err)
	}
	tctx := store.WithTenant(ctx, ten.ID)
	status := domain.CandidateStatus{Name: "Active"}
	if err := st.SaveCandidateStatus(tctx, &status); err != nil {
		t.Fatal(err)
	}
	var owner domain.ID
	if err := db.Raw().QueryRowContext(ctx, `SELECT id FROM users WHERE email = 'boss@acme.test'`).Scan(&owner); err != nil {
		t.Fatal(err)
	}
	var mu sync.Mutex
	var acked []domain.ID
	stop := make(chan struct{})
	var wg sync.WaitGroup
	for w := range 4 {
		wg.Go(func() {
			for n := 0; ; n++ {
				select {
				case <-stop:
					return
				default:
				}
				c := domain.Candidate{OwnerID: owner, StatusID: status.ID, FirstName: "Load", LastName: strings.Repeat("x", w+1), Language: "en"}
				if err := st.CreateCandidate(tctx, &c); err != nil {
					t.Errorf("writer %d: %v", w, err)
					return
				}
				mu.Lock()
				acked = append(acked, c.ID)
				mu.Unlock()
			}
		})
	}
	count := func() int { mu.Lock(); defer mu.Unlock(); return len(acked) }
	for count() < 200 {
		time.Sleep(10 * time.Millisecond)
	}
	mu.Lock()
	before := append([]domain.ID(nil), acked...)
	mu.Unlock()
	file := filepath.Join(t.TempDir(), "matchpoint-backup.db")
	var out bytes.Buffer
	if err := run(ctx, []string{"backup", "--data", dir, "--out", file}, &out, io.Discard); err != nil {
		t.Fatal(err)
	}
	mu.Lock()
	ended := len(acked)
	mu.Unlock()
	for count() < ended+100 {
		time.Sleep(10 * time.Millisecond)
	}
	close(stop)
	wg.Wait()
	mu.Lock()
	after := append([]domain.ID(nil), acked[ended:]...)
	mu.Unlock()
	t.Logf("%s; %d writes acknowledged before it began, %d during, %d after", strings.TrimSpace(out.String()), len(before), ended-len(before), len(after))

	// Restore into an empty data folder.
	dir2 := t.TempDir()
	out.Reset()
	if err := run(ctx, []string{"restore", "--data", dir2, "--from", file}, &out, io.Discard); err != nil {
		t.Fatal(err)
	}
	restored, err := store.Open(ctx, filepath.Join(dir2, "matchpoint.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer restored.Close()
	has := func(db *store.DB, id domain.ID) bool {
		_, err := db.Store().Candidate(tctx, id)
		if err != nil && !errors.Is(err, domain.ErrNotFound) {
			t.Fatal(err)
		}
		return err == nil
	}
	for _, id := range before {
		if !has(restored, id) {
			t.Fatalf("candidate %d, acknowledged before the backup began, is not in it", id)
		}
	}
	for _, id := range after {
		if has(restored, id) {
			t.Fatalf("candidate %d, acknowledged after the backup ended, is in it", id)
		}
	}
	if pending, unknown, err := restored.MigrationState(ctx); err != nil || len(pending)+len(unknown) > 0 {
		t.Fatalf("restored database: pending %v unknown %v err %v", pending, unknown, err)
	}
	if _, err := store.CheckBackup(ctx, filepath.Join(dir2, "matchpoint.db")); err != nil {
		t.Fatalf("restored database does not check out: %v", err)
	}
}

// Restore keeps what it replaces, and refuses a damaged file or one made by
// a newer version without changing anything; PostgreSQL is pointed to its
// own tools.
func TestRestoreChecksAndKeepsTheOld(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	productionAgency(t, dir)
	file := filepath.Join(t.TempDir(), "b.db")
	if err := run(ctx, []string{"backup", "--data", dir, "--out", file}, io.Discard, io.Discard); err != nil {
		t.Fatal(err)
	}
	if err := run(ctx, []string{"backup", "--data", dir, "--out", file}, io.Discard, io.Discard); err == nil {
		t.Fatal("a backup overwrote an existing file")
	}
	// A change after the backup, which the restore undoes.
	if err := run(ctx, []string{"tenant", "create", "--data", dir, "--slug", "later", "--name", "Later"}, io.Discard, io.Discard); err != nil {
		t.Fatal(err)
	}
	tenants := func() int {
		db, err := store.Open(ctx, filepath.Join(dir, "matchpoint.db"))
		if err != nil {
			t.Fatal(err)
		}
		defer db.Close()
		ts, err := db.Store().Tenants(ctx)
		if err != nil {
			t.Fatal(err)
		}
		return len(ts)
	}
	if tenants() != 2 {
		t.Fatal("setup: expected two agencies")
	}

	// Damaged: a page overwritten in the middle of the file.
	body, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	damaged := filepath.Join(t.TempDir(), "damaged.db")
	bad := bytes.Clone(body)
	for i := 8 * 4096; i < 9*4096 && i < len(bad); i++ {
		bad[i] = 0xA5
	}
	if err := os.WriteFile(damaged, bad, 0o600); err != nil {
		t.Fatal(err)
	}
	// Newer: a migration this binary does not know.
	newer := filepath.Join(t.TempDir(), "newer.db")
	if err := os.WriteFile(newer, body, 0o600); err != nil {
		t.Fatal(err)
	}
	ndb, err := store.Open(ctx, newer)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := ndb.Raw().ExecContext(ctx, `INSERT INTO schema_migrations (version) VALUES (99999)`); err != nil {
		t.Fatal(err)
	}
	ndb.Close()
	notDB := filepath.Join(t.TempDir(), "notes.txt")
	if err := os.WriteFile(notDB, []byte("not a database"), 0o600); err != nil {
		t.Fatal(err)
	}
	for name, f := range map[string]string{"damaged": damaged, "newer": newer, "not a database": notDB, "missing": filepath.Join(dir, "nope.db")} {
		err := run(ctx, []string{"restore", "--data", dir, "--from", f}, io.Discard, io.Discard)
		if err == nil {
			t.Errorf("%s backup restored", name)
			continue
		}
		t.Logf("%s: %v", name, err)
		if tenants() != 2 {
			t.Fatalf("a refused restore (%s) changed the database", name)
		}
	}

	var out bytes.Buffer
	if err := run(ctx, []string{"restore", "--data", dir, "--from", file}, &out, io.Discard); err != nil {
		t.Fatal(err)
	}
	if tenants() != 1 {
		t.Fatalf("after restore: %d agencies, want the backup's 1", tenants())
	}
	kept, _ := filepath.Glob(filepath.Join(dir, "matchpoint.db.before-restore-*"))
	if len(kept) != 1 {
		t.Fatalf("the replaced database was not kept: %v (%s)", kept, out.String())
	}
	if info, err := store.CheckBackup(ctx, kept[0]); err != nil || info.Tenants != 2 {
		t.Fatalf("kept copy: %+v %v", info, err)
	}
	if err := run(ctx, []string{"backup", "--database-url", "postgres://nobody@127.0.0.1:1/x", "--out", filepath.Join(t.TempDir(), "x")}, io.Discard, io.Discard); !errors.Is(err, store.ErrNotSQLite) {
		t.Fatalf("backup on PostgreSQL: %v", err)
	}
}
