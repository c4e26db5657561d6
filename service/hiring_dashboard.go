package service

import (
	"context"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/store"
)

// HiringDashboard is what waits for a contact (E2). A block the agency
// switched off is not loaded and its Show flag is false.
type HiringDashboard struct {
	ShowVacancies  bool
	ShowCandidates bool
	ShowTimesheets bool

	// Vacancies are the newest active vacancies of the contact's company it
	// sees (E3); VacancyCount counts them all.
	Vacancies    []domain.Vacancy
	VacancyCount int
	// Candidates are the latest proposed candidates waiting for the
	// contact's decision (E5); CandidateCount counts them all.
	Candidates     []store.PortalMatch
	CandidateCount int
	// TimesheetCount counts the sent timesheets the contact approves (D4).
	TimesheetCount int
}

// dashboardListSize is how many rows each dashboard block lists.
const dashboardListSize = 10

// HiringDashboard returns the contact's dashboard. Every count and list is of the
// contact's own company only.
func (s *Service) HiringDashboard(ctx context.Context, c domain.Contact) (_ HiringDashboard, err error) {
	defer domain.Wrap(&err, "service.HiringDashboard(%d)", c.ID)
	st := s.store()
	set, err := hiringSettings(ctx, st, c)
	if err != nil {
		return HiringDashboard{}, err
	}
	d := HiringDashboard{ShowVacancies: set.DashboardVacancies, ShowCandidates: set.DashboardCandidates,
		ShowTimesheets: set.DashboardTimesheets}
	if d.ShowVacancies {
		f := store.PortalVacancyFilter{CompanyID: c.CompanyID, SourceID: set.PortalSourceID, Status: domain.VacancyOpen,
			Limit: dashboardListSize}
		if d.Vacancies, _, err = st.PortalVacancies(ctx, f); err != nil {
			return HiringDashboard{}, err
		}
		d.Vacancies = keepVisibleVacancies(c, set, d.Vacancies)
		if d.VacancyCount, err = st.CountPortalVacancies(ctx, f); err != nil {
			return HiringDashboard{}, err
		}
	}
	if d.ShowCandidates {
		f := store.PortalMatchFilter{ContactID: c.ID, CompanyID: c.CompanyID, SourceID: set.PortalSourceID, Waiting: true,
			ExcludePhaseID: set.RejectPhaseID, Limit: dashboardListSize}
		list, total, err := st.PortalMatchesCounted(ctx, f)
		if err != nil {
			return HiringDashboard{}, err
		}
		d.Candidates, d.CandidateCount = keepVisible(c, set, list), total
	}
	if d.ShowTimesheets {
		if d.TimesheetCount, err = s.countTimesheetsToApprove(ctx, st, c); err != nil {
			return HiringDashboard{}, err
		}
	}
	return d, nil
}

// keepVisibleVacancies drops any vacancy domain.ContactSeesVacancy refuses.
func keepVisibleVacancies(c domain.Contact, set domain.Settings, list []domain.Vacancy) []domain.Vacancy {
	out := list[:0]
	for _, v := range list {
		if domain.ContactSeesVacancy(c, v, set) {
			out = append(out, v)
		}
	}
	return out
}

// countTimesheetsToApprove counts the sent timesheets the contact sees
// (domain.ContactSeesTimesheet, D4), deciding placement by placement on
// placements and rates loaded together: a constant number of queries
// whatever the number of placements (issue 12: a query per placement was
// 41 % of the dashboard's time).
func (s *Service) countTimesheetsToApprove(ctx context.Context, st *store.Store, c domain.Contact) (int, error) {
	perPlacement, err := st.SentTimesheetsByPlacement(ctx, c.ID, c.CompanyID)
	if err != nil || len(perPlacement) == 0 {
		return 0, err
	}
	ids := make([]domain.ID, 0, len(perPlacement))
	for id := range perPlacement {
		ids = append(ids, id)
	}
	places, rates, err := st.PlacementsWithRates(ctx, ids)
	if err != nil {
		return 0, err
	}
	today := domain.DateOf(s.now())
	n := 0
	for placementID, count := range perPlacement {
		p, ok := places[placementID]
		if !ok {
			continue
		}
		sent := domain.Timesheet{PlacementID: p.ID, Status: domain.TimesheetSent}
		if domain.ContactSeesTimesheet(p, rates[placementID], sent, c.ID, today) {
			n += count
		}
	}
	return n, nil
}
