package storetest

import (
	"context"
	"database/sql"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/store"
)

// HiringScale is the Hiring Portal load of one client company that the
// dashboard benchmarks (E2) run against: Vacancies portal vacancies of which
// Contact is the contact (every tenth closed), PerVacancy matches on each,
// spread over Candidates new candidates.
//
// Of the matches, one in ten is in the visible Proposed phase, one in twenty
// was approved and moved on to Approved, the rest are in Screening; one
// candidate in seven is withheld (restricted, objected or erased, F2), so
// some of the proposed ones must not count.
type HiringScale struct {
	Tenant, Company, Contact, Owner, Status, Source, Procedure domain.ID
	Screening, Proposed, Approved                              domain.ID
	Vacancies, PerVacancy, Candidates                          int
	Now                                                        time.Time
}

// LoadHiringScale writes s in one transaction with multi-row INSERTs, which
// builds tens of thousands of rows in seconds. Triggers and constraints run
// as for any other write.
func LoadHiringScale(tb testing.TB, db *store.DB, s HiringScale) {
	tb.Helper()
	ctx := context.Background()
	tx, err := db.Raw().BeginTx(ctx, nil)
	if err != nil {
		tb.Fatalf("hiring scale: begin: %v", err)
	}
	defer tx.Rollback() //nolint:errcheck // no-op after commit
	insert := func(table, cols string, rows [][]any) []domain.ID {
		ids, err := insertRows(ctx, tx, table, cols, rows)
		if err != nil {
			tb.Fatalf("hiring scale: %v", err)
		}
		return ids
	}
	var cands [][]any
	for i := range s.Candidates {
		restricted, objected, erased := i%7 == 3 && i%3 == 0, i%7 == 3 && i%3 == 1, any(nil)
		if i%7 == 3 && i%3 == 2 {
			erased = s.Now
		}
		cands = append(cands, []any{s.Tenant, s.Owner, s.Status, "Scale", fmt.Sprintf("%d-%05d", s.Company, i), "Utrecht",
			restricted, objected, erased, s.Now, s.Now})
	}
	candidateIDs := insert("candidates", "tenant_id, owner_id, status_id, first_name, last_name, city, restricted, objected, anonymised_at, created_at, updated_at", cands)
	var vacs [][]any
	for i := range s.Vacancies {
		status := domain.VacancyOpen
		if i%10 == 9 {
			status = domain.VacancyClosed
		}
		vacs = append(vacs, []any{s.Tenant, s.Company, s.Contact, s.Owner, s.Source, s.Procedure,
			fmt.Sprintf("Vacancy %04d", i), string(status), "", "office", s.Now, s.Now})
	}
	vacancyIDs := insert("vacancies", "tenant_id, company_id, contact_id, owner_id, source_id, procedure_id, title, status, pool, origin, created_at, updated_at", vacs)
	if db.Dialect == store.Postgres {
		// Statistics before the matches go in: the foreign-key checks and
		// the withheld trigger plan their lookups once per connection, and
		// planned on tables without statistics they read every candidate of
		// the agency for each match (what autovacuum spares a live database).
		if _, err := tx.ExecContext(ctx, "ANALYZE candidates, vacancies, phases"); err != nil {
			tb.Fatalf("hiring scale: analyze: %v", err)
		}
	}
	var matches [][]any
	for vi, vid := range vacancyIDs {
		for j := range s.PerVacancy {
			n := vi*s.PerVacancy + j
			phase, approved := s.Screening, any(nil)
			switch n % 20 {
			case 0, 1:
				phase = s.Proposed
			case 2:
				phase, approved = s.Approved, s.Now
			}
			at := s.Now.Add(-time.Duration(n) * time.Minute)
			matches = append(matches, []any{s.Tenant, candidateIDs[n%len(candidateIDs)], vid, phase, approved, at, at})
		}
	}
	insert("matches", "tenant_id, candidate_id, vacancy_id, phase_id, approved_at, created_at, updated_at", matches)
	if err := tx.Commit(); err != nil {
		tb.Fatalf("hiring scale: commit: %v", err)
	}
}

// insertRows inserts rows into table, 500 to a statement, and returns their
// ids in order. Both engines take $n placeholders.
func insertRows(ctx context.Context, tx *sql.Tx, table, cols string, rows [][]any) ([]domain.ID, error) {
	var ids []domain.ID
	n := strings.Count(cols, ",") + 1
	for start := 0; start < len(rows); start += 500 {
		var sb strings.Builder
		var args []any
		sb.WriteString("INSERT INTO " + table + " (" + cols + ") VALUES ")
		for i, r := range rows[start:min(start+500, len(rows))] {
			if i > 0 {
				sb.WriteString(", ")
			}
			sb.WriteString("(")
			for j := range n {
				if j > 0 {
					sb.WriteString(", ")
				}
				args = append(args, r[j])
				fmt.Fprintf(&sb, "$%d", len(args))
			}
			sb.WriteString(")")
		}
		sb.WriteString(" RETURNING id")
		rs, err := tx.QueryContext(ctx, sb.String(), args...)
		if err != nil {
			return nil, fmt.Errorf("insert %s: %w", table, err)
		}
		for rs.Next() {
			var id domain.ID
			if err := rs.Scan(&id); err != nil {
				rs.Close()
				return nil, fmt.Errorf("insert %s: %w", table, err)
			}
			ids = append(ids, id)
		}
		err = rs.Err()
		rs.Close()
		if err != nil {
			return nil, fmt.Errorf("insert %s: %w", table, err)
		}
	}
	return ids, nil
}
