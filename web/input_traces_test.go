package web_test

import (
	"bytes"
	"database/sql"
	"fmt"
	"testing"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/store"
	"github.com/matchpoint/matchpoint/web/webtest"
)

// signInRefusals counts the audited sign-ins refused for their input.
func signInRefusals(t *testing.T, env *webtest.Env) int {
	t.Helper()
	n := 0
	for _, a := range []webtest.Agency{env.Acme, env.Other} {
		entries, _, err := env.Store.AuditEntries(a.Ctx, store.AuditFilter{Action: "sign_in_failed", Limit: 1000})
		if err != nil {
			t.Fatal(err)
		}
		for _, e := range entries {
			if e.Detail == "refused input" {
				n++
			}
		}
	}
	return n
}

// tracesOf searches every column of every table for the marker; the audit
// entries of refused sign-ins are the one place it may be, shown as U+FFFD.
func tracesOf(t *testing.T, db *store.DB) []string {
	t.Helper()
	q := `SELECT name FROM sqlite_master WHERE type = 'table'`
	if db.Dialect == store.Postgres {
		q = `SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'`
	}
	tables := queryStrings(t, db.Raw(), q)
	if len(tables) < 20 {
		t.Fatalf("only %d tables found", len(tables))
	}
	var traces []string
	for _, table := range tables {
		rows, err := db.Raw().Query(`SELECT * FROM ` + table)
		if err != nil {
			t.Fatalf("read %s: %v", table, err)
		}
		cols, _ := rows.Columns()
		for rows.Next() {
			vals := make([]sql.RawBytes, len(cols))
			ptrs := make([]any, len(cols))
			for i := range vals {
				ptrs[i] = &vals[i]
			}
			if err := rows.Scan(ptrs...); err != nil {
				t.Fatalf("scan %s: %v", table, err)
			}
			row := map[string]string{}
			hit := ""
			for i, v := range vals {
				row[cols[i]] = string(v)
				if bytes.Contains(v, []byte(marker)) {
					hit = cols[i]
				}
			}
			if hit == "" {
				continue
			}
			if table == "audit_log" && (row["action"] == "sign_in_failed" || row["action"] == "sign_in_limited") && row["detail"] == "refused input" &&
				domain.StorableText(row[hit]) {
				continue
			}
			traces = append(traces, fmt.Sprintf("%s.%s = %q", table, hit, row[hit]))
		}
		rows.Close()
	}
	return traces
}

func queryStrings(t *testing.T, db *sql.DB, q string) []string {
	t.Helper()
	rows, err := db.Query(q)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var s string
		if err := rows.Scan(&s); err != nil {
			t.Fatal(err)
		}
		out = append(out, s)
	}
	return out
}
