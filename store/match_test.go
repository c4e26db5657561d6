package store_test

import (
	"errors"
	"testing"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/store"
	"github.com/matchpoint/matchpoint/store/storetest"
)

// A1, E6, B5: a match lives in a phase of its vacancy's procedure, is unique
// per candidate and vacancy, logs every phase change with its actor, carries
// evaluations, and is invisible to another tenant.
func TestMatchPhasesHistoryEvaluations_A1_E6_B5(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		st := db.Store()
		r := newRecruitment(t, db, "acme")
		v := r.vacancy(t, st, "Go developer")
		anna := r.candidate(t, st, "Anna", "Bakker")
		bram := r.candidate(t, st, "Bram", "Smit")
		rec := store.Actor{Kind: domain.AudienceOffice, ID: r.user.ID, Name: r.user.Name}
		intake, proposed := r.proc.Phases[0], r.proc.Phases[1]

		wrong := domain.Match{CandidateID: anna.ID, VacancyID: v.ID, PhaseID: r.proc2.Phases[0].ID}
		if err := st.CreateMatch(r.ctx, &wrong, rec); fieldKey(err, "phase_id") != domain.KeyPhaseNotInProcedure {
			t.Fatalf("phase of another procedure: %v", err)
		}
		m := domain.Match{CandidateID: anna.ID, VacancyID: v.ID, PhaseID: intake.ID}
		if err := st.CreateMatch(r.ctx, &m, rec); err != nil {
			t.Fatal(err)
		}
		dup := domain.Match{CandidateID: anna.ID, VacancyID: v.ID, PhaseID: proposed.ID}
		if err := st.CreateMatch(r.ctx, &dup, rec); domain.KindOf(err) != domain.KindConflict || domain.KeyOf(err) != domain.KeyMatchExists {
			t.Fatalf("second match of the same pair: %v", err)
		}
		m2 := domain.Match{CandidateID: bram.ID, VacancyID: v.ID, PhaseID: proposed.ID}
		if err := st.CreateMatch(r.ctx, &m2, rec); err != nil {
			t.Fatal(err)
		}
		got, err := st.Match(r.ctx, m.ID)
		if err != nil || got.CandidateName != "Anna Bakker" || got.VacancyTitle != "Go developer" ||
			got.CompanyName != "Acme acme" || got.PhaseName != "Intake" {
			t.Fatalf("read back %+v (err %v)", got, err)
		}

		contact := store.Actor{Kind: domain.AudienceHiring, ID: r.contact, Name: "Carla Contact"}
		if err := st.MoveMatch(r.ctx, m.ID, proposed.ID, rec); err != nil {
			t.Fatal(err)
		}
		if err := st.MoveMatch(r.ctx, m.ID, proposed.ID, rec); err != nil { // already there: no entry
			t.Fatal(err)
		}
		if err := st.MoveMatch(r.ctx, m.ID, r.proc2.Phases[0].ID, rec); fieldKey(err, "phase_id") != domain.KeyPhaseNotInProcedure {
			t.Fatalf("move to a phase of another procedure: %v", err)
		}
		if err := st.MoveMatch(r.ctx, m.ID, r.proc.Phases[2].ID, contact); err != nil {
			t.Fatal(err)
		}
		hist, err := st.PhaseChanges(r.ctx, m.ID)
		if err != nil || len(hist) != 3 {
			t.Fatalf("history %+v (err %v)", hist, err)
		}
		if h := hist[0]; h.FromPhaseID != 0 || h.ToPhaseName != "Intake" || h.ActorKind != domain.AudienceOffice || h.ActorName != r.user.Name {
			t.Errorf("created entry %+v", h)
		}
		if h := hist[2]; h.FromPhaseName != "Proposed" || h.ToPhaseName != "Hired" || h.ActorKind != domain.AudienceHiring || h.ActorID != r.contact {
			t.Errorf("last entry %+v", h)
		}

		for _, tc := range []struct {
			name string
			f    store.MatchFilter
			want []string
		}{
			{"vacancy, in phase order", store.MatchFilter{VacancyID: v.ID}, []string{"Bram Smit", "Anna Bakker"}},
			{"candidate", store.MatchFilter{CandidateID: bram.ID}, []string{"Bram Smit"}},
			{"phase", store.MatchFilter{PhaseID: r.proc.Phases[2].ID}, []string{"Anna Bakker"}},
		} {
			list, _, err := st.Matches(r.ctx, tc.f)
			var names []string
			for _, m := range list {
				names = append(names, m.CandidateName)
			}
			if err != nil || len(names) != len(tc.want) || names[0] != tc.want[0] {
				t.Errorf("%s: %v (err %v), want %v", tc.name, names, err, tc.want)
			}
		}
		if page, more, _ := st.Matches(r.ctx, store.MatchFilter{VacancyID: v.ID, Limit: 1}); len(page) != 1 || !more {
			t.Errorf("paging: %d, more %v", len(page), more)
		}

		// The procedure of a vacancy with matches is fixed; other fields are not.
		vac, _ := st.Vacancy(r.ctx, v.ID)
		vac.ProcedureID = r.proc2.ID
		if err := st.UpdateVacancy(r.ctx, &vac); fieldKey(err, "procedure_id") != domain.KeyProcedureLocked {
			t.Fatalf("procedure changed under matches: %v", err)
		}
		vac.ProcedureID, vac.Title = r.proc.ID, "Go engineer"
		if err := st.UpdateVacancy(r.ctx, &vac); err != nil {
			t.Fatal(err)
		}

		if err := st.AddEvaluation(r.ctx, &domain.Evaluation{MatchID: m.ID, Verdict: domain.VerdictComment, Comment: " "}, rec); fieldKey(err, "comment") != "validation.required" {
			t.Fatalf("empty comment: %v", err)
		}
		ev := domain.Evaluation{MatchID: m.ID, Verdict: domain.VerdictComment, Comment: "Strong on Go, weak on SQL"}
		if err := st.AddEvaluation(r.ctx, &ev, rec); err != nil {
			t.Fatal(err)
		}
		if err := st.AddEvaluation(r.ctx, &domain.Evaluation{MatchID: m.ID, Verdict: domain.VerdictApprove, Comment: "Yes"}, contact); err != nil {
			t.Fatal(err)
		}
		evs, err := st.Evaluations(r.ctx, m.ID)
		if err != nil || len(evs) != 2 || evs[0].Comment != ev.Comment || evs[0].ActorName != r.user.Name || evs[1].Verdict != domain.VerdictApprove {
			t.Fatalf("evaluations %+v (err %v)", evs, err)
		}

		b := newRecruitment(t, db, "b")
		if _, err := st.Match(b.ctx, m.ID); !errors.Is(err, domain.ErrNotFound) {
			t.Fatalf("tenant b read a's match: %v", err)
		}
		if err := st.MoveMatch(b.ctx, m.ID, b.proc.Phases[0].ID, rec); !errors.Is(err, domain.ErrNotFound) {
			t.Fatalf("tenant b moved a's match: %v", err)
		}
		if err := st.AddEvaluation(b.ctx, &domain.Evaluation{MatchID: m.ID, Verdict: domain.VerdictComment, Comment: "x"}, rec); !errors.Is(err, domain.ErrNotFound) {
			t.Fatalf("tenant b evaluated a's match: %v", err)
		}
		bc := b.candidate(t, st, "Bea", "B")
		if err := st.CreateMatch(b.ctx, &domain.Match{CandidateID: bc.ID, VacancyID: v.ID, PhaseID: intake.ID}, rec); !errors.Is(err, domain.ErrNotFound) {
			t.Fatalf("tenant b matched to a's vacancy: %v", err)
		}
		if h, _ := st.PhaseChanges(b.ctx, m.ID); len(h) != 0 {
			t.Fatalf("tenant b read a's history: %+v", h)
		}
		if e, _ := st.Evaluations(b.ctx, m.ID); len(e) != 0 {
			t.Fatalf("tenant b read a's evaluations: %+v", e)
		}
		if list, _, _ := st.Matches(b.ctx, store.MatchFilter{VacancyID: v.ID}); len(list) != 0 {
			t.Fatalf("tenant b listed a's matches: %+v", list)
		}
	})
}
