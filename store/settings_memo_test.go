package store_test

import (
	"testing"

	"github.com/matchpoint/matchpoint/store"
	"github.com/matchpoint/matchpoint/store/storetest"
)

// A3: within a request the settings are read once; a save in the request
// is seen at once, reads in a transaction go to the database, and a
// request without the memo always reads the database.
func TestSettingsMemo_A3(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		st := db.Store()
		a := newAgency(t, st, "memo")
		behind := func(years int) { // another request changes the stored settings
			t.Helper()
			set, err := st.Settings(a.ctx)
			if err != nil {
				t.Fatal(err)
			}
			set.RetentionYears = years
			if err := st.SaveSettings(a.ctx, set); err != nil {
				t.Fatal(err)
			}
		}
		behind(4)
		req := store.WithSettingsMemo(a.ctx)
		read := func(ctxStore *store.Store) int {
			t.Helper()
			set, err := ctxStore.Settings(req)
			if err != nil {
				t.Fatal(err)
			}
			return set.RetentionYears
		}
		if got := read(st); got != 4 {
			t.Fatalf("first read: %d years, want 4", got)
		}
		behind(5)
		if got := read(st); got != 4 {
			t.Errorf("second read in the request went to the database: %d years, want the kept 4", got)
		}
		if err := st.InTx(req, func(tx *store.Store) error {
			if got := read(tx); got != 5 {
				t.Errorf("read in a transaction: %d years, want the stored 5", got)
			}
			return nil
		}); err != nil {
			t.Fatal(err)
		}
		set, err := st.Settings(req)
		if err != nil {
			t.Fatal(err)
		}
		set.RetentionYears = 6
		if err := st.SaveSettings(req, set); err != nil {
			t.Fatal(err)
		}
		if got := read(st); got != 6 {
			t.Errorf("after the request's own save: %d years, want 6", got)
		}
		behind(7)
		if set, err := st.Settings(a.ctx); err != nil || set.RetentionYears != 7 {
			t.Errorf("without the memo: %d years (%v), want 7", set.RetentionYears, err)
		}
	})
}
