package store_test

import (
	"testing"
	"time"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/store"
	"github.com/matchpoint/matchpoint/store/storetest"
)

// E2, E5, F2: the waiting list pages through exactly the matches that wait
// for the contact (visible phase, never approved, candidate not withheld),
// newest change first, each page carrying the same total, also a page past
// the end; counted apart from the store's own query.
func TestPortalMatchesPagesAndTotal_E2_E5_F2(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		st := db.Store()
		r := newRecruitment(t, db, "pages")
		screening, proposed, approved := r.proc.Phases[0], r.proc.Phases[1], r.proc.Phases[2]
		if !proposed.VisibleInPortal || screening.VisibleInPortal || approved.VisibleInPortal {
			t.Fatalf("fixture phases: %+v", r.proc.Phases)
		}
		storetest.LoadHiringScale(t, db, storetest.HiringScale{Tenant: r.tenant.ID, Company: r.company, Contact: r.contact,
			Owner: r.user.ID, Status: r.status.ID, Source: r.source.ID, Procedure: r.proc.ID, Screening: screening.ID,
			Proposed: proposed.ID, Approved: approved.ID, Vacancies: 7, PerVacancy: 20, Candidates: 70,
			Now: time.Now().UTC().Truncate(time.Second)})
		var want int
		if err := db.Raw().QueryRowContext(r.ctx, `SELECT COUNT(*) FROM matches m
			JOIN candidates c ON c.tenant_id = m.tenant_id AND c.id = m.candidate_id
			WHERE m.tenant_id = $1 AND m.phase_id = $2 AND m.approved_at IS NULL
			AND NOT c.restricted AND NOT c.objected AND c.anonymised_at IS NULL`, r.tenant.ID, proposed.ID).Scan(&want); err != nil {
			t.Fatal(err)
		}
		if want < 10 || want >= 14 { // 14 proposed, two of them withheld
			t.Fatalf("fixture: %d waiting", want)
		}
		f := store.PortalMatchFilter{ContactID: r.contact, CompanyID: r.company, SourceID: r.source.ID, Waiting: true, Limit: 4}
		seen := map[domain.ID]bool{}
		var last time.Time
		for page := 0; ; page++ {
			f.Offset = page * f.Limit
			list, total, err := st.PortalMatchesCounted(r.ctx, f)
			if err != nil {
				t.Fatal(err)
			}
			if total != want {
				t.Fatalf("page %d: total %d, want %d", page, total, want)
			}
			if len(list) == 0 {
				break
			}
			for _, pm := range list {
				m := pm.Match
				if seen[m.ID] || m.PhaseID != proposed.ID || m.ApprovedAt != nil {
					t.Errorf("page %d: match %d (phase %d, approved %v, seen before %v)", page, m.ID, m.PhaseID, m.ApprovedAt, seen[m.ID])
				}
				if !last.IsZero() && m.UpdatedAt.After(last) {
					t.Errorf("page %d: match %d changed %s, after the one before it (%s)", page, m.ID, m.UpdatedAt, last)
				}
				seen[m.ID], last = true, m.UpdatedAt
			}
		}
		if len(seen) != want {
			t.Errorf("pages held %d matches, want %d", len(seen), want)
		}
	})
}
