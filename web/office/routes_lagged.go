package office

import "github.com/matchpoint/matchpoint/web/kit"

// laggedRoutes are the back office's pages that may read a PostgreSQL
// standby (issue 18): the lists, the dashboard and the reports, which
// tolerate a second of lag. Detail pages and forms, which follow a
// recruiter's own changes, read the primary; so does every page in the
// kit.FreshWindow after the recruiter changed something.
func laggedRoutes() []string {
	return []string{
		"GET /office/{$}",
		"GET /office/candidates",
		"GET /office/companies",
		"GET /office/contacts",
		"GET /office/vacancies",
		"GET /office/placements",
		"GET /office/timesheets",
		"GET /office/invoices",
		"GET /office/reports",
	}
}

// lag is the surface's standby policy; nil without a standby.
func (a *App) lag(replica, secure bool) *kit.Lag {
	if !replica {
		return nil
	}
	return kit.NewLag(laggedRoutes(), secure)
}
