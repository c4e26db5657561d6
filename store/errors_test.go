package store_test

import (
	"context"
	"database/sql"
	"path/filepath"
	"testing"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/store"
	"github.com/matchpoint/matchpoint/store/storetest"
)

// Issue 14: the driver's errors of both engines become the same domain
// kinds, found by their codes: a second agency with the same slug is a
// conflict, a candidate owned by no recruiter an invalid reference.
func TestDriverErrorsByCode(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		st := db.Store()
		a := newAgency(t, st, "codes")
		err := st.CreateTenant(context.Background(), &domain.Tenant{Slug: "codes", Name: "Again", DefaultLanguage: "en"})
		if domain.KindOf(err) != domain.KindConflict || domain.KeyOf(err) != "error.duplicate" {
			t.Errorf("duplicate slug: %v", err)
		}
		c := domain.Candidate{OwnerID: 999999, StatusID: a.status.ID, FirstName: "No", LastName: "Owner", Language: "en"}
		err = st.CreateCandidate(a.ctx, &c)
		if domain.KindOf(err) != domain.KindInvalid || domain.KeyOf(err) != "error.reference" {
			t.Errorf("unknown owner: %v", err)
		}
	})
}

// Issue 14: SQLite's "database is locked" (another writer holds the file
// past the busy timeout) is "busy, try again", not an internal error.
func TestSQLiteBusyIsUnavailable(t *testing.T) {
	path := filepath.Join(t.TempDir(), "busy.db")
	db, err := store.Open(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if err := db.Migrate(context.Background()); err != nil {
		t.Fatal(err)
	}
	if _, err := db.Raw().Exec(`PRAGMA busy_timeout = 20`); err != nil {
		t.Fatal(err)
	}
	other, err := sql.Open("sqlite", "file:"+path)
	if err != nil {
		t.Fatal(err)
	}
	defer other.Close()
	conn, err := other.Conn(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	if _, err := conn.ExecContext(context.Background(), `BEGIN IMMEDIATE`); err != nil {
		t.Fatal(err)
	}
	defer conn.ExecContext(context.Background(), `ROLLBACK`) //nolint:errcheck // test clean-up
	err = db.Store().CreateTenant(context.Background(), &domain.Tenant{Slug: "busy", Name: "Busy", DefaultLanguage: "en"})
	if domain.KindOf(err) != domain.KindUnavailable || domain.KeyOf(err) != "error.busy" {
		t.Fatalf("a write while another holds the file: %v", err)
	}
}
