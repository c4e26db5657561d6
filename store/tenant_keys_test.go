package store_test

import (
	"context"
	"slices"
	"strings"
	"testing"

	"github.com/matchpoint/matchpoint/store/storetest"
)

// globalTables hold no agency's rows: the agencies themselves and the
// schema's version. With Citus they stay on the coordinator (or become
// reference tables); every other table is distributed by tenant_id.
var globalTables = []string{"tenants", "schema_migrations"}

// tokenKeys are unique keys without tenant_id on purpose: a secret's hash,
// looked up to find whose it is (an API token names its agency). Under
// Citus they move to a reference table of hash → tenant (doc/scaling.md).
var tokenKeys = []string{"api_tokens_secret_hash_key", "sessions_pkey", "password_tokens_pkey"}

// Every table but the global ones has a tenant_id; every foreign key
// between agency tables joins on it; every unique key includes it, except
// the secrets' hashes above and a primary key on id alone where the table
// also has UNIQUE (tenant_id, id) — the key Citus would take as primary
// (ALTER TABLE … ADD PRIMARY KEY USING INDEX, doc/scaling.md). That is what
// lets PostgreSQL with Citus distribute the tables by tenant_id with their
// constraints intact. A new table or key that breaks it fails here.
func TestEveryKeyIncludesTenant(t *testing.T) {
	db := storetest.Postgres(t, true)
	ctx := context.Background()
	q := func(query string) [][3]string {
		t.Helper()
		rows, err := db.Raw().QueryContext(ctx, query)
		if err != nil {
			t.Fatal(err)
		}
		defer rows.Close()
		var out [][3]string
		for rows.Next() {
			var r [3]string
			if err := rows.Scan(&r[0], &r[1], &r[2]); err != nil {
				t.Fatal(err)
			}
			out = append(out, r)
		}
		return out
	}
	var problems []string
	for _, r := range q(`SELECT c.relname, '', '' FROM pg_class c
		WHERE c.relnamespace = current_schema()::regnamespace AND c.relkind IN ('r', 'p')
		AND NOT EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attname = 'tenant_id' AND NOT a.attisdropped)`) {
		if !slices.Contains(globalTables, r[0]) {
			problems = append(problems, "table "+r[0]+" has no tenant_id")
		}
	}
	// Primary keys, unique constraints and unique indexes.
	for _, r := range q(`SELECT t.relname, i.relname, pg_get_indexdef(i.oid) FROM pg_index x
		JOIN pg_class i ON i.oid = x.indexrelid JOIN pg_class t ON t.oid = x.indrelid
		WHERE t.relnamespace = current_schema()::regnamespace AND x.indisunique
		AND NOT EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = t.oid AND a.attname = 'tenant_id'
			AND a.attnum = ANY (x.indkey::smallint[]))
		AND NOT (x.indisprimary AND pg_get_indexdef(i.oid) LIKE '%(id)' AND EXISTS (SELECT 1 FROM pg_index y
			WHERE y.indrelid = t.oid AND y.indisunique AND pg_get_indexdef(y.indexrelid) LIKE '%(tenant_id, id)'))`) {
		if !slices.Contains(globalTables, r[0]) && !slices.Contains(tokenKeys, r[1]) {
			problems = append(problems, "unique "+r[1]+" on "+r[0]+" lacks tenant_id: "+r[2])
		}
	}
	// Foreign keys: between agency tables, on tenant_id too; to a global
	// table, fine (tenants(id) is the tenant_id itself).
	for _, r := range q(`SELECT t.relname, c.conname, pg_get_constraintdef(c.oid) FROM pg_constraint c
		JOIN pg_class t ON t.oid = c.conrelid JOIN pg_class f ON f.oid = c.confrelid
		WHERE c.contype = 'f' AND t.relnamespace = current_schema()::regnamespace
		AND f.relname NOT IN ('tenants', 'schema_migrations')
		AND NOT EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = t.oid AND a.attname = 'tenant_id'
			AND a.attnum = ANY (c.conkey))`) {
		problems = append(problems, "foreign key "+r[1]+" of "+r[0]+" lacks tenant_id: "+r[2])
	}
	if len(problems) > 0 {
		t.Errorf("%d keys would not survive distribution by tenant_id:\n%s", len(problems), strings.Join(problems, "\n"))
	}
}
