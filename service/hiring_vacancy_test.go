package service_test

import (
	"testing"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/service"
	"github.com/matchpoint/matchpoint/store"
	"github.com/matchpoint/matchpoint/store/storetest"
)

func vacancyTitles(list []domain.Vacancy) map[string]bool {
	out := map[string]bool{}
	for _, v := range list {
		out[v.Title] = true
	}
	return out
}

// E3: a contact sees the vacancies of its company with the portal source,
// edits only those of which it is the contact; anything else is not found.
func TestHiringVacancies_E3(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		w := newHiringWorld(t, db, "e3")
		list, _, err := w.svc.HiringVacancies(w.ctx, w.x1, 0)
		hmust(t, "list", err)
		got := vacancyTitles(list)
		if len(got) != 2 || !got["Welder"] || !got["Painter"] {
			t.Fatalf("x1 sees %v, want Welder and Painter", got)
		}
		for _, v := range []domain.Vacancy{w.vxHidden, w.vy1, w.poolX, w.general} {
			_, err := w.svc.HiringVacancy(w.ctx, w.x1, v.ID)
			hiringKind(t, "view "+v.Title, err, domain.KindNotFound, "")
		}
		view, err := w.svc.HiringVacancy(w.ctx, w.x1, w.vx2.ID)
		hmust(t, "view vx2", err)
		if view.CanEdit || len(view.Candidates) != 0 {
			t.Errorf("x1 may edit x2's vacancy or sees its matches: %+v", view)
		}
		view, err = w.svc.HiringVacancy(w.ctx, w.x1, w.vx1.ID)
		hmust(t, "view vx1", err)
		if !view.CanEdit || len(view.Candidates) != 1 || view.Candidates[0].Match.ID != w.mAnna.ID {
			t.Errorf("own vacancy: can edit %v, candidates %+v", view.CanEdit, view.Candidates)
		}

		in := service.VacancyInput{Title: "Senior welder", Location: "Delft", HoursPerWeek: 36, DepartmentID: w.deptX.ID}
		for _, v := range []domain.Vacancy{w.vx2, w.vxHidden, w.vy1, w.poolX} {
			_, err := w.svc.HiringUpdateVacancy(w.ctx, w.x1, v.ID, in)
			hiringKind(t, "edit "+v.Title, err, domain.KindNotFound, "")
		}
		bad := in
		bad.DepartmentID = w.deptY.ID
		_, err = w.svc.HiringUpdateVacancy(w.ctx, w.x1, w.vx1.ID, bad)
		hiringKind(t, "department of Y", err, domain.KindInvalid, "validation.choice")
		bad = in
		bad.Title = " "
		_, err = w.svc.HiringUpdateVacancy(w.ctx, w.x1, w.vx1.ID, bad)
		hiringKind(t, "no title", err, domain.KindInvalid, "validation.required")
		v, err := w.svc.HiringUpdateVacancy(w.ctx, w.x1, w.vx1.ID, in)
		hmust(t, "edit own", err)
		if v.Title != "Senior welder" || v.DepartmentID != w.deptX.ID || v.SourceID != w.portalSrc.ID || v.ContactID != w.x1.ID {
			t.Errorf("saved %+v", v)
		}
		// With no portal source configured no vacancy is visible (E3).
		w.settings(func(s *domain.Settings) { s.PortalSourceID = 0 })
		list, _, err = w.svc.HiringVacancies(w.ctx, w.x1, 0)
		hmust(t, "list", err)
		if len(list) != 0 {
			t.Errorf("no source configured, still sees %v", vacancyTitles(list))
		}
	})
}

// E4: only a contact with the configured relation creates vacancies; the
// Department is required and chosen from its own company's; the vacancy
// lands in the back office with the portal as origin.
func TestHiringCreateVacancy_E4(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		w := newHiringWorld(t, db, "e4")
		in := service.VacancyInput{Title: "Forklift driver", Description: "Night shifts", HoursPerWeek: 40, DepartmentID: w.deptX.ID}
		_, err := w.svc.HiringCreateVacancy(w.ctx, w.x2, in)
		hiringKind(t, "x2 without relation", err, domain.KindForbidden, service.KeyHiringCannotCreate)
		_, err = w.svc.HiringDepartments(w.ctx, w.x2)
		hiringKind(t, "x2 departments", err, domain.KindForbidden, service.KeyHiringCannotCreate)
		deps, err := w.svc.HiringDepartments(w.ctx, w.x1)
		hmust(t, "departments", err)
		if len(deps) != 1 || deps[0].ID != w.deptX.ID {
			t.Fatalf("x1's departments %+v, want only Engineering", deps)
		}
		noDept := in
		noDept.DepartmentID = 0
		_, err = w.svc.HiringCreateVacancy(w.ctx, w.x1, noDept)
		hiringKind(t, "no department", err, domain.KindInvalid, "validation.required")
		otherDept := in
		otherDept.DepartmentID = w.deptY.ID
		_, err = w.svc.HiringCreateVacancy(w.ctx, w.x1, otherDept)
		hiringKind(t, "Y's department", err, domain.KindInvalid, "validation.choice")

		v, err := w.svc.HiringCreateVacancy(w.ctx, w.x1, in)
		hmust(t, "create", err)
		if v.Origin != domain.OriginHiring || v.CompanyID != w.x.ID || v.ContactID != w.x1.ID || v.OwnerID != w.rec.ID ||
			v.SourceID != w.portalSrc.ID || v.ProcedureID != w.standard.ID || v.Status != domain.VacancyOpen || v.Pool != domain.PoolNone {
			t.Fatalf("created %+v", v)
		}
		office, _, err := w.st.Vacancies(w.ctx, store.VacancyFilter{CompanyID: w.x.ID})
		hmust(t, "office list", err)
		if !vacancyTitles(office)["Forklift driver"] {
			t.Errorf("not in the back office: %v", vacancyTitles(office))
		}
		if _, err := w.svc.HiringVacancy(w.ctx, w.x1, v.ID); err != nil {
			t.Errorf("creator does not see its vacancy: %v", err)
		}
		_, err = w.svc.HiringVacancy(w.ctx, w.y1, v.ID)
		hiringKind(t, "y1 views X's new vacancy", err, domain.KindNotFound, "")
	})
}
