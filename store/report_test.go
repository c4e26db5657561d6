package store_test

import (
	"testing"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/store"
	"github.com/matchpoint/matchpoint/store/storetest"
)

// G5: the pipeline counts matches per phase of open vacancies (0 for empty
// phases), and hours per week sum sent and approved timesheets only.
func TestPipelineAndHoursPerWeek_G5(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		st := db.Store()
		a := newAgency(t, st, "acme")
		b := newAgency(t, st, "other")
		must := func(err error) {
			t.Helper()
			if err != nil {
				t.Fatal(err)
			}
		}
		co := domain.Company{OwnerID: a.user.ID, Kind: domain.CompanyClient, Name: "Co"}
		must(st.CreateCompany(a.ctx, &co))
		proc := domain.Procedure{Name: "Standard"}
		must(st.SaveProcedure(a.ctx, &proc))
		var phases []domain.Phase
		for _, name := range []string{"Sourced", "Proposed", "Placed"} {
			ph := domain.Phase{ProcedureID: proc.ID, Name: name}
			must(st.SavePhase(a.ctx, &ph))
			phases = append(phases, ph)
		}
		open := domain.Vacancy{CompanyID: co.ID, OwnerID: a.user.ID, ProcedureID: proc.ID, Title: "Open", Status: domain.VacancyOpen, Origin: domain.OriginOffice}
		closed := open
		closed.Title, closed.Status = "Closed", domain.VacancyClosed
		must(st.CreateVacancy(a.ctx, &open))
		must(st.CreateVacancy(a.ctx, &closed))
		actor := store.Actor{Kind: domain.AudienceOffice, ID: a.user.ID, Name: "R"}
		for i, phase := range []int{0, 0, 1} {
			c := a.candidate(t, st, "C", string(rune('a'+i)))
			must(st.CreateMatch(a.ctx, &domain.Match{CandidateID: c.ID, VacancyID: open.ID, PhaseID: phases[phase].ID}, actor))
			must(st.CreateMatch(a.ctx, &domain.Match{CandidateID: c.ID, VacancyID: closed.ID, PhaseID: phases[2].ID}, actor))
		}
		got, err := st.Pipeline(a.ctx, 0)
		must(err)
		if len(got) != 3 || got[0].Count != 2 || got[1].Count != 1 || got[2].Count != 0 {
			t.Fatalf("pipeline of open vacancies: %+v", got)
		}
		one, err := st.Pipeline(a.ctx, closed.ID)
		must(err)
		if len(one) != 3 || one[2].Count != 3 {
			t.Fatalf("pipeline of the closed vacancy: %+v", one)
		}
		if other, _ := st.Pipeline(b.ctx, 0); len(other) != 0 {
			t.Fatalf("another agency sees %d phases", len(other))
		}

		cand := a.candidate(t, st, "Hour", "Writer")
		p := domain.Placement{CandidateID: cand.ID, CompanyID: co.ID, Title: "Job", StartDate: domain.NewDate(2026, 1, 5)}
		must(st.CreatePlacement(a.ctx, &p))
		dt := domain.DeclarationType{Name: "Hours", EmptyLinePerPlacement: true}
		must(st.SaveDeclarationType(a.ctx, &dt))
		for _, tc := range []struct {
			week    int
			status  domain.TimesheetStatus
			minutes int
		}{{2, domain.TimesheetApproved, 480}, {3, domain.TimesheetSent, 240}, {4, domain.TimesheetDraft, 600}} {
			ts := domain.Timesheet{PlacementID: p.ID, Year: 2026, Week: tc.week, Status: tc.status}
			must(st.CreateTimesheet(a.ctx, &ts))
			day := domain.MondayOfISOWeek(2026, tc.week)
			must(st.SaveTimesheetLines(a.ctx, ts.ID, []domain.TimesheetLine{{DeclarationTypeID: dt.ID, Day: day, Minutes: tc.minutes}}))
		}
		weeks, err := st.HoursPerWeek(a.ctx, domain.NewDate(2026, 1, 12)) // ISO week 3
		must(err)
		if len(weeks) != 1 || weeks[0].Week != 3 || weeks[0].Minutes != 240 {
			t.Fatalf("hours per week since week 3: %+v", weeks)
		}
		all, _ := st.HoursPerWeek(a.ctx, domain.NewDate(2025, 12, 1))
		if len(all) != 2 || all[0].Minutes != 480 {
			t.Fatalf("hours per week: %+v", all)
		}
	})
}
