package storetest

import (
	"net/url"
	"os"
	"testing"
)

// EnvReplica names the variable that holds the URL of a PostgreSQL standby
// of EnvPostgres's server (scripts/pg-standby starts one), for the read
// replica tests.
const EnvReplica = "MATCHPOINT_TEST_POSTGRES_REPLICA"

// ReplicaURL returns the standby's URL for the schema of primaryURL (a URL
// from PostgresURL). It skips the test when EnvReplica is unset, and fails
// it in CI.
func ReplicaURL(t testing.TB, primaryURL string) string {
	t.Helper()
	base := os.Getenv(EnvReplica)
	if base == "" {
		if os.Getenv("CI") != "" {
			t.Fatalf("%s is not set in CI: the read replica tests must run (scripts/pg-standby starts a standby)", EnvReplica)
		}
		t.Skipf("read replica tests skipped: run scripts/pg-standby and set %s=postgres://…:5433/…", EnvReplica)
	}
	p, err := url.Parse(primaryURL)
	if err != nil {
		t.Fatalf("parse primary URL: %v", err)
	}
	u, err := url.Parse(base)
	if err != nil {
		t.Fatalf("parse %s: %v", EnvReplica, err)
	}
	q := u.Query()
	q.Set("search_path", p.Query().Get("search_path"))
	u.RawQuery = q.Encode()
	return u.String()
}
