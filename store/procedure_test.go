package store_test

import (
	"errors"
	"testing"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/store"
	"github.com/matchpoint/matchpoint/store/storetest"
)

func phaseNames(p []domain.Phase) []string {
	var out []string
	for _, ph := range p {
		out = append(out, ph.Name)
	}
	return out
}

// A3, B5: an admin keeps sources and procedures with ordered phases, each
// phase visible in the portal or not; another tenant sees none of them.
func TestProceduresPhasesAndSources_A3_B5(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		st := db.Store()
		r := newRecruitment(t, db, "acme")
		phases, err := st.Phases(r.ctx, r.proc.ID)
		if err != nil {
			t.Fatal(err)
		}
		if got := phaseNames(phases); len(got) != 3 || got[0] != "Intake" || got[2] != "Hired" || phases[2].Position != 2 {
			t.Fatalf("phases %v %+v", got, phases)
		}
		if err := st.MovePhase(r.ctx, r.proc.ID, phases[2].ID, true); err != nil {
			t.Fatal(err)
		}
		ph, err := st.Phase(r.ctx, r.proc.ID, phases[1].ID)
		if err != nil {
			t.Fatal(err)
		}
		ph.Name, ph.VisibleInPortal = "Proposed to client", false
		if err := st.SavePhase(r.ctx, &ph); err != nil {
			t.Fatal(err)
		}
		p, err := st.Procedure(r.ctx, r.proc.ID)
		if err != nil {
			t.Fatal(err)
		}
		if got := phaseNames(p.Phases); len(got) != 3 || got[1] != "Hired" || got[2] != "Proposed to client" || p.Phases[2].VisibleInPortal {
			t.Fatalf("after move and edit: %+v", p.Phases)
		}
		if err := st.MovePhase(r.ctx, r.proc.ID, p.Phases[0].ID, true); err != nil { // first stays first
			t.Fatal(err)
		}
		p.Name = "Standard procedure"
		if err := st.SaveProcedure(r.ctx, &p); err != nil {
			t.Fatal(err)
		}
		all, err := st.Procedures(r.ctx)
		if err != nil || len(all) != 2 || all[0].Name != "Standard procedure" || len(all[0].Phases) != 3 || len(all[1].Phases) != 1 {
			t.Fatalf("procedures %+v (err %v)", all, err)
		}
		if err := st.SavePhase(r.ctx, &domain.Phase{ProcedureID: p.ID}); fieldKey(err, "name") != "validation.required" {
			t.Fatalf("phase without name: %v", err)
		}
		if err := st.SaveProcedure(r.ctx, &domain.Procedure{Name: " "}); fieldKey(err, "name") != "validation.required" {
			t.Fatalf("procedure without name: %v", err)
		}
		r.source.Name = "Hiring Portal"
		if err := st.SaveSource(r.ctx, &r.source); err != nil {
			t.Fatal(err)
		}
		if err := st.SaveSource(r.ctx, &domain.Source{Name: "LinkedIn"}); err != nil {
			t.Fatal(err)
		}
		sources, err := st.Sources(r.ctx)
		if err != nil || len(sources) != 2 || sources[0].Name != "Hiring Portal" {
			t.Fatalf("sources %+v (err %v)", sources, err)
		}

		b := newAgency(t, st, "b")
		if _, err := st.Procedure(b.ctx, p.ID); !errors.Is(err, domain.ErrNotFound) {
			t.Fatalf("tenant b read a's procedure: %v", err)
		}
		if _, err := st.Phase(b.ctx, p.ID, p.Phases[0].ID); !errors.Is(err, domain.ErrNotFound) {
			t.Fatalf("tenant b read a's phase: %v", err)
		}
		if _, err := st.Source(b.ctx, r.source.ID); !errors.Is(err, domain.ErrNotFound) {
			t.Fatalf("tenant b read a's source: %v", err)
		}
		if err := st.SavePhase(b.ctx, &domain.Phase{ProcedureID: p.ID, Name: "Injected"}); !errors.Is(err, domain.ErrNotFound) {
			t.Fatalf("tenant b added a phase to a's procedure: %v", err)
		}
		stolen := p.Phases[0]
		stolen.Name = "Renamed"
		if err := st.SavePhase(b.ctx, &stolen); !errors.Is(err, domain.ErrNotFound) {
			t.Fatalf("tenant b renamed a's phase: %v", err)
		}
		if err := st.MovePhase(b.ctx, p.ID, stolen.ID, false); !errors.Is(err, domain.ErrNotFound) {
			t.Fatalf("tenant b moved a's phase: %v", err)
		}
		p.Name = "Renamed"
		if err := st.SaveProcedure(b.ctx, &p); !errors.Is(err, domain.ErrNotFound) {
			t.Fatalf("tenant b renamed a's procedure: %v", err)
		}
		r.source.Name = "Renamed"
		if err := st.SaveSource(b.ctx, &r.source); !errors.Is(err, domain.ErrNotFound) {
			t.Fatalf("tenant b renamed a's source: %v", err)
		}
		if list, _ := st.Procedures(b.ctx); len(list) != 0 {
			t.Fatalf("tenant b listed a's procedures: %+v", list)
		}
		if list, _ := st.Sources(b.ctx); len(list) != 0 {
			t.Fatalf("tenant b listed a's sources: %+v", list)
		}
		if list, _ := st.Phases(b.ctx, p.ID); len(list) != 0 {
			t.Fatalf("tenant b listed a's phases: %+v", list)
		}
	})
}
