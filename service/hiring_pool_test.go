package service_test

import (
	"testing"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/store"
	"github.com/matchpoint/matchpoint/store/storetest"
)

// E8: every contact sees the general pool, a company pool only its own
// company's contacts; E9: 'match with my vacancies' creates a match in the
// configured phase, the candidate stays in the pool, and a second match to
// the same vacancy is refused politely.
func TestHiringPools_E8_E9(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		w := newHiringWorld(t, db, "e8")
		pools, err := w.svc.HiringPools(w.ctx, w.x1)
		hmust(t, "pools", err)
		seen := map[domain.ID][]store.PoolMember{}
		for _, p := range pools {
			seen[p.Pool.ID] = p.Members
		}
		if len(seen) != 2 || len(seen[w.general.ID]) != 1 || len(seen[w.poolX.ID]) != 1 || seen[w.poolX.ID][0].CandidateID != w.eve.ID {
			t.Fatalf("x1 sees pools %v", seen)
		}
		for _, id := range []domain.ID{w.poolY.ID, w.vx1.ID} {
			_, err := w.svc.HiringPoolPage(w.ctx, w.x1, id, 0)
			hiringKind(t, "pool page", err, domain.KindNotFound, "")
		}
		_, err = w.svc.HiringPoolCandidate(w.ctx, w.x1, w.poolY.ID, w.fred.ID)
		hiringKind(t, "Y's pool candidate", err, domain.KindNotFound, "")
		_, err = w.svc.HiringPoolCandidate(w.ctx, w.x1, w.poolX.ID, w.fred.ID)
		hiringKind(t, "Fred through X's pool", err, domain.KindNotFound, "")
		_, err = w.svc.HiringPoolCandidate(w.ctx, w.x1, w.general.ID, w.anna.ID)
		hiringKind(t, "a proposed candidate through the pool", err, domain.KindNotFound, "")

		view, err := w.svc.HiringPoolCandidate(w.ctx, w.x1, w.general.ID, w.dave.ID)
		hmust(t, "pool candidate", err)
		if view.Candidate.Name != "Dave Mulder" || view.Candidate.Phone != "" || len(view.Targets) != 1 || view.Targets[0].ID != w.vx1.ID {
			t.Fatalf("pool view %+v", view)
		}
		for _, v := range []domain.Vacancy{w.vx2, w.vy1, w.vxHidden, w.poolX} {
			_, err := w.svc.HiringMatchFromPool(w.ctx, w.x1, w.general.ID, w.dave.ID, v.ID)
			hiringKind(t, "match to "+v.Title, err, domain.KindNotFound, "")
		}
		m, err := w.svc.HiringMatchFromPool(w.ctx, w.x1, w.general.ID, w.dave.ID, w.vx1.ID)
		hmust(t, "match from pool", err)
		if m.VacancyID != w.vx1.ID || m.CandidateID != w.dave.ID || m.PhaseID != w.proposed.ID {
			t.Fatalf("match %+v", m)
		}
		if in, _ := w.st.InPool(w.ctx, w.general.ID, w.dave.ID); !in {
			t.Errorf("Dave left the pool")
		}
		_, err = w.svc.HiringMatchFromPool(w.ctx, w.x1, w.general.ID, w.dave.ID, w.vx1.ID)
		hiringKind(t, "twice", err, domain.KindConflict, domain.KeyMatchExists)

		closed := w.vx1
		closed.Status = domain.VacancyClosed
		hmust(t, "close", w.st.UpdateVacancy(w.ctx, &closed))
		_, err = w.svc.HiringMatchFromPool(w.ctx, w.x1, w.poolX.ID, w.eve.ID, w.vx1.ID)
		hiringKind(t, "closed vacancy", err, domain.KindInvalid, domain.KeyVacancyClosed)

		// y1 sees the general pool and Y's, never X's.
		pools, err = w.svc.HiringPools(w.ctx, w.y1)
		hmust(t, "y1 pools", err)
		for _, p := range pools {
			if p.Pool.ID == w.poolX.ID {
				t.Errorf("y1 sees X's pool")
			}
		}
	})
}
