package web_test

import (
	"context"
	"database/sql"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/matchpoint/matchpoint/store"
	"github.com/matchpoint/matchpoint/store/storetest"
	"github.com/matchpoint/matchpoint/web/kit"
	"github.com/matchpoint/matchpoint/web/webtest"
)

// TestListPagesReadTheStandby_I18: with a standby attached, the candidate
// list reads it and a candidate's page does not; when a recruiter creates a
// candidate while the standby has stopped replaying, the list that follows
// (the redirect's next pages, within kit.FreshWindow) reads the primary and
// shows the new candidate — a person never misses their own change.
func TestListPagesReadTheStandby_I18(t *testing.T) {
	primaryURL := storetest.PostgresURL(t, true)
	replicaURL := storetest.ReplicaURL(t, primaryURL)
	ctx := context.Background()
	db, err := store.Open(ctx, primaryURL)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	if err := db.Migrate(ctx); err != nil {
		t.Fatal(err)
	}
	if err := db.AttachReplica(ctx, replicaURL, time.Second); err != nil {
		t.Fatal(err)
	}
	standby, err := sql.Open("pgx", replicaURL)
	if err != nil {
		t.Fatal(err)
	}
	defer standby.Close()
	env := webtest.New(t, db)
	rec := env.Recruiter(t)
	time.Sleep(kit.FreshWindow + 500*time.Millisecond) // the sign-in was a change
	wait(t, "the standby to catch up", db.ReplicaFresh)

	n := db.ReplicaReads()
	if res := rec.Get("/office/candidates"); res.Status != http.StatusOK {
		t.Fatalf("list: %d", res.Status)
	}
	if db.ReplicaReads() == n {
		t.Fatal("the candidate list did not read the standby")
	}

	if _, err := standby.ExecContext(ctx, `SELECT pg_wal_replay_pause()`); err != nil {
		t.Fatal(err)
	}
	defer standby.ExecContext(context.Background(), `SELECT pg_wal_replay_resume()`) //nolint:errcheck // cleanup
	form := url.Values{"first_name": {"Zora"}, "last_name": {"Quist"}, "email": {"zora@example.test"}, "language": {"nl"},
		"owner_id": {strconv.FormatInt(env.Acme.Recruiter.ID, 10)}, "status_id": {strconv.FormatInt(env.Acme.Status.ID, 10)}, "city": {"Zwolle"}}
	res := rec.Post("/office/candidates", form)
	if res.Status != http.StatusSeeOther {
		t.Fatalf("create: %d", res.Status)
	}
	if set := strings.Join(res.Header.Values("Set-Cookie"), "; "); !strings.Contains(set, "mp_fresh=") || !listedCookie("mp_fresh") {
		t.Fatalf("the change set no freshness cookie listed on /privacy: %q", set)
	}
	n = db.ReplicaReads()
	list := rec.Get("/office/candidates")
	if list.Status != http.StatusOK || !strings.Contains(list.Body, "Zora") {
		t.Fatalf("the list after the recruiter's own change lacks it: %d", list.Status)
	}
	if db.ReplicaReads() != n {
		t.Error("the list right after a change read the standby")
	}
	page := rec.Get(strings.SplitN(res.Location, "?", 2)[0])
	if page.Status != http.StatusOK || !strings.Contains(page.Body, "Zora") {
		t.Fatalf("the new candidate's page: %d", page.Status)
	}
}

// listedCookie reports whether /privacy lists the cookie (kit.Cookies).
func listedCookie(name string) bool {
	for _, c := range kit.Cookies() {
		if c.Name == name {
			return true
		}
	}
	return false
}

func wait(t *testing.T, what string, ok func() bool) {
	t.Helper()
	deadline := time.Now().Add(15 * time.Second)
	for !ok() {
		if time.Now().After(deadline) {
			t.Fatalf("waited 15 s for %s", what)
		}
		time.Sleep(50 * time.Millisecond)
	}
}
