package store_test

import (
	"context"
	"fmt"
	"sync"
	"testing"
	"time"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/store"
	"github.com/matchpoint/matchpoint/store/storetest"
)

// On SQLite a statement is prepared once and reused by every later query
// with the same text, on the pools and in transactions.
func TestStatementCache_ReusesStatements(t *testing.T) {
	db := storetest.SQLite(t)
	st := db.Store()
	a := newAgency(t, st, "stmt")
	c := a.candidate(t, st, "Ada", "Lovelace")
	read0, _ := db.PreparedStatements()
	for range 5 {
		got, err := st.Candidate(a.ctx, c.ID)
		if err != nil {
			t.Fatal(err)
		}
		if got.LastName != "Lovelace" {
			t.Fatalf("candidate = %+v", got)
		}
	}
	read1, _ := db.PreparedStatements()
	if read1 != read0+1 {
		t.Fatalf("five lookups prepared %d statements, want 1", read1-read0)
	}
	// A transaction reuses what the writer prepared, and a statement first
	// seen in a transaction is prepared afterwards (not while the
	// transaction holds SQLite's only writer connection: that would wait
	// for ever).
	ctx, cancel := context.WithTimeout(a.ctx, 20*time.Second)
	defer cancel()
	for i := range 3 {
		err := st.InTx(ctx, func(tx *store.Store) error {
			got, err := tx.Candidate(ctx, c.ID)
			if err != nil {
				return err
			}
			got.City = fmt.Sprintf("London %d", i)
			return tx.UpdateCandidate(ctx, &got)
		})
		if err != nil {
			t.Fatalf("transaction %d: %v", i, err)
		}
		db.WaitPrepared()
	}
	got, err := st.Candidate(a.ctx, c.ID)
	if err != nil || got.City != "London 2" {
		t.Fatalf("after three updates: %+v, %v", got, err)
	}
	_, write := db.PreparedStatements()
	if write == 0 {
		t.Fatal("the writer prepared nothing after three transactions")
	}
}

// Forty clients reading and writing at once through the cached statements
// get every answer right.
func TestStatementCache_Concurrent(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		st := db.Store()
		a := newAgency(t, st, "stmtc")
		ids := make([]domain.ID, 10)
		for i := range ids {
			ids[i] = a.candidate(t, st, "Client", fmt.Sprintf("Number%02d", i)).ID
		}
		var wg sync.WaitGroup
		errs := make(chan error, 40)
		for g := range 40 {
			wg.Go(func() {
				for i := range 20 {
					id := ids[(g+i)%len(ids)]
					if g%4 == 0 {
						err := st.InTx(a.ctx, func(tx *store.Store) error {
							c, err := tx.Candidate(a.ctx, id)
							if err != nil {
								return err
							}
							c.Headline = fmt.Sprintf("written by %d", g)
							return tx.UpdateCandidate(a.ctx, &c)
						})
						if err != nil {
							errs <- err
							return
						}
						continue
					}
					c, err := st.Candidate(a.ctx, id)
					if err != nil {
						errs <- err
						return
					}
					if c.ID != id || c.FirstName != "Client" {
						errs <- fmt.Errorf("asked for %d, got %d %s", id, c.ID, c.FirstName)
						return
					}
				}
			})
		}
		wg.Wait()
		close(errs)
		for err := range errs {
			t.Error(err)
		}
	})
}

// Past its bound the cache stops growing and queries still run.
func TestStatementCache_Bounded(t *testing.T) {
	db := storetest.SQLite(t)
	ctx := context.Background()
	for i := range store.StmtCacheSize + 20 {
		var n int
		// Distinct texts, as a query built from unbounded input would be.
		if err := db.ReadRow(ctx, fmt.Sprintf("SELECT %d + $1", i), 1).Scan(&n); err != nil || n != i+1 {
			t.Fatalf("query %d: %d, %v", i, n, err)
		}
	}
	read, _ := db.PreparedStatements()
	if read != store.StmtCacheSize {
		t.Fatalf("cache holds %d statements, want its bound %d", read, store.StmtCacheSize)
	}
	// A statement that does not prepare reports its error where it runs.
	if err := db.ReadRow(ctx, "SELEKT 1").Scan(new(int)); err == nil {
		t.Fatal("a syntax error ran")
	}
}
