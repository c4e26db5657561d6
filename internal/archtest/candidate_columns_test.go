package archtest_test

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/service"
	"github.com/matchpoint/matchpoint/store"
	"github.com/matchpoint/matchpoint/store/storetest"
	"github.com/matchpoint/matchpoint/web/api"
)

// The places a column of candidates must reach (doc/adding-a-field.md).
// A column has the same name everywhere unless it is listed here; a new
// personal field needs no line in this file.
var (
	// exportAs: where the privacy export (data.json) carries a column
	// under another name, or "" with the reason it does not.
	exportAs = map[string]string{
		"owner_id":          "profile.owner",
		"status_id":         "profile.status",
		"available_from":    "availability.from",
		"available_hours":   "availability.hours_per_week",
		"availability_note": "availability.note",
		"tenant_id":         "", // the agency is the export's controller
		"password_hash":     "", // a secret, never given out
		"search_text":       "", // made from the fields exported
		"search_tsv":        "", // PostgreSQL's index of search_text
	}
	// apiAs: the same for the API's candidate.
	apiAs = map[string]string{
		"objected":      "restricted", // restricted says the record cannot be changed
		"anonymised_at": "restricted",
		"tenant_id":     "", // the token's agency
		"password_hash": "",
		"search_text":   "",
		"search_tsv":    "",
	}
	// keptByErasure: the columns erasure leaves as they were; every other
	// column is emptied or set to the time of erasure.
	keptByErasure = []string{"id", "tenant_id", "owner_id", "status_id", "language", "created_at"}
)

// TestCandidateColumnsReachEveryPlace proves the claim of
// doc/adding-a-field.md on both engines: every column of the live
// candidates table is in the store's one definition, in the privacy
// export (its Go type and its JSON Schema), in the API's schema, and is
// emptied by erasure unless listed above as kept. A column a migration adds
// and one of these places forgets fails here.
func TestCandidateColumnsReachEveryPlace(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		live := liveColumns(t, db, "candidates")
		if len(live) < 20 {
			t.Fatalf("only %d columns read: %v", len(live), live)
		}
		known := store.CandidateColumnNames(db.Dialect)
		for _, c := range live {
			if !slices.Contains(known, c) {
				t.Errorf("column %s is not in the store's definition (store/candidate_columns.go)", c)
			}
		}
		for _, c := range known {
			if !slices.Contains(live, c) {
				t.Errorf("the store defines column %s that the schema does not have", c)
			}
		}
		export, schema, openAPI := exportKeys(t), exportSchemaKeys(t), apiKeys(t)
		for _, c := range live {
			if c == "id" {
				continue // the export's and the API's id
			}
			key, renamed := exportAs[c]
			if !renamed {
				key = "profile." + c
			}
			if key != "" && !export[key] {
				t.Errorf("column %s: the export (service.ExportData) has no %s", c, key)
			}
			if key != "" && !schema[key] {
				t.Errorf("column %s: the export's schema (service/privacy_export.schema.json) has no %s", c, key)
			}
			name, renamed := apiAs[c]
			if !renamed {
				name = c
			}
			if name != "" && !openAPI[name] {
				t.Errorf("column %s: the API's Candidate schema has no property %s", c, name)
			}
		}
		checkErasure(t, db, live)
	})
}

// liveColumns reads the column names of table from the database itself.
func liveColumns(t *testing.T, db *store.DB, table string) []string {
	t.Helper()
	q := `SELECT column_name FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = $1`
	if db.Dialect == store.SQLite {
		q = `SELECT name FROM pragma_table_info($1)`
	}
	rows, err := db.Raw().QueryContext(t.Context(), q, table)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	var names []string
	for rows.Next() {
		var n string
		if err := rows.Scan(&n); err != nil {
			t.Fatal(err)
		}
		names = append(names, n)
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
	return names
}

// exportKeys are the keys of data.json's profile and availability.
func exportKeys(t *testing.T) map[string]bool {
	b, err := json.Marshal(service.ExportData{})
	if err != nil {
		t.Fatal(err)
	}
	var doc map[string]json.RawMessage
	if err := json.Unmarshal(b, &doc); err != nil {
		t.Fatal(err)
	}
	keys := map[string]bool{}
	for _, part := range []string{"profile", "availability"} {
		var obj map[string]any
		if err := json.Unmarshal(doc[part], &obj); err != nil {
			t.Fatalf("%s: %v", part, err)
		}
		for k := range obj {
			keys[part+"."+k] = true
		}
	}
	return keys
}

// exportSchemaKeys are the properties the export's JSON Schema gives
// profile and availability.
func exportSchemaKeys(t *testing.T) map[string]bool {
	var s struct {
		Properties map[string]struct {
			Properties map[string]any `json:"properties"`
		} `json:"properties"`
	}
	if err := json.Unmarshal(service.ExportSchema(), &s); err != nil {
		t.Fatal(err)
	}
	keys := map[string]bool{}
	for _, part := range []string{"profile", "availability"} {
		for k := range s.Properties[part].Properties {
			keys[part+"."+k] = true
		}
	}
	return keys
}

// apiKeys are the properties of the Candidate schema of the API's OpenAPI
// document.
func apiKeys(t *testing.T) map[string]bool {
	b, err := json.Marshal((&api.App{}).OpenAPI())
	if err != nil {
		t.Fatal(err)
	}
	var doc struct {
		Components struct {
			Schemas map[string]struct {
				Properties map[string]any `json:"properties"`
			} `json:"schemas"`
		} `json:"components"`
	}
	if err := json.Unmarshal(b, &doc); err != nil {
		t.Fatal(err)
	}
	props := doc.Components.Schemas["Candidate"].Properties
	if len(props) == 0 {
		t.Fatal("the OpenAPI document has no Candidate schema")
	}
	keys := map[string]bool{}
	for k := range props {
		keys[k] = true
	}
	return keys
}

// checkErasure fills every field of a candidate, erases it and compares
// the rows before and after, column by column.
func checkErasure(t *testing.T, db *store.DB, live []string) {
	clock := time.Date(2026, 5, 4, 10, 0, 0, 0, time.UTC)
	db.SetClock(func() time.Time { return clock })
	st := db.Store()
	ten := domain.Tenant{Slug: "cols", Name: "Columns", DefaultLanguage: "en"}
	if err := st.CreateTenant(t.Context(), &ten); err != nil {
		t.Fatal(err)
	}
	ctx := store.WithTenant(context.Background(), ten.ID)
	u := domain.User{Email: "rec@cols.test", Name: "Rec", Role: domain.RoleRecruiter, Language: "en", Active: true}
	if err := st.CreateUser(ctx, &u); err != nil {
		t.Fatal(err)
	}
	status := domain.CandidateStatus{Name: "Available"}
	if err := st.SaveCandidateStatus(ctx, &status); err != nil {
		t.Fatal(err)
	}
	c := filledCandidate(u.ID, status.ID)
	if err := st.CreateCandidate(ctx, &c); err != nil {
		t.Fatal(err)
	}
	if _, err := db.Raw().ExecContext(ctx, `UPDATE candidates SET password_hash = 'hash' WHERE id = $1`, c.ID); err != nil {
		t.Fatal(err)
	}
	before := rawRow(t, db, c.ID)
	for _, col := range live {
		if isEmpty(before[col]) && !slices.Contains([]string{"restricted", "objected", "anonymised_at"}, col) {
			t.Errorf("column %s is empty after creating a candidate with every field set: does CreateCandidate write it?", col)
		}
	}
	clock = clock.Add(time.Hour)
	if err := st.AnonymiseCandidate(ctx, c.ID); err != nil {
		t.Fatal(err)
	}
	after := rawRow(t, db, c.ID)
	for _, col := range live {
		b, a := fmt.Sprint(before[col]), fmt.Sprint(after[col])
		switch {
		case slices.Contains(keptByErasure, col):
			if a != b {
				t.Errorf("erasure changed %s, which it keeps: %s → %s", col, b, a)
			}
		case col == "first_name":
			if a != store.AnonymisedName {
				t.Errorf("erasure left first_name %q", a)
			}
		case a == b && !isEmpty(after[col]):
			t.Errorf("erasure left column %s as it was (%s): erase it in store/candidate_columns.go, or keep it here with a reason", col, a)
		}
	}
}

// filledCandidate has every field of domain.Candidate that a form sets
// filled with a value of its kind.
func filledCandidate(owner, status domain.ID) domain.Candidate {
	c := domain.Candidate{OwnerID: owner, StatusID: status, Language: "nl", Country: "NL"}
	v := reflect.ValueOf(&c).Elem()
	for i := range v.NumField() {
		f := v.Field(i)
		switch {
		case f.Kind() == reflect.String && f.String() == "":
			f.SetString("Value of " + v.Type().Field(i).Name)
		case f.Kind() == reflect.Int && f.Int() == 0:
			f.SetInt(7)
		case f.Type() == reflect.TypeOf(domain.Date{}):
			f.Set(reflect.ValueOf(domain.NewDate(1990, time.March, 4)))
		}
	}
	return c
}

// rawRow reads the candidate's row as the database holds it.
func rawRow(t *testing.T, db *store.DB, id domain.ID) map[string]any {
	t.Helper()
	rows, err := db.Raw().QueryContext(t.Context(), `SELECT * FROM candidates WHERE id = $1`, id)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	cols, err := rows.Columns()
	if err != nil {
		t.Fatal(err)
	}
	if !rows.Next() {
		t.Fatalf("no candidate %d: %v", id, rows.Err())
	}
	vals := make([]any, len(cols))
	ptrs := make([]any, len(cols))
	for i := range vals {
		ptrs[i] = &vals[i]
	}
	if err := rows.Scan(ptrs...); err != nil {
		t.Fatal(err)
	}
	out := map[string]any{}
	for i, c := range cols {
		if b, ok := vals[i].([]byte); ok {
			vals[i] = string(b)
		}
		out[c] = vals[i]
	}
	return out
}

func isEmpty(v any) bool {
	switch v := v.(type) {
	case nil:
		return true
	case string:
		return strings.TrimSpace(v) == ""
	case int64:
		return v == 0
	case bool:
		return !v
	case sql.NullString:
		return !v.Valid
	}
	return false
}
