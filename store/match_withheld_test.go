package store_test

import (
	"testing"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/store"
	"github.com/matchpoint/matchpoint/store/storetest"
)

// F2: every match carries whether its candidate is withheld (erased,
// restricted or objecting), and the triggers keep it so through restriction,
// objection, lifting either, erasure and new matches, on both engines, for
// the candidate's own matches only.
func TestMatchWithheldFollowsCandidate_F2(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		st := db.Store()
		r := newRecruitment(t, db, "held")
		v1, v2, v3 := r.vacancy(t, st, "One"), r.vacancy(t, st, "Two"), r.vacancy(t, st, "Three")
		anna := r.candidate(t, st, "Anna", "Bakker")
		bram := r.candidate(t, st, "Bram", "Smit")
		rec := store.Actor{Kind: domain.AudienceOffice, ID: r.user.ID, Name: r.user.Name}
		match := func(c domain.Candidate, v domain.Vacancy) domain.ID {
			t.Helper()
			m := domain.Match{CandidateID: c.ID, VacancyID: v.ID, PhaseID: r.proc.Phases[0].ID}
			if err := st.CreateMatch(r.ctx, &m, rec); err != nil {
				t.Fatal(err)
			}
			return m.ID
		}
		a1, a2, b1 := match(anna, v1), match(anna, v2), match(bram, v1)
		withheld := func(id domain.ID) bool {
			t.Helper()
			var on bool
			if err := db.Raw().QueryRowContext(r.ctx, `SELECT withheld FROM matches WHERE id = $1`, id).Scan(&on); err != nil {
				t.Fatal(err)
			}
			return on
		}
		expect := func(step string, anna, bram bool) {
			t.Helper()
			if withheld(a1) != anna || withheld(a2) != anna || withheld(b1) != bram {
				t.Errorf("%s: anna's matches %v %v (want %v), bram's %v (want %v)", step, withheld(a1), withheld(a2), anna, withheld(b1), bram)
			}
		}
		expect("new", false, false)
		for _, step := range []struct {
			name string
			do   func() error
			want bool
		}{
			{"restricted", func() error { return st.SetCandidateRestricted(r.ctx, anna.ID, true) }, true},
			{"restriction lifted", func() error { return st.SetCandidateRestricted(r.ctx, anna.ID, false) }, false},
			{"objected", func() error { return st.SetCandidateObjected(r.ctx, anna.ID, true) }, true},
			{"restricted too", func() error { return st.SetCandidateRestricted(r.ctx, anna.ID, true) }, true},
			{"objection lifted, still restricted", func() error { return st.SetCandidateObjected(r.ctx, anna.ID, false) }, true},
			{"restriction lifted again", func() error { return st.SetCandidateRestricted(r.ctx, anna.ID, false) }, false},
			{"erased", func() error { return st.AnonymiseCandidate(r.ctx, anna.ID) }, true},
		} {
			if err := step.do(); err != nil {
				t.Fatalf("%s: %v", step.name, err)
			}
			expect(step.name, step.want, false)
		}
		// A match written for an erased candidate, however it got there
		// (the store refuses one), is withheld from its first moment.
		var late domain.ID
		if err := db.Raw().QueryRowContext(r.ctx, `INSERT INTO matches (tenant_id, candidate_id, vacancy_id, phase_id, created_at, updated_at)
			VALUES ($1, $2, $3, $4, $5, $5) RETURNING id`, r.tenant.ID, anna.ID, v3.ID, r.proc.Phases[0].ID, db.Now()).Scan(&late); err != nil {
			t.Fatal(err)
		}
		if !withheld(late) {
			t.Error("a new match of an erased candidate is not withheld")
		}
		// A match moved to another candidate takes that candidate's state.
		if _, err := db.Raw().ExecContext(r.ctx, `UPDATE matches SET candidate_id = $1 WHERE id = $2`, bram.ID, late); err != nil {
			t.Fatal(err)
		}
		if withheld(late) {
			t.Error("a match moved from an erased candidate to a free one is still withheld")
		}
		// A change that leaves the candidate's state as it was changes no match.
		if err := st.SetCandidateObjected(r.ctx, bram.ID, false); err != nil {
			t.Fatal(err)
		}
		expect("objection lifted that was never made", true, false)
	})
}
