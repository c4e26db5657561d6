package service_test

import (
	"testing"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/internal/latency"
	"github.com/matchpoint/matchpoint/store"
	"github.com/matchpoint/matchpoint/store/storetest"
)

// BenchmarkHiringDashboard is E2's speed target: the dashboard of a contact
// whose company has 1,000 vacancies and 20,000 matches (the contact is the
// contact of all of them, the worst case), beside another company of the
// same size, in an agency of 20,000 candidates of whom one in seven is
// withheld (F2), must stay under 10 ms at p99 on both engines. It reports
// the p50 and p99 of one dashboard in milliseconds.
func BenchmarkHiringDashboard(b *testing.B) {
	b.Run("sqlite", func(b *testing.B) { benchDashboard(b, storetest.SQLite(b)) })
	b.Run("postgres", func(b *testing.B) { benchDashboard(b, storetest.Postgres(b, true)) })
}

func benchDashboard(b *testing.B, db *store.DB) {
	w := newHiringWorld(b, db, "bench")
	for _, co := range []struct {
		company domain.Company
		contact domain.Contact
	}{{w.x, w.x1}, {w.y, w.y1}} {
		bulkLoad(b, w, co.company, co.contact)
	}
	if db.Dialect == store.Postgres {
		// What autovacuum does on a live database: statistics and the
		// visibility map that index-only scans rely on.
		if _, err := db.Raw().ExecContext(w.ctx, "VACUUM ANALYZE"); err != nil {
			b.Fatal(err)
		}
	}
	d, err := w.svc.HiringDashboard(w.ctx, w.x1)
	hmust(b, "dashboard", err)
	if d.VacancyCount < 900 || d.CandidateCount < 1700 || len(d.Candidates) != 10 {
		b.Fatalf("data set not as meant: %d vacancies, %d candidates", d.VacancyCount, d.CandidateCount)
	}
	latency.Measure(b, func(int) {
		if _, err := w.svc.HiringDashboard(w.ctx, w.x1); err != nil {
			b.Fatal(err)
		}
	})
}

// bulkLoad gives company co the scale of the benchmark: 1,000 portal
// vacancies of contact ct with 20 matches each over 10,000 candidates
// (storetest.HiringScale says which are proposed, approved and withheld).
func bulkLoad(b testing.TB, w *hiringWorld, co domain.Company, ct domain.Contact) {
	storetest.LoadHiringScale(b, w.db, storetest.HiringScale{Tenant: w.tenant.ID, Company: co.ID, Contact: ct.ID,
		Owner: w.rec.ID, Status: w.status.ID, Source: w.portalSrc.ID, Procedure: w.standard.ID, Screening: w.screening.ID,
		Proposed: w.proposed.ID, Approved: w.approved.ID, Vacancies: 1000, PerVacancy: 20, Candidates: 10_000, Now: hiringNow})
}
