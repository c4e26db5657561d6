package store_test

import (
	"errors"
	"slices"
	"testing"
	"time"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/store"
	"github.com/matchpoint/matchpoint/store/storetest"
)

// insertID runs an INSERT … RETURNING id on the raw pool. The placement tests
// use it for companies, contacts and vacancies, whose store methods live in
// other files.
func insertID(t *testing.T, db *store.DB, query string, args ...any) domain.ID {
	t.Helper()
	var id domain.ID
	if err := db.Raw().QueryRow(query, args...).Scan(&id); err != nil {
		t.Fatalf("insert: %v", err)
	}
	return id
}

func (a agency) rawCompany(t *testing.T, db *store.DB, name string) domain.ID {
	t.Helper()
	return insertID(t, db, `INSERT INTO companies (tenant_id, owner_id, name, created_at, updated_at)
		VALUES ($1, $2, $3, $4, $4) RETURNING id`, a.tenant.ID, a.user.ID, name, db.Now())
}

func (a agency) rawContact(t *testing.T, db *store.DB, companyID domain.ID, first, last string) domain.ID {
	t.Helper()
	return insertID(t, db, `INSERT INTO contacts (tenant_id, company_id, owner_id, first_name, last_name, created_at, updated_at)
		VALUES ($1, $2, $3, $4, $5, $6, $6) RETURNING id`, a.tenant.ID, companyID, a.user.ID, first, last, db.Now())
}

func (a agency) rawVacancy(t *testing.T, db *store.DB, companyID domain.ID, title string) domain.ID {
	t.Helper()
	proc := insertID(t, db, `INSERT INTO procedures (tenant_id, name) VALUES ($1, 'Standard') RETURNING id`, a.tenant.ID)
	return insertID(t, db, `INSERT INTO vacancies (tenant_id, company_id, owner_id, procedure_id, title, created_at, updated_at)
		VALUES ($1, $2, $3, $4, $5, $6, $6) RETURNING id`, a.tenant.ID, companyID, a.user.ID, proc, title, db.Now())
}

func (a agency) placement(t *testing.T, st *store.Store, p domain.Placement) domain.Placement {
	t.Helper()
	if err := st.CreatePlacement(a.ctx, &p); err != nil {
		t.Fatalf("create placement: %v", err)
	}
	return p
}

func fieldError(err error, field string) string {
	var ve *domain.ValidationError
	if errors.As(err, &ve) {
		return ve.Fields[field]
	}
	return ""
}

// A1: a placement is created with its contacts, read back, edited (its set of
// contacts replaced) and listed with filters; contacts and a vacancy of
// another company are refused and leave nothing half-saved.
func TestPlacementCRUDAndList_A1(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		st := db.Store()
		a := newAgency(t, st, "acme")
		anna := a.candidate(t, st, "Anna", "de Vries")
		bram := a.candidate(t, st, "Bram", "Jansen")
		acme := a.rawCompany(t, db, "Acme Logistics")
		globex := a.rawCompany(t, db, "Globex")
		c1 := a.rawContact(t, db, acme, "Carla", "Acme")
		c2 := a.rawContact(t, db, acme, "Dirk", "Acme")
		g1 := a.rawContact(t, db, globex, "Gerda", "Globex")
		vac := a.rawVacancy(t, db, acme, "Planner")
		otherVac := a.rawVacancy(t, db, globex, "Driver")

		p := a.placement(t, st, domain.Placement{CandidateID: anna.ID, CompanyID: acme, VacancyID: vac, Title: "Planner",
			StartDate: domain.NewDate(2024, 1, 8), TimesheetApproval: true, ContactIDs: []domain.ID{c2, c1, c2}})
		got, err := st.Placement(a.ctx, p.ID)
		if err != nil {
			t.Fatal(err)
		}
		if got.CandidateName != "Anna de Vries" || got.CompanyName != "Acme Logistics" || got.VacancyID != vac ||
			!got.TimesheetApproval || got.StartDate.String() != "2024-01-08" || !got.EndDate.IsZero() ||
			!slices.Equal(got.ContactIDs, []domain.ID{c1, c2}) {
			t.Fatalf("read back %+v", got)
		}
		contacts, err := st.PlacementContacts(a.ctx, p.ID)
		if err != nil || len(contacts) != 2 || contacts[0].Name() != "Carla Acme" {
			t.Fatalf("contacts %+v, %v", contacts, err)
		}

		// A contact of another company is refused; nothing of the edit is saved.
		bad := got
		bad.Title = "Changed"
		bad.ContactIDs = []domain.ID{c1, g1}
		if err := st.UpdatePlacement(a.ctx, &bad); fieldError(err, "contact_ids") != "validation.contact_company" {
			t.Fatalf("foreign contact: %v", err)
		}
		bad = got
		bad.Title = "Changed"
		bad.VacancyID = otherVac
		if err := st.UpdatePlacement(a.ctx, &bad); fieldError(err, "vacancy_id") != "validation.vacancy_company" {
			t.Fatalf("foreign vacancy: %v", err)
		}
		if back, _ := st.Placement(a.ctx, p.ID); back.Title != "Planner" || len(back.ContactIDs) != 2 {
			t.Fatalf("refused edit was half-saved: %+v", back)
		}
		if err := st.CreatePlacement(a.ctx, &domain.Placement{CandidateID: bram.ID, CompanyID: globex, Title: "X",
			StartDate: domain.NewDate(2024, 1, 1), ContactIDs: []domain.ID{c1}}); fieldError(err, "contact_ids") == "" {
			t.Fatalf("create with foreign contact: %v", err)
		}

		got.EndDate = domain.NewDate(2024, 6, 30)
		got.ContactIDs = []domain.ID{c2}
		got.VacancyID = 0
		got.TimesheetApproval = false
		if err := st.UpdatePlacement(a.ctx, &got); err != nil {
			t.Fatal(err)
		}
		back, _ := st.Placement(a.ctx, p.ID)
		if back.EndDate.String() != "2024-06-30" || back.VacancyID != 0 || back.TimesheetApproval ||
			!slices.Equal(back.ContactIDs, []domain.ID{c2}) {
			t.Fatalf("update lost: %+v", back)
		}

		a.placement(t, st, domain.Placement{CandidateID: bram.ID, CompanyID: globex, Title: "Driver",
			StartDate: domain.NewDate(2024, 3, 1), ContactIDs: []domain.ID{g1}})
		for _, tc := range []struct {
			name string
			f    store.PlacementFilter
			want []string
		}{
			{"all, latest start first", store.PlacementFilter{}, []string{"Driver", "Planner"}},
			{"candidate", store.PlacementFilter{CandidateID: anna.ID}, []string{"Planner"}},
			{"company", store.PlacementFilter{CompanyID: globex}, []string{"Driver"}},
			{"contact", store.PlacementFilter{ContactID: c2}, []string{"Planner"}},
			{"running", store.PlacementFilter{ActiveOn: domain.NewDate(2024, 8, 1)}, []string{"Driver"}},
			{"running on last day", store.PlacementFilter{ActiveOn: domain.NewDate(2024, 6, 30)}, []string{"Driver", "Planner"}},
			{"not started", store.PlacementFilter{ActiveOn: domain.NewDate(2024, 1, 7)}, nil},
			{"by company name", store.PlacementFilter{Query: "ACME"}, []string{"Planner"}},
			{"by candidate name", store.PlacementFilter{Query: "bram jan"}, []string{"Driver"}},
			{"like chars are literal", store.PlacementFilter{Query: "%"}, nil},
		} {
			list, _, err := st.Placements(a.ctx, tc.f)
			if err != nil {
				t.Fatalf("%s: %v", tc.name, err)
			}
			var titles []string
			for _, p := range list {
				titles = append(titles, p.Title)
			}
			if !slices.Equal(titles, tc.want) {
				t.Errorf("%s = %v, want %v", tc.name, titles, tc.want)
			}
		}
		page, more, err := st.Placements(a.ctx, store.PlacementFilter{Limit: 1})
		if err != nil || len(page) != 1 || !more {
			t.Fatalf("page 1: %d more=%v %v", len(page), more, err)
		}
		page, more, _ = st.Placements(a.ctx, store.PlacementFilter{Limit: 1, Offset: 1})
		if len(page) != 1 || more || page[0].Title != "Planner" {
			t.Fatalf("page 2: %+v more=%v", page, more)
		}
	})
}

// A1, D1: declaration types and rates are kept with their flags; the rates of
// a placement carry their declaration type's 'empty line' flag so the D1
// rule can be applied to them as read.
func TestRatesAndDeclarationTypes_A1_D1(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		st := db.Store()
		a := newAgency(t, st, "acme")
		hours := domain.DeclarationType{Name: "Hours", EmptyLinePerPlacement: true}
		travel := domain.DeclarationType{Name: "travel"}
		for _, d := range []*domain.DeclarationType{&hours, &travel} {
			if err := st.SaveDeclarationType(a.ctx, d); err != nil {
				t.Fatal(err)
			}
		}
		travel.Name = "Allowance"
		if err := st.SaveDeclarationType(a.ctx, &travel); err != nil {
			t.Fatal(err)
		}
		types, err := st.DeclarationTypes(a.ctx)
		if err != nil || len(types) != 2 || types[0].Name != "Allowance" || types[1] != hours {
			t.Fatalf("types %+v, %v", types, err)
		}
		if d, err := st.DeclarationType(a.ctx, hours.ID); err != nil || !d.EmptyLinePerPlacement {
			t.Fatalf("type %+v, %v", d, err)
		}

		p := a.placement(t, st, domain.Placement{CandidateID: a.candidate(t, st, "Anna", "Smit").ID,
			CompanyID: a.rawCompany(t, db, "Acme"), Title: "Planner", StartDate: domain.NewDate(2024, 1, 1)})
		r := domain.Rate{PlacementID: p.ID, DeclarationTypeID: hours.ID, StartDate: domain.NewDate(2024, 1, 1),
			NoInvoicing: true, BillCents: 6550, PayCents: 4000}
		if err := st.SaveRate(a.ctx, &r); err != nil {
			t.Fatal(err)
		}
		none := domain.Rate{PlacementID: p.ID, StartDate: domain.NewDate(2023, 12, 1), EndDate: domain.NewDate(2023, 12, 31)}
		if err := st.SaveRate(a.ctx, &none); err != nil {
			t.Fatal(err)
		}
		today := domain.NewDate(2024, 2, 1)
		rates, err := st.Rates(a.ctx, p.ID)
		if err != nil || len(rates) != 2 || rates[0].DeclarationTypeName != "Hours" || !rates[0].EmptyLinePerPlacement ||
			rates[0].BillCents != 6550 || rates[1].DeclarationTypeID != 0 || rates[1].DeclarationTypeName != "" {
			t.Fatalf("rates %+v, %v", rates, err)
		}
		if ok, why := domain.TimesheetsAllowed(p, rates, today); ok || why != domain.ReasonNoInvoicing {
			t.Fatalf("D1 with a 'no invoicing' rate: %v %q", ok, why)
		}
		r.NoInvoicing = false
		r.EndDate = domain.NewDate(2024, 12, 31)
		if err := st.SaveRate(a.ctx, &r); err != nil {
			t.Fatal(err)
		}
		rates, _ = st.Rates(a.ctx, p.ID)
		if ok, _ := domain.TimesheetsAllowed(p, rates, today); !ok {
			t.Fatalf("D1 with a billable rate: refused, rates %+v", rates)
		}
		if got, err := st.Rate(a.ctx, p.ID, r.ID); err != nil || got.EndDate.String() != "2024-12-31" || got.NoInvoicing {
			t.Fatalf("rate %+v, %v", got, err)
		}
		if err := st.DeleteRate(a.ctx, p.ID, none.ID); err != nil {
			t.Fatal(err)
		}
		if err := st.DeleteRate(a.ctx, p.ID, none.ID); !errors.Is(err, domain.ErrNotFound) {
			t.Fatalf("second delete: %v", err)
		}
		if rates, _ := st.Rates(a.ctx, p.ID); len(rates) != 1 {
			t.Fatalf("after delete: %+v", rates)
		}
	})
}

// A5: a timesheet is read with its total, its lines and its comments and
// approval log, and listed by week, status, company and candidate.
func TestTimesheetRead_A5(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		st := db.Store()
		a := newAgency(t, st, "acme")
		hours := domain.DeclarationType{Name: "Hours", EmptyLinePerPlacement: true}
		km := domain.DeclarationType{Name: "Kilometres"}
		_ = st.SaveDeclarationType(a.ctx, &hours)
		_ = st.SaveDeclarationType(a.ctx, &km)
		anna := a.candidate(t, st, "Anna", "Smit")
		acme := a.rawCompany(t, db, "Acme")
		p := a.placement(t, st, domain.Placement{CandidateID: anna.ID, CompanyID: acme, Title: "Planner", StartDate: domain.NewDate(2024, 1, 1)})
		sent := db.Now()
		ts := domain.Timesheet{PlacementID: p.ID, Year: 2024, Week: 10, Status: domain.TimesheetSent, SentAt: &sent}
		if err := st.CreateTimesheet(a.ctx, &ts); err != nil {
			t.Fatal(err)
		}
		if err := st.CreateTimesheet(a.ctx, &domain.Timesheet{PlacementID: p.ID, Year: 2024, Week: 10}); domain.KindOf(err) != domain.KindConflict {
			t.Fatalf("second timesheet of a week: %v", err)
		}
		draft := domain.Timesheet{PlacementID: p.ID, Year: 2024, Week: 11}
		if err := st.CreateTimesheet(a.ctx, &draft); err != nil || draft.Status != domain.TimesheetDraft {
			t.Fatalf("draft %+v, %v", draft, err)
		}
		mon := domain.MondayOfISOWeek(2024, 10)
		lines := []domain.TimesheetLine{
			{DeclarationTypeID: km.ID, Day: mon, Minutes: 42},
			{DeclarationTypeID: hours.ID, Day: mon.AddDays(1), Minutes: 480},
			{DeclarationTypeID: hours.ID, Day: mon, Minutes: 450},
			{DeclarationTypeID: hours.ID, Day: mon.AddDays(2), Minutes: 0},
		}
		if err := st.SaveTimesheetLines(a.ctx, ts.ID, lines); err != nil {
			t.Fatal(err)
		}
		got, err := st.Timesheet(a.ctx, ts.ID)
		if err != nil || got.TotalMinutes != 972 || got.CandidateName != "Anna Smit" || got.CompanyName != "Acme" ||
			got.PlacementTitle != "Planner" || got.Status != domain.TimesheetSent || got.SentAt == nil || got.DecidedAt != nil {
			t.Fatalf("timesheet %+v, %v", got, err)
		}
		back, err := st.TimesheetLines(a.ctx, ts.ID)
		if err != nil || len(back) != 3 || back[0].DeclarationTypeName != "Hours" || back[0].Day != mon ||
			back[1].Minutes != 480 || back[2].DeclarationTypeName != "Kilometres" {
			t.Fatalf("lines %+v, %v", back, err)
		}
		at := db.Now()
		for i, e := range []domain.TimesheetEvent{
			{ActorKind: domain.AudiencePortal, ActorID: anna.ID, ActorName: "Anna Smit", Action: "sent", At: at},
			{ActorKind: domain.AudienceHiring, ActorID: 7, ActorName: "Carla Acme", Action: "rejected", Comment: "Tuesday is wrong", At: at.Add(time.Minute)},
		} {
			e.TimesheetID = ts.ID
			if err := st.AddTimesheetEvent(a.ctx, &e); err != nil || e.ID == 0 {
				t.Fatalf("event %d: %v", i, err)
			}
		}
		events, err := st.TimesheetEvents(a.ctx, ts.ID)
		if err != nil || len(events) != 2 || events[1].Comment != "Tuesday is wrong" || events[1].ActorKind != domain.AudienceHiring ||
			!events[1].At.Equal(at.Add(time.Minute)) {
			t.Fatalf("events %+v, %v", events, err)
		}

		for _, tc := range []struct {
			name string
			f    store.TimesheetFilter
			want []domain.ID
		}{
			{"all, latest week first", store.TimesheetFilter{}, []domain.ID{draft.ID, ts.ID}},
			{"status", store.TimesheetFilter{Status: domain.TimesheetSent}, []domain.ID{ts.ID}},
			{"week", store.TimesheetFilter{Year: 2024, Week: 11}, []domain.ID{draft.ID}},
			{"company", store.TimesheetFilter{CompanyID: acme}, []domain.ID{draft.ID, ts.ID}},
			{"candidate", store.TimesheetFilter{CandidateID: anna.ID, Year: 2023}, nil},
			{"placement", store.TimesheetFilter{PlacementID: p.ID, Status: domain.TimesheetApproved}, nil},
		} {
			list, _, err := st.Timesheets(a.ctx, tc.f)
			if err != nil {
				t.Fatalf("%s: %v", tc.name, err)
			}
			var ids []domain.ID
			for _, x := range list {
				ids = append(ids, x.ID)
			}
			if !slices.Equal(ids, tc.want) {
				t.Errorf("%s = %v, want %v", tc.name, ids, tc.want)
			}
		}
	})
}
