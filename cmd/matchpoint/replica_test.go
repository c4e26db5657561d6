package main

import (
	"context"
	"io"
	"strings"
	"testing"

	"github.com/matchpoint/matchpoint/store/storetest"
)

// Issue 18: serve takes a standby with --database-replica-url, refuses a
// server that is not one, and reports the standby's pool with the others.
func TestServeWithReadReplica_I18(t *testing.T) {
	dsn := storetest.PostgresURL(t, true)
	replica := storetest.ReplicaURL(t, dsn)
	args := []string{"--database-url", dsn, "--tenant", "acme", "--demo=false"}

	err := run(context.Background(), append([]string{"serve", "--addr", "127.0.0.1:0", "--database-replica-url", dsn}, args...),
		io.Discard, io.Discard)
	if err == nil || !strings.Contains(err.Error(), "not a standby") {
		t.Fatalf("the primary given as the replica: %v", err)
	}

	_, lines := serve(t, append(args, "--database-replica-url", replica, "--metrics-addr", "127.0.0.1:0")...)
	fams := scrape(t, metricsURL(t, lines))
	for _, pool := range []string{"primary", "replica"} {
		if _, ok := sample(fams, "go_sql_max_open_connections", map[string]string{"db_name": pool}); !ok {
			t.Errorf("no pool metrics for %s", pool)
		}
	}
}
