package service_test

import (
	"testing"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/service"
	"github.com/matchpoint/matchpoint/store"
	"github.com/matchpoint/matchpoint/store/storetest"
)

// placementWithSent adds a running placement of company co with contact ct
// and a billable rate, and one timesheet per status given.
func (w *hiringWorld) placementWithSent(co domain.Company, ct domain.Contact, approval bool, statuses ...domain.TimesheetStatus) {
	w.t.Helper()
	dt := domain.DeclarationType{Name: "Hours " + co.Name, EmptyLinePerPlacement: true}
	hmust(w.t, "declaration type", w.st.SaveDeclarationType(w.ctx, &dt))
	p := domain.Placement{CandidateID: w.anna.ID, CompanyID: co.ID, Title: "Welder", StartDate: domain.NewDate(2026, 1, 5),
		TimesheetApproval: approval, ContactIDs: []domain.ID{ct.ID}}
	hmust(w.t, "placement", w.st.CreatePlacement(w.ctx, &p))
	r := domain.Rate{PlacementID: p.ID, DeclarationTypeID: dt.ID, StartDate: domain.NewDate(2026, 1, 5), BillCents: 5000}
	hmust(w.t, "rate", w.st.SaveRate(w.ctx, &r))
	for i, s := range statuses {
		ts := domain.Timesheet{PlacementID: p.ID, Year: 2026, Week: 2 + i, Status: s}
		hmust(w.t, "timesheet", w.st.CreateTimesheet(w.ctx, &ts))
	}
}

// E2: the dashboard counts and lists what waits for the contact, of its own
// company only, and leaves out the blocks the agency switched off.
func TestHiringDashboard_E2(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		w := newHiringWorld(t, db, "e2")
		w.placementWithSent(w.x, w.x1, true, domain.TimesheetSent, domain.TimesheetSent, domain.TimesheetDraft, domain.TimesheetApproved)
		w.placementWithSent(w.x, w.x1, false, domain.TimesheetSent) // goes straight to the agency (D4)
		w.placementWithSent(w.y, w.y1, true, domain.TimesheetSent)
		closed := w.vx2
		closed.Status = domain.VacancyClosed
		hmust(t, "close", w.st.UpdateVacancy(w.ctx, &closed))

		d, err := w.svc.HiringDashboard(w.ctx, w.x1)
		hmust(t, "dashboard", err)
		if !d.ShowVacancies || d.VacancyCount != 1 || len(d.Vacancies) != 1 || d.Vacancies[0].ID != w.vx1.ID {
			t.Errorf("vacancies: %d %v", d.VacancyCount, vacancyTitles(d.Vacancies))
		}
		if d.CandidateCount != 1 || len(d.Candidates) != 1 || d.Candidates[0].Match.ID != w.mAnna.ID {
			t.Errorf("candidates: %d %v", d.CandidateCount, matchIDs(d.Candidates))
		}
		if d.TimesheetCount != 2 {
			t.Errorf("timesheets to approve: %d, want 2", d.TimesheetCount)
		}
		d, err = w.svc.HiringDashboard(w.ctx, w.x2)
		hmust(t, "dashboard x2", err)
		if d.VacancyCount != 1 || d.CandidateCount != 0 || d.TimesheetCount != 0 {
			t.Errorf("x2: %d vacancies, %d candidates, %d timesheets", d.VacancyCount, d.CandidateCount, d.TimesheetCount)
		}
		d, err = w.svc.HiringDashboard(w.ctx, w.y1)
		hmust(t, "dashboard y1", err)
		if d.VacancyCount != 1 || d.Vacancies[0].ID != w.vy1.ID || d.CandidateCount != 1 || d.Candidates[0].Match.ID != w.mCora.ID || d.TimesheetCount != 1 {
			t.Errorf("y1: %d vacancies, %d candidates, %d timesheets", d.VacancyCount, d.CandidateCount, d.TimesheetCount)
		}

		w.settings(func(s *domain.Settings) {
			s.DashboardVacancies, s.DashboardCandidates, s.DashboardTimesheets = false, false, false
		})
		d, err = w.svc.HiringDashboard(w.ctx, w.x1)
		hmust(t, "dashboard off", err)
		if d.ShowVacancies || d.ShowCandidates || d.ShowTimesheets || d.VacancyCount+d.CandidateCount+d.TimesheetCount != 0 || d.Vacancies != nil {
			t.Errorf("switched-off blocks loaded: %+v", d)
		}
	})
}

// E5, E7: the SQL of the portal lists says exactly what
// domain.ContactSeesMatch says, over every combination of phase visibility,
// approval, vacancy contact, company and pool.
func TestHiringMatchListAgreesWithRule_E5_E7(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		w := newHiringWorld(t, db, "rule")
		now := hiringNow
		n := 0
		for _, v := range []domain.Vacancy{w.vx1, w.vx2, w.vxHidden, w.vy1, w.poolX, w.general} {
			for _, ph := range []domain.Phase{w.screening, w.proposed, w.approved} {
				if v.ProcedureID != w.standard.ID && ph.ID != w.screening.ID {
					continue
				}
				if v.ProcedureID != w.standard.ID {
					ph = w.inPool
				}
				for _, approved := range []bool{false, true} {
					n++
					c := w.candidate("Rule", "Case"+string(rune('A'+n%26))+string(rune('A'+n/26)))
					m := w.match(c, v, ph)
					if approved {
						hmust(t, "approve", w.st.ApproveMatch(w.ctx, m.ID, now))
					}
				}
			}
		}
		all, _, err := w.st.Matches(w.ctx, store.MatchFilter{Limit: 500})
		hmust(t, "all matches", err)
		set, err := w.st.Settings(w.ctx)
		hmust(t, "settings", err)
		for _, c := range []domain.Contact{w.x1, w.x2, w.y1, w.dummy} {
			got, _, err := w.svc.HiringCandidates(w.ctx, c, 0)
			hmust(t, "list", err)
			ids := matchIDs(got)
			count, err := w.st.CountPortalMatches(w.ctx, store.PortalMatchFilter{ContactID: c.ID, CompanyID: c.CompanyID, SourceID: set.PortalSourceID})
			hmust(t, "count", err)
			want := 0
			for _, m := range all {
				v, _ := w.st.Vacancy(w.ctx, m.VacancyID)
				ph, _ := w.st.PortalPhase(w.ctx, m.PhaseID)
				sees := domain.ContactSeesMatch(c, v, m, ph, set)
				if sees {
					want++
				}
				if sees != ids[m.ID] {
					t.Errorf("%s, match %d (%s, %s, approved %v): rule %v, list %v", c.Name(), m.ID, v.Title, ph.Name, m.ApprovedAt != nil, sees, ids[m.ID])
				}
			}
			if count != want {
				t.Errorf("%s: count %d, rule %d", c.Name(), count, want)
			}
		}
	})
}

// B5: a contact of company Y never gets anything of company X, whatever
// service method and id it tries; and a contact of another agency gets
// nothing at all.
func TestHiringCompanyIsolation_B5(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		w := newHiringWorld(t, db, "iso")
		xDoc := w.attach(domain.SubjectCompany, w.x.ID, w.cvType, "x.pdf")
		annaCV := w.attach(domain.SubjectCandidate, w.anna.ID, w.cvType, "anna.pdf")
		vxDoc := w.attach(domain.SubjectVacancy, w.vx1.ID, w.cvType, "vx1.pdf")
		y := w.y1
		nf := func(what string, err error) {
			t.Helper()
			hiringKind(t, what, err, domain.KindNotFound, "")
		}
		_, err := w.svc.HiringVacancy(w.ctx, y, w.vx1.ID)
		nf("HiringVacancy", err)
		_, err = w.svc.HiringUpdateVacancy(w.ctx, y, w.vx1.ID, service.VacancyInput{Title: "x", DepartmentID: w.deptY.ID})
		nf("HiringUpdateVacancy", err)
		_, err = w.svc.HiringCandidate(w.ctx, y, w.mAnna.ID)
		nf("HiringCandidate", err)
		nf("HiringDecide", w.svc.HiringDecide(w.ctx, y, w.mAnna.ID, service.MatchDecision{Approve: true}))
		_, err = w.svc.HiringPoolPage(w.ctx, y, w.poolX.ID, 0)
		nf("HiringPoolPage", err)
		_, err = w.svc.HiringPoolCandidate(w.ctx, y, w.poolX.ID, w.eve.ID)
		nf("HiringPoolCandidate", err)
		_, err = w.svc.HiringMatchFromPool(w.ctx, y, w.poolX.ID, w.eve.ID, w.vy1.ID)
		nf("HiringMatchFromPool X's pool", err)
		_, err = w.svc.HiringMatchFromPool(w.ctx, y, w.general.ID, w.dave.ID, w.vx1.ID)
		nf("HiringMatchFromPool to X's vacancy", err)
		for _, a := range []domain.Attachment{xDoc, annaCV, vxDoc} {
			_, _, err = w.svc.HiringDocument(w.ctx, y, a.ID)
			nf("HiringDocument "+a.FileName, err)
		}
		_, err = w.svc.HiringUpload(w.ctx, y, service.Upload{SubjectKind: domain.SubjectCompany, SubjectID: w.x.ID, TypeID: w.cvType.ID,
			FileName: "a.pdf", Content: []byte("x")})
		nf("HiringUpload", err)

		vs, _, err := w.svc.HiringVacancies(w.ctx, y, 0)
		hmust(t, "vacancies", err)
		cs, _, err := w.svc.HiringCandidates(w.ctx, y, 0)
		hmust(t, "candidates", err)
		docs, err := w.svc.HiringDocuments(w.ctx, y)
		hmust(t, "documents", err)
		types, targets, err := w.svc.HiringUploadChoices(w.ctx, y)
		hmust(t, "upload choices", err)
		d, err := w.svc.HiringDashboard(w.ctx, y)
		hmust(t, "dashboard", err)
		pools, err := w.svc.HiringPools(w.ctx, y)
		hmust(t, "pools", err)
		deps, err := w.svc.HiringDepartments(w.ctx, y)
		hmust(t, "departments", err)
		for _, v := range append(vs, d.Vacancies...) {
			if v.CompanyID != w.y.ID {
				t.Errorf("y1 lists vacancy %s", v.Title)
			}
		}
		for _, pm := range append(cs, d.Candidates...) {
			if pm.Vacancy.CompanyID != w.y.ID {
				t.Errorf("y1 lists match %d", pm.Match.ID)
			}
		}
		for _, doc := range docs {
			t.Errorf("y1 lists document %s", doc.FileName)
		}
		for _, tg := range targets {
			if tg.ID == w.x.ID && tg.Kind == domain.SubjectCompany || tg.ID == w.vx1.ID && tg.Kind == domain.SubjectVacancy {
				t.Errorf("y1 may upload to %+v", tg)
			}
		}
		for _, p := range pools {
			if p.Pool.ID == w.poolX.ID {
				t.Errorf("y1 sees X's pool")
			}
		}
		for _, dep := range deps {
			if dep.CompanyID != w.y.ID {
				t.Errorf("y1 may choose department %s", dep.Name)
			}
		}
		_ = types
		n, err := w.svc.HiringSendMessage(w.ctx, y, service.Message{Body: "hello"})
		hmust(t, "message", err)
		if n.SubjectKind != domain.SubjectContact || n.SubjectID != y.ID {
			t.Errorf("y1's message landed on %s %d", n.SubjectKind, n.SubjectID)
		}

		// Another agency's contact, or a contact used in the wrong tenant.
		other := newHiringWorld(t, db, "iso2")
		_, err = w.svc.HiringDashboard(w.ctx, other.x1)
		nf("foreign contact's dashboard", err)
		_, err = w.svc.HiringCandidate(other.ctx, w.x1, w.mAnna.ID)
		nf("contact in the wrong tenant", err)
		_, err = w.svc.HiringCandidate(other.ctx, other.x1, w.mAnna.ID)
		if err == nil {
			t.Errorf("other agency's contact opened Anna's match")
		}
	})
}

// E2, issue 12: the dashboard runs as many queries for a contact with
// twelve placements waiting as for one with a single placement.
func TestHiringDashboardConstantQueries_E2(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		w := newHiringWorld(t, db, "e2q")
		queries := func() (int, int64) {
			before := db.Queries()
			d, err := w.svc.HiringDashboard(w.ctx, w.x1)
			hmust(t, "dashboard", err)
			return d.TimesheetCount, db.Queries() - before
		}
		w.placementWithSent(w.x, w.x1, true, domain.TimesheetSent)
		one, q1 := queries()
		for range 11 {
			w.placementWithSent(w.x, w.x1, true, domain.TimesheetSent, domain.TimesheetSent)
		}
		w.placementWithSent(w.x, w.x1, false, domain.TimesheetSent) // the agency approves: not counted
		many, q12 := queries()
		if one != 1 || many != 23 {
			t.Errorf("timesheets to approve: %d and %d, want 1 and 23", one, many)
		}
		if q12 != q1 {
			t.Errorf("queries: %d for one placement, %d for thirteen", q1, q12)
		}
	})
}
