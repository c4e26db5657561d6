package store_test

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"testing"
	"time"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/store"
	"github.com/matchpoint/matchpoint/store/storetest"
)

// Issue 12: forty concurrent transactions on SQLite's single writer, every
// fifth failing: each caller that heard "done" finds its write at once
// from another connection, and no failed caller's write is there.
func TestGroupCommit_AcknowledgedWritesOnly(t *testing.T) {
	db := storetest.SQLite(t)
	st := db.Store()
	a := newAgency(t, st, "group")
	errFail := errors.New("this one fails")
	var wg sync.WaitGroup
	errs := make(chan error, 200)
	for g := range 40 {
		c := a.candidate(t, st, "Group", fmt.Sprintf("Commit%d", g)) // a few notes each: Notes lists the newest 50
		wg.Go(func() {
			for i := range 5 {
				subject := fmt.Sprintf("note %d-%d", g, i)
				fail := (g+i)%5 == 0
				err := st.InTx(a.ctx, func(tx *store.Store) error {
					n := domain.Note{SubjectKind: domain.SubjectCandidate, SubjectID: c.ID, AuthorKind: domain.AudienceOffice,
						AuthorID: a.user.ID, AuthorName: "Rec", Subject: subject, Body: "body"}
					if err := tx.CreateNote(a.ctx, &n); err != nil {
						return err
					}
					if fail {
						return errFail
					}
					return nil
				})
				switch {
				case fail && !errors.Is(err, errFail):
					errs <- fmt.Errorf("%s: want the caller's error, got %v", subject, err)
				case !fail && err != nil:
					errs <- fmt.Errorf("%s: %v", subject, err)
				}
				found, err := hasNote(a.ctx, st, c.ID, subject)
				if err != nil {
					errs <- err
				} else if found == fail {
					errs <- fmt.Errorf("%s: written %v after the caller heard err=%v", subject, found, fail)
				}
			}
		})
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
}

func hasNote(ctx context.Context, st *store.Store, candidateID domain.ID, subject string) (bool, error) {
	notes, err := st.Notes(ctx, domain.SubjectCandidate, candidateID, 1000)
	if err != nil {
		return false, err
	}
	for _, n := range notes {
		if n.Subject == subject {
			return true, nil
		}
	}
	return false, nil
}

// Issue 12: transactions that wait while one runs are committed together,
// one sync for all; a panic undoes only the panicking caller's write and
// reaches that caller.
func TestGroupCommit_Batches(t *testing.T) {
	db := storetest.SQLite(t)
	st := db.Store()
	a := newAgency(t, st, "batch")
	c := a.candidate(t, st, "Batch", "Commit")
	note := func(tx *store.Store, subject string) error {
		n := domain.Note{SubjectKind: domain.SubjectCandidate, SubjectID: c.ID, AuthorKind: domain.AudienceOffice,
			AuthorID: a.user.ID, AuthorName: "Rec", Subject: subject, Body: "body"}
		return tx.CreateNote(a.ctx, &n)
	}
	db.SetGroupDelay(time.Hour) // only "nobody waits" commits the batch
	hold, inside := make(chan struct{}), make(chan struct{})
	before := db.GroupCommits()
	var wg sync.WaitGroup
	wg.Go(func() {
		err := st.InTx(a.ctx, func(tx *store.Store) error {
			close(inside)
			<-hold // keep the writer while the others queue
			return note(tx, "first")
		})
		if err != nil {
			t.Error(err)
		}
	})
	<-inside
	panics := make(chan any, 1)
	for i := range 10 {
		wg.Go(func() {
			if i == 5 {
				defer func() { panics <- recover() }()
				_ = st.InTx(a.ctx, func(tx *store.Store) error {
					if err := note(tx, "panicked"); err != nil {
						return err
					}
					panic("boom")
				})
				return
			}
			if err := st.InTx(a.ctx, func(tx *store.Store) error { return note(tx, fmt.Sprintf("queued %d", i)) }); err != nil {
				t.Error(err)
			}
		})
	}
	deadline := time.Now().Add(10 * time.Second)
	for db.WaitingWriters() < 10 && time.Now().Before(deadline) {
		time.Sleep(time.Millisecond)
	}
	close(hold)
	wg.Wait()
	if p := <-panics; p != "boom" {
		t.Errorf("the panicking caller got %v", p)
	}
	if got := db.GroupCommits() - before; got != 1 {
		t.Errorf("eleven transactions queued together took %d commits, want 1", got)
	}
	for _, subject := range []string{"first", "queued 0", "queued 9", "panicked"} {
		found, err := hasNote(a.ctx, st, c.ID, subject)
		if err != nil {
			t.Fatal(err)
		}
		if found != (subject != "panicked") {
			t.Errorf("%s: found %v", subject, found)
		}
	}
	// A caller whose request is gone before its turn writes nothing.
	gone, cancel := context.WithCancel(a.ctx)
	cancel()
	if err := st.InTx(gone, func(tx *store.Store) error { return note(tx, "gone") }); !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled caller: %v", err)
	}
	if found, _ := hasNote(a.ctx, st, c.ID, "gone"); found {
		t.Error("a cancelled caller's write is there")
	}
}
