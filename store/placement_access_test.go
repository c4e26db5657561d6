package store_test

import (
	"errors"
	"testing"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/store"
	"github.com/matchpoint/matchpoint/store/storetest"
)

// B5: another tenant gets not found for placements, rates, declaration types
// and timesheets by id, sees none of them in lists, and cannot point its own
// placement at the first tenant's candidate or contacts.
func TestPlacementTenantIsolation_B5(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		st := db.Store()
		a := newAgency(t, st, "a")
		b := newAgency(t, st, "b")
		acme := a.rawCompany(t, db, "Acme")
		contact := a.rawContact(t, db, acme, "Carla", "Acme")
		cand := a.candidate(t, st, "Anna", "Smit")
		p := a.placement(t, st, domain.Placement{CandidateID: cand.ID, CompanyID: acme, Title: "Planner",
			StartDate: domain.NewDate(2024, 1, 1), ContactIDs: []domain.ID{contact}})
		dt := domain.DeclarationType{Name: "Hours", EmptyLinePerPlacement: true}
		if err := st.SaveDeclarationType(a.ctx, &dt); err != nil {
			t.Fatal(err)
		}
		r := domain.Rate{PlacementID: p.ID, DeclarationTypeID: dt.ID, StartDate: domain.NewDate(2024, 1, 1), BillCents: 100}
		if err := st.SaveRate(a.ctx, &r); err != nil {
			t.Fatal(err)
		}
		ts := domain.Timesheet{PlacementID: p.ID, Year: 2024, Week: 2}
		if err := st.CreateTimesheet(a.ctx, &ts); err != nil {
			t.Fatal(err)
		}
		if err := st.SaveTimesheetLines(a.ctx, ts.ID, []domain.TimesheetLine{{DeclarationTypeID: dt.ID, Day: domain.NewDate(2024, 1, 8), Minutes: 60}}); err != nil {
			t.Fatal(err)
		}
		if err := st.AddTimesheetEvent(a.ctx, &domain.TimesheetEvent{TimesheetID: ts.ID, ActorKind: domain.AudienceOffice, ActorID: a.user.ID, ActorName: "Rec", Action: "comment"}); err != nil {
			t.Fatal(err)
		}

		notFound := func(what string, err error) {
			t.Helper()
			if !errors.Is(err, domain.ErrNotFound) {
				t.Errorf("tenant b %s: err=%v, want not found", what, err)
			}
		}
		_, err := st.Placement(b.ctx, p.ID)
		notFound("read placement", err)
		q := p
		q.Title = "Mallory"
		q.ContactIDs = nil
		notFound("update placement", st.UpdatePlacement(b.ctx, &q))
		_, err = st.Rate(b.ctx, p.ID, r.ID)
		notFound("read rate", err)
		r2 := r
		r2.BillCents = 1
		notFound("update rate", st.SaveRate(b.ctx, &r2))
		notFound("delete rate", st.DeleteRate(b.ctx, p.ID, r.ID))
		_, err = st.DeclarationType(b.ctx, dt.ID)
		notFound("read declaration type", err)
		dt2 := dt
		dt2.Name = "Mallory"
		notFound("update declaration type", st.SaveDeclarationType(b.ctx, &dt2))
		_, err = st.Timesheet(b.ctx, ts.ID)
		notFound("read timesheet", err)
		notFound("save lines", st.SaveTimesheetLines(b.ctx, ts.ID, nil))

		if back, _ := st.Placement(a.ctx, p.ID); back.Title != "Planner" || len(back.ContactIDs) != 1 {
			t.Fatalf("tenant b changed a's placement: %+v", back)
		}
		if rates, _ := st.Rates(a.ctx, p.ID); len(rates) != 1 || rates[0].BillCents != 100 {
			t.Fatalf("tenant b changed a's rates: %+v", rates)
		}
		if lines, _ := st.TimesheetLines(a.ctx, ts.ID); len(lines) != 1 {
			t.Fatalf("tenant b changed a's lines: %+v", lines)
		}

		ps, _, err1 := st.Placements(b.ctx, store.PlacementFilter{})
		rs, err2 := st.Rates(b.ctx, p.ID)
		ds, err3 := st.DeclarationTypes(b.ctx)
		tss, _, err4 := st.Timesheets(b.ctx, store.TimesheetFilter{})
		ls, err5 := st.TimesheetLines(b.ctx, ts.ID)
		es, err6 := st.TimesheetEvents(b.ctx, ts.ID)
		cs, err7 := st.PlacementContacts(b.ctx, p.ID)
		if err := errors.Join(err1, err2, err3, err4, err5, err6, err7); err != nil {
			t.Fatal(err)
		}
		if n := len(ps) + len(rs) + len(ds) + len(tss) + len(ls) + len(es) + len(cs); n != 0 {
			t.Fatalf("tenant b's lists saw %d of a's rows", n)
		}

		// Tenant b cannot build on tenant a's rows.
		bCompany := b.rawCompany(t, db, "Bco")
		bCand := b.candidate(t, st, "Bob", "B")
		for name, bad := range map[string]domain.Placement{
			"a's candidate": {CandidateID: cand.ID, CompanyID: bCompany, Title: "X", StartDate: domain.NewDate(2024, 1, 1)},
			"a's company":   {CandidateID: bCand.ID, CompanyID: acme, Title: "X", StartDate: domain.NewDate(2024, 1, 1)},
			"a's contact":   {CandidateID: bCand.ID, CompanyID: bCompany, Title: "X", StartDate: domain.NewDate(2024, 1, 1), ContactIDs: []domain.ID{contact}},
		} {
			if err := st.CreatePlacement(b.ctx, &bad); err == nil {
				t.Errorf("placement on %s accepted", name)
			}
		}
		if err := st.SaveRate(b.ctx, &domain.Rate{PlacementID: p.ID, StartDate: domain.NewDate(2024, 1, 1)}); err == nil {
			t.Error("rate on a's placement accepted")
		}
		if err := st.CreateTimesheet(b.ctx, &domain.Timesheet{PlacementID: p.ID, Year: 2024, Week: 3}); err == nil {
			t.Error("timesheet on a's placement accepted")
		}
		if err := st.AddTimesheetEvent(b.ctx, &domain.TimesheetEvent{TimesheetID: ts.ID, ActorKind: domain.AudienceOffice, Action: "comment"}); err == nil {
			t.Error("event on a's timesheet accepted")
		}
	})
}
