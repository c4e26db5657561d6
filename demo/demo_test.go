package demo_test

import (
	"context"
	"encoding/json"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/matchpoint/matchpoint/demo"
	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/password"
	"github.com/matchpoint/matchpoint/store"
	"github.com/matchpoint/matchpoint/store/storetest"
)

// now is a Wednesday, so the current ISO week has days before and after it.
var now = time.Date(2026, time.March, 18, 10, 30, 0, 0, time.UTC)

const today = "2026-03-18"

func TestLoad(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		ctx := context.Background()
		raw := db.Raw()
		empty, err := demo.Empty(ctx, db)
		if err != nil || !empty {
			t.Fatalf("Empty before load = %v, %v; want true", empty, err)
		}
		res, err := demo.Load(ctx, db, demo.Options{Candidates: 300, Seed: 1, Now: now})
		if err != nil {
			t.Fatalf("Load: %v", err)
		}
		if empty, err := demo.Empty(ctx, db); err != nil || empty {
			t.Fatalf("Empty after load = %v, %v; want false", empty, err)
		}
		tid := res.TenantID
		count := func(query string, args ...any) int64 {
			t.Helper()
			var n int64
			if err := raw.QueryRowContext(ctx, query, append([]any{tid}, args...)...).Scan(&n); err != nil {
				t.Fatalf("%s: %v", query, err)
			}
			return n
		}

		t.Run("sign-ins", func(t *testing.T) {
			tables := map[string]string{"office": "users", "portal": "candidates", "hiring": "contacts"}
			if len(res.SignIns) != 4 {
				t.Fatalf("got %d sign-ins, want 4", len(res.SignIns))
			}
			for _, s := range res.SignIns {
				var hash string
				err := raw.QueryRowContext(ctx, `SELECT password_hash FROM `+tables[s.Audience]+` WHERE tenant_id = $1 AND email = $2`, tid, s.Email).Scan(&hash)
				if err != nil {
					t.Fatalf("%s %s: %v", s.Audience, s.Email, err)
				}
				if ok, err := password.Check(s.Password, hash); !ok || err != nil {
					t.Errorf("%s %s: password check = %v, %v", s.Audience, s.Email, ok, err)
				}
			}
		})

		t.Run("counts", func(t *testing.T) {
			want := map[string][2]int64{ // table: min, max
				"candidates": {300, 300}, "users": {5, 5}, "companies": {7, 7}, "placements": {10, 10},
				"vacancies": {26, 26}, "matches": {30, 120}, "skills": {900, 1800}, "timesheets": {10, 80},
				"timesheet_lines": {40, 600}, "attachments": {300, 700}, "notes": {20, 300},
			}
			for table, w := range want {
				got := count(`SELECT COUNT(*) FROM ` + table + ` WHERE tenant_id = $1`)
				if got < w[0] || got > w[1] {
					t.Errorf("%s: %d rows, want %d…%d", table, got, w[0], w[1])
				}
				if res.Counts[table] != got {
					t.Errorf("Counts[%s] = %d, database has %d", table, res.Counts[table], got)
				}
			}
			for _, status := range []string{"draft", "sent", "approved", "rejected"} {
				n := count(`SELECT COUNT(*) FROM timesheets ts JOIN candidates c ON c.tenant_id = ts.tenant_id
					JOIN placements p ON p.tenant_id = ts.tenant_id AND p.id = ts.placement_id AND c.id = p.candidate_id
					WHERE ts.tenant_id = $1 AND c.email = 'candidate@demo.test' AND ts.status = $2`, status)
				if n == 0 {
					t.Errorf("demo candidate has no %s timesheet", status)
				}
			}
		})

		t.Run("candidates", func(t *testing.T) {
			if n := count(`SELECT COUNT(*) FROM candidates c WHERE tenant_id = $1 AND (search_text = ''
				OR NOT EXISTS (SELECT 1 FROM users u WHERE u.tenant_id = c.tenant_id AND u.id = c.owner_id))`); n != 0 {
				t.Errorf("%d candidates without owner or search text", n)
			}
			if n := count(`SELECT COUNT(DISTINCT language) FROM candidates WHERE tenant_id = $1`); n != 4 {
				t.Errorf("candidates speak %d languages, want 4", n)
			}
			if n := count(`SELECT COUNT(*) FROM consents WHERE tenant_id = $1 AND valid_until >= $2 AND valid_until <= $3`,
				today, "2026-04-17"); n == 0 {
				t.Error("no consent expires within 30 days")
			}
			var text string
			if err := raw.QueryRowContext(ctx, `SELECT search_text FROM candidates WHERE tenant_id = $1 AND email = 'candidate@demo.test'`, tid).Scan(&text); err != nil {
				t.Fatal(err)
			}
			if !strings.Contains(text, "cathy candidate") || !strings.Contains(text, "go") {
				t.Errorf("demo candidate search text = %q", text)
			}
			search := `SELECT COUNT(*) FROM candidates_fts WHERE candidates_fts MATCH 'cathy' AND $1 > 0`
			if db.Dialect == store.Postgres {
				search = `SELECT COUNT(*) FROM candidates WHERE tenant_id = $1 AND search_tsv @@ to_tsquery('simple', 'cathy')`
			}
			if n := count(search); n == 0 {
				t.Error("full-text search does not find the demo candidate")
			}
		})

		t.Run("settings", func(t *testing.T) {
			var doc string
			if err := raw.QueryRowContext(ctx, `SELECT doc FROM tenant_settings WHERE tenant_id = $1`, tid).Scan(&doc); err != nil {
				t.Fatal(err)
			}
			var s domain.Settings
			if err := json.Unmarshal([]byte(doc), &s); err != nil {
				t.Fatalf("settings doc: %v", err)
			}
			if err := s.Validate(); err != nil {
				t.Errorf("settings invalid: %v", err)
			}
			refs := []struct {
				table string
				id    domain.ID
			}{
				{"groups", s.PortalGroupID}, {"sources", s.PortalSourceID}, {"contact_relations", s.VacancyRelationID},
				{"phases", s.ApprovePhaseID}, {"phases", s.RejectPhaseID}, {"phases", s.PoolMatchPhaseID},
				{"sources", s.Careers.SourceID}, {"phases", s.Careers.PhaseID}, {"candidate_statuses", s.Careers.StatusID},
				{"users", s.Careers.OwnerID},
			}
			for _, ref := range refs {
				if n := count(`SELECT COUNT(*) FROM `+ref.table+` WHERE tenant_id = $1 AND id = $2`, ref.id); n != 1 {
					t.Errorf("settings point to %s %d, which does not exist", ref.table, ref.id)
				}
			}
		})

		t.Run("careers site", func(t *testing.T) {
			// Issue 16: the careers site is full on first start, most of
			// its vacancies with a pay range, each of them valid.
			st := db.Store()
			tctx := store.WithTenant(ctx, tid)
			set, err := st.Settings(tctx)
			if err != nil {
				t.Fatal(err)
			}
			list, total, err := st.CareersVacancies(tctx, store.CareersFilter{SourceID: set.Careers.SourceID,
				Today: domain.DateOf(now), Limit: 100})
			if err != nil {
				t.Fatal(err)
			}
			paid := 0
			for _, v := range list {
				if !v.Pay.IsZero() {
					paid++
				}
				if err := v.Validate(); err != nil || v.Category == "" || !domain.OnCareersSite(v, set, domain.DateOf(now)) {
					t.Errorf("published vacancy %q: %v, category %q", v.Title, err, v.Category)
				}
			}
			if total < 12 || paid < 10 || paid == total {
				t.Errorf("%d published, %d with a pay range", total, paid)
			}
		})

		t.Run("timesheet rules", func(t *testing.T) {
			// D1: started, not ended, and an invoiceable rate running today
			// whose declaration type has an empty line per placement.
			const d1 = `p.start_date <= $2 AND (p.end_date IS NULL OR p.end_date >= $2) AND EXISTS (
				SELECT 1 FROM rates r JOIN declaration_types d ON d.tenant_id = r.tenant_id AND d.id = r.declaration_type_id
				WHERE r.tenant_id = p.tenant_id AND r.placement_id = p.id AND NOT r.no_invoicing
				AND r.start_date <= $2 AND (r.end_date IS NULL OR r.end_date >= $2) AND d.empty_line_per_placement)`
			meets := count(`SELECT COUNT(*) FROM placements p WHERE p.tenant_id = $1 AND `+d1, today)
			total := count(`SELECT COUNT(*) FROM placements p WHERE p.tenant_id = $1`)
			if meets == 0 || meets == total {
				t.Errorf("%d of %d placements meet D1; want some that do and some that do not", meets, total)
			}
			// D4 for the demo contact: a sent timesheet on a placement of
			// hers that requires approval and meets D1.
			n := count(`SELECT COUNT(*) FROM timesheets ts
				JOIN placements p ON p.tenant_id = ts.tenant_id AND p.id = ts.placement_id
				JOIN placement_contacts pc ON pc.tenant_id = p.tenant_id AND pc.placement_id = p.id
				JOIN contacts c ON c.tenant_id = pc.tenant_id AND c.id = pc.contact_id
				WHERE ts.tenant_id = $1 AND ts.status = 'sent' AND p.timesheet_approval AND c.email = 'contact@demo.test' AND `+d1, today)
			if n == 0 {
				t.Error("the demo contact has no sent timesheet to approve")
			}
			if n := count(`SELECT COUNT(*) FROM timesheet_events WHERE tenant_id = $1 AND action = 'rejected' AND comment <> ''`); n == 0 {
				t.Error("no rejected timesheet with a comment")
			}
		})

		t.Run("hiring portal", func(t *testing.T) {
			n := count(`SELECT COUNT(*) FROM matches m
				JOIN vacancies v ON v.tenant_id = m.tenant_id AND v.id = m.vacancy_id
				JOIN contacts c ON c.tenant_id = v.tenant_id AND c.id = v.contact_id
				JOIN phases ph ON ph.tenant_id = m.tenant_id AND ph.id = m.phase_id
				WHERE m.tenant_id = $1 AND c.email = 'contact@demo.test' AND ph.visible_in_portal`)
			if n == 0 {
				t.Error("no proposed candidates for the demo contact")
			}
			for _, pool := range []string{"general", "company"} {
				if n := count(`SELECT COUNT(*) FROM matches m JOIN vacancies v ON v.tenant_id = m.tenant_id AND v.id = m.vacancy_id
					WHERE m.tenant_id = $1 AND v.pool = $2`, pool); n == 0 {
					t.Errorf("the %s talent pool is empty", pool)
				}
			}
			if n := count(`SELECT COUNT(*) FROM notes WHERE tenant_id = $1 AND status = 'portal_message_new'`); n == 0 {
				t.Error("no new portal messages")
			}
		})

		t.Run("integrity", func(t *testing.T) {
			if db.Dialect == store.SQLite {
				rows, err := raw.QueryContext(ctx, `PRAGMA foreign_key_check`)
				if err != nil {
					t.Fatal(err)
				}
				defer rows.Close()
				if rows.Next() {
					t.Error("PRAGMA foreign_key_check reports violations")
				}
				if n := count(`SELECT COUNT(*) FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'candidates_fts_%' AND $1 > 0`); n != 3 {
					t.Errorf("%d candidate search triggers, want 3", n)
				}
			}
			// A row inserted without an id after the load must not collide
			// with the ids the loader chose (PostgreSQL identities).
			var id, maxID int64
			if err := raw.QueryRowContext(ctx, `INSERT INTO sources (tenant_id, name) VALUES ($1, 'Job fair') RETURNING id`, tid).Scan(&id); err != nil {
				t.Fatalf("insert after load: %v", err)
			}
			if err := raw.QueryRowContext(ctx, `SELECT MAX(id) FROM sources WHERE id <> $1`, id).Scan(&maxID); err != nil {
				t.Fatal(err)
			}
			if id <= maxID {
				t.Errorf("new source got id %d, not above %d", id, maxID)
			}
		})

		_, err = demo.Load(ctx, db, demo.Options{Candidates: 20, Seed: 1, Now: now})
		if domain.KindOf(err) != domain.KindConflict {
			t.Errorf("second Load = %v, want a conflict", err)
		}
	})
}

func TestSeedDecidesNames(t *testing.T) {
	names := func(seed int64) []string {
		db := storetest.SQLite(t)
		if _, err := demo.Load(context.Background(), db, demo.Options{Candidates: 100, Seed: seed, Now: now}); err != nil {
			t.Fatalf("Load(seed %d): %v", seed, err)
		}
		rows, err := db.Raw().Query(`SELECT first_name || ' ' || last_name || ' ' || email FROM candidates ORDER BY id`)
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
		if err := rows.Err(); err != nil {
			t.Fatal(err)
		}
		return out
	}
	a, b, c := names(7), names(7), names(8)
	if len(a) != 100 || !slices.Equal(a, b) {
		t.Errorf("the same seed gave different candidates:\n%v\n%v", a[:5], b[:5])
	}
	if slices.Equal(a[1:], c[1:]) {
		t.Error("a different seed gave the same candidates")
	}
}
