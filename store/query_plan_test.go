package store_test

import (
	"bufio"
	"context"
	"database/sql"
	"fmt"
	"os"
	"regexp"
	"strings"
	"testing"

	"github.com/matchpoint/matchpoint/demo"
	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/service"
	"github.com/matchpoint/matchpoint/store"
	"github.com/matchpoint/matchpoint/store/storetest"
)

// bigTables grow with the agency: on the 1,000,000-candidate demo each holds
// thousands to millions of rows, and no list, search or dashboard may read
// one of them whole.
var bigTables = map[string]bool{
	"candidates": true, "experiences": true, "educations": true, "skills": true, "consents": true,
	"matches": true, "match_phase_changes": true, "match_evaluations": true, "placements": true,
	"placement_contacts": true, "rates": true, "timesheets": true, "timesheet_lines": true,
	"timesheet_events": true, "notes": true, "attachments": true, "audit_log": true, "companies": true,
	"contacts": true, "vacancies": true, "privacy_requests": true, "outbox": true, "sessions": true,
}

// planCase is a page's data as the store loads it; every statement it runs
// is explained.
type planCase struct {
	name string
	run  func(ctx context.Context) error
	// index must match the plan of one of its statements (a regular
	// expression: the full-text index is another on each engine).
	index string
	// sorted allows a temporary sort: of rows of one parent (a vacancy's
	// pipeline, a candidate's skills), never of a whole table.
	sorted bool
}

// Issue 12: the plans of the lists, searches and dashboards cannot change
// silently. Each statement a page runs is explained: no big table read
// whole, no temporary sort of a whole table, and the index each list walks.
//
// On SQLite the small database carries the statistics of the
// 1,000,000-candidate demo (testdata/sqlite_stat1_1m.tsv): SQLite plans by
// them, so these are the demo's plans. PostgreSQL plans by the pages on
// disk, which a small database cannot fake; its plans are explained with
// sequential scans priced out (enable_seqscan off), and sorts too where no
// sort is allowed (enable_sort off), so that one that remains is one no
// index can avoid.
func TestQueryPlans(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		ctx := context.Background()
		res, err := demo.Load(ctx, db, demo.Options{Candidates: 400, Seed: 1})
		if err != nil {
			t.Fatal(err)
		}
		if db.Dialect == store.SQLite {
			loadSQLiteStats(t, db)
		}
		ctx = store.WithTenant(ctx, res.TenantID)
		st := db.Store()
		svc := service.New(db)
		rec, err := st.UserByEmail(ctx, "recruiter@demo.test")
		if err != nil {
			t.Fatal(err)
		}
		contact, err := st.ContactByEmail(ctx, "contact@demo.test")
		if err != nil {
			t.Fatal(err)
		}
		cand, err := st.CandidateByEmail(ctx, "candidate@demo.test")
		if err != nil {
			t.Fatal(err)
		}
		matches, _, err := st.Matches(ctx, store.MatchFilter{CandidateID: cand.ID, Limit: 1})
		if err != nil || len(matches) == 0 {
			t.Fatalf("the demo candidate's matches: %v, %v", matches, err)
		}
		vacancy := matches[0].VacancyID
		pools, err := st.PoolVacancies(ctx, contact.CompanyID)
		if err != nil || len(pools) == 0 {
			t.Fatalf("pools: %v, %v", pools, err)
		}
		contactActor := store.Actor{Kind: domain.AudienceHiring, ID: contact.ID, Name: contact.Name()}
		list := func(f store.CandidateFilter) func(ctx context.Context) error {
			return func(ctx context.Context) error { _, _, err := st.Candidates(ctx, f); return err }
		}
		filtered := func(f store.CandidateFilter) func(ctx context.Context) error {
			return func(ctx context.Context) error { _, err := st.CandidateList(ctx, f, 0, 0); return err }
		}
		yes, no := true, false
		// SQLite's FTS5 table; on PostgreSQL the probe walks the key, then
		// the GIN index or the key.
		const searchIndex = `candidates_fts|candidates_pkey|candidates_search`
		cases := []planCase{
			{name: "candidate list", run: list(store.CandidateFilter{Limit: 50, WithRestricted: true}), index: "candidates_name"},
			{name: "candidate list, page 3", run: list(store.CandidateFilter{Limit: 50, Offset: 100, WithRestricted: true}), index: "candidates_name"},
			{name: "recruiter's candidates (dashboard)", run: list(store.CandidateFilter{OwnerID: rec.ID, Limit: 10}), index: "candidates_owner_name"},
			{name: "search e-mail", run: list(store.CandidateFilter{Query: "candidate@demo.test", Limit: 50}), index: "candidates_email",
				sorted: true}, // the few candidates of one address
			{name: "search 2-letter prefix", run: list(store.CandidateFilter{Query: "ma", Limit: 50}), index: searchIndex},
			{name: "search common word", run: list(store.CandidateFilter{Query: "java", Limit: 50}), index: searchIndex},
			{name: "search skill + city", run: list(store.CandidateFilter{Query: "python amsterdam", Limit: 50}), index: searchIndex},
			{name: "search rare word", run: list(store.CandidateFilter{Query: "4217", Limit: 50}), index: searchIndex},
			{name: "search no hit", run: list(store.CandidateFilter{Query: "zzyzx", Limit: 50}), index: searchIndex},
			// Issue 15: the filtered list walks its order's index a batch at
			// a time and tests the filters on the batch's candidates by key;
			// the count reads at most 10,000 keys.
			{name: "candidate list, every filter", run: filtered(store.CandidateFilter{Limit: 50, WithRestricted: true,
				StatusID: cand.StatusID, Cond: store.CandidateConditions{City: "amsterdam", Skills: []string{"java"}, Language: "nl",
					Consent: store.ConsentValid, HasCV: &yes, MinHours: 8, AvailableFrom: domain.NewDate(2026, 1, 1),
					AvailableUntil: domain.NewDate(2027, 1, 1), CreatedFrom: domain.NewDate(2020, 1, 1), UpdatedUntil: domain.NewDate(2030, 1, 1)}}),
				index: "candidates_name"},
			{name: "candidate list by last activity, newest first", run: filtered(store.CandidateFilter{Limit: 50, Sort: "updated", Desc: true,
				Cond: store.CandidateConditions{Consent: store.ConsentNone}}), index: "candidates_updated"},
			{name: "candidate list by availability, page 3", run: func(ctx context.Context) error {
				_, err := st.CandidateList(ctx, store.CandidateFilter{Limit: 50, Sort: "available", Cond: store.CandidateConditions{HasCV: &no}}, 100, 0)
				return err
			}, index: "candidates_available"},
			{name: "candidate list, owner's by name", run: filtered(store.CandidateFilter{Limit: 50, OwnerID: rec.ID,
				Cond: store.CandidateConditions{City: "utrecht"}}), index: "candidates_owner_name"},
			{name: "candidate list, owner's newest", run: filtered(store.CandidateFilter{Limit: 50, OwnerID: rec.ID, Sort: "created", Desc: true,
				Cond: store.CandidateConditions{Language: "de"}}), index: `candidates_pkey|candidates_tenant_id_id_key|sqlite_autoindex_candidates_1|INTEGER PRIMARY KEY`},
			{name: "candidate count, filtered", run: func(ctx context.Context) error {
				_, err := st.CountCandidates(ctx, store.CandidateFilter{Cond: store.CandidateConditions{City: "utrecht", HasCV: &yes}})
				return err
			}},
			{name: "candidate count, owner's", run: func(ctx context.Context) error {
				_, err := st.CountCandidates(ctx, store.CandidateFilter{OwnerID: rec.ID})
				return err
			}, index: "candidates_owner_name"},
			{name: "list page skills", run: func(ctx context.Context) error {
				_, err := st.SkillNamesOf(ctx, []domain.ID{cand.ID, cand.ID + 1})
				return err
			}, index: "skills_candidate"},
			{name: "saved searches", run: func(ctx context.Context) error {
				_, err := st.SavedSearches(ctx, "candidates", rec.ID)
				return err
			}, index: "saved_searches_list", sorted: true}, // a recruiter's few, by name
			{name: "placement list", run: func(ctx context.Context) error {
				_, _, err := st.Placements(ctx, store.PlacementFilter{Limit: 50})
				return err
			}, index: "placements_start"},
			{name: "placement list, earliest start first, filtered", run: func(ctx context.Context) error {
				_, _, err := st.Placements(ctx, store.PlacementFilter{Limit: 50, Reverse: true, StartFrom: domain.NewDate(2024, 1, 1),
					StartUntil: domain.NewDate(2027, 1, 1)})
				return err
			}, index: "placements_start"},
			{name: "timesheet list", run: func(ctx context.Context) error {
				_, _, err := st.Timesheets(ctx, store.TimesheetFilter{Limit: 50})
				return err
			}, index: "timesheets_week"},
			{name: "vacancy list", run: func(ctx context.Context) error {
				_, _, err := st.Vacancies(ctx, store.VacancyFilter{Limit: 50})
				return err
			}, index: "sqlite_autoindex_vacancies_1|vacancies_tenant_id_id_key|vacancies_pkey"},
			{name: "vacancy list by title, filtered", run: func(ctx context.Context) error {
				_, _, err := st.Vacancies(ctx, store.VacancyFilter{Limit: 50, ByTitle: true, OwnerID: rec.ID,
					Status: domain.VacancyOpen, CreatedFrom: domain.NewDate(2020, 1, 1)})
				return err
			}, index: "vacancies_title"},
			{name: "vacancy list oldest first", run: func(ctx context.Context) error {
				_, _, err := st.Vacancies(ctx, store.VacancyFilter{Limit: 50, Reverse: true})
				return err
			}, index: "sqlite_autoindex_vacancies_1|vacancies_tenant_id_id_key|vacancies_pkey"},
			{name: "vacancy count, filtered", run: func(ctx context.Context) error {
				_, err := st.CountVacancies(ctx, store.VacancyFilter{Query: "java", OwnerID: rec.ID, Status: domain.VacancyOpen})
				return err
			}},
			{name: "contact list", run: func(ctx context.Context) error {
				_, _, err := st.Contacts(ctx, store.ContactFilter{Limit: 50})
				return err
			}, index: "contacts_name", sorted: true}, // and the groups of the page's contacts
			{name: "company list", run: func(ctx context.Context) error {
				_, _, err := st.Companies(ctx, store.CompanyFilter{Limit: 50})
				return err
			}, index: "companies_name"},
			{name: "candidate detail", run: func(ctx context.Context) error {
				if _, err := st.Candidate(ctx, cand.ID); err != nil {
					return err
				}
				if _, err := st.Skills(ctx, cand.ID); err != nil {
					return err
				}
				if _, _, err := st.Matches(ctx, store.MatchFilter{CandidateID: cand.ID, Limit: 100}); err != nil {
					return err
				}
				_, _, err := st.Placements(ctx, store.PlacementFilter{CandidateID: cand.ID, Limit: 20})
				return err
			}, sorted: true},
			{name: "vacancy pipeline", run: func(ctx context.Context) error {
				_, _, err := st.Matches(ctx, store.MatchFilter{VacancyID: vacancy, Limit: 50})
				return err
			}, sorted: true},
			{name: "hiring dashboard", run: func(ctx context.Context) error {
				_, err := svc.HiringDashboard(ctx, contact)
				return err
			}, sorted: true},
			{name: "hiring timesheet list", run: func(ctx context.Context) error {
				_, _, err := svc.ContactTimesheets(ctx, contactActor, "", 50, 0)
				return err
			}, sorted: true},
			{name: "pool members", run: func(ctx context.Context) error {
				_, _, err := st.PoolMembers(ctx, pools[0].ID, 50, 0)
				return err
			}, sorted: true},
		}
		for _, c := range cases {
			t.Run(c.name, func(t *testing.T) { checkPlans(t, ctx, db, c) })
		}
	})
}

type traced struct {
	query string
	args  []any
}

func checkPlans(t *testing.T, ctx context.Context, db *store.DB, c planCase) {
	var stmts []traced
	db.Trace(func(q string, args []any) { stmts = append(stmts, traced{q, append([]any(nil), args...)}) })
	err := c.run(ctx)
	db.Trace(nil)
	if err != nil {
		t.Fatal(err)
	}
	if len(stmts) == 0 {
		t.Fatal("ran no statement")
	}
	var all []string
	for _, s := range stmts {
		plan, err := explain(ctx, db, s, c.sorted)
		if err != nil {
			t.Fatalf("explain %s: %v", s.query, err)
		}
		all = append(all, plan...)
		for _, problem := range planProblems(db.Dialect, s.query, plan, c.sorted) {
			t.Errorf("%s\n  in %s\n  plan:\n    %s", problem, oneLine(s.query), strings.Join(plan, "\n    "))
		}
	}
	if c.index != "" && !regexp.MustCompile(c.index).MatchString(strings.Join(all, "\n")) {
		t.Errorf("no statement uses %s; plans:\n    %s", c.index, strings.Join(all, "\n    "))
	}
}

// explain returns the plan of a statement, a line per node.
func explain(ctx context.Context, db *store.DB, s traced, sorted bool) ([]string, error) {
	if db.Dialect == store.SQLite {
		rows, err := db.ReadRows(ctx, "EXPLAIN QUERY PLAN "+s.query, s.args...)
		if err != nil {
			return nil, err
		}
		defer rows.Close()
		return planLines(rows)
	}
	tx, err := db.Raw().BeginTx(ctx, nil)
	if err != nil {
		return nil, err
	}
	defer tx.Rollback() //nolint:errcheck // read only
	sets := []string{`SET LOCAL enable_seqscan = off`}
	if !sorted {
		sets = append(sets, `SET LOCAL enable_sort = off`)
	}
	for _, set := range sets {
		if _, err := tx.ExecContext(ctx, set); err != nil {
			return nil, err
		}
	}
	rows, err := tx.QueryContext(ctx, "EXPLAIN (COSTS OFF) "+s.query, s.args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	return planLines(rows)
}

func planLines(rows *sql.Rows) ([]string, error) {
	cols, err := rows.Columns()
	if err != nil {
		return nil, err
	}
	var out []string
	for rows.Next() {
		vals := make([]any, len(cols))
		ptrs := make([]any, len(cols))
		for i := range vals {
			ptrs[i] = &vals[i]
		}
		if err := rows.Scan(ptrs...); err != nil {
			return nil, err
		}
		out = append(out, fmt.Sprint(vals[len(vals)-1])) // the detail (SQLite) or the line (PostgreSQL)
	}
	return out, rows.Err()
}

var (
	sqliteScan = regexp.MustCompile(`^SCAN (\w+)`)
	pgSeqScan  = regexp.MustCompile(`Seq Scan on (\w+)`)
	aliasOf    = regexp.MustCompile(`(?i)\b(?:FROM|JOIN)\s+(\w+)(?:\s+(?:AS\s+)?(\w+))?`)
)

// planProblems lists what is wrong with a plan: a big table read whole, a
// temporary sort where none is allowed.
func planProblems(d store.Dialect, query string, plan []string, sorted bool) []string {
	tables := map[string]string{} // alias or name → table
	for _, m := range aliasOf.FindAllStringSubmatch(query, -1) {
		tables[m[1]] = m[1]
		if a := m[2]; a != "" && !sqlKeyword[strings.ToUpper(a)] {
			tables[a] = m[1]
		}
	}
	var out []string
	for _, line := range plan {
		line = strings.TrimSpace(line)
		var scanned string
		if d == store.SQLite {
			if m := sqliteScan.FindStringSubmatch(line); m != nil && !strings.Contains(line, "VIRTUAL TABLE") {
				scanned = m[1]
			}
			if !sorted && strings.Contains(line, "USE TEMP B-TREE") {
				out = append(out, "a temporary sort: "+line)
			}
		} else {
			if m := pgSeqScan.FindStringSubmatch(line); m != nil {
				scanned = m[1]
			}
			if !sorted && (strings.HasPrefix(strings.TrimLeft(line, "-> "), "Sort") ||
				strings.HasPrefix(strings.TrimLeft(line, "-> "), "Incremental Sort")) {
				out = append(out, "a sort: "+line)
			}
		}
		if scanned != "" && bigTables[tables[scanned]] {
			out = append(out, "reads all of "+tables[scanned]+": "+line)
		}
	}
	return out
}

var sqlKeyword = map[string]bool{"WHERE": true, "JOIN": true, "ON": true, "LEFT": true, "CROSS": true, "INNER": true,
	"INDEXED": true, "ORDER": true, "GROUP": true, "LIMIT": true, "USING": true, "AND": true}

func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

// loadSQLiteStats replaces the statistics of the small database by those of
// the 1,000,000-candidate demo: SQLite plans by them, not by the rows.
func loadSQLiteStats(t *testing.T, db *store.DB) {
	t.Helper()
	f, err := os.Open("testdata/sqlite_stat1_1m.tsv")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	raw := db.Raw()
	for _, q := range []string{`ANALYZE`, `DELETE FROM sqlite_stat1`, `DELETE FROM sqlite_stat4`} {
		if _, err := raw.Exec(q); err != nil {
			t.Fatalf("%s: %v", q, err)
		}
	}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		parts := strings.Split(line, "\t")
		if len(parts) != 3 {
			t.Fatalf("testdata line %q", line)
		}
		var idx any = parts[1]
		if parts[1] == "" {
			idx = nil
		}
		if _, err := raw.Exec(`INSERT INTO sqlite_stat1 (tbl, idx, stat) VALUES ($1, $2, $3)`, parts[0], idx, parts[2]); err != nil {
			t.Fatal(err)
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	// Connections load the statistics when they read the schema: the
	// writer now, the readers when they open.
	if _, err := raw.Exec(`ANALYZE sqlite_schema`); err != nil {
		t.Fatal(err)
	}
}
