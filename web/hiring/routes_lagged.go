package hiring

import "github.com/matchpoint/matchpoint/web/kit"

// laggedRoutes are the Hiring Portal's pages that may read a PostgreSQL
// standby (issue 18): the dashboard and the lists. A contact's approval or
// message is followed by pages read from the primary (kit.FreshWindow).
func laggedRoutes() []string {
	return []string{
		"GET /hiring/{$}",
		"GET /hiring/vacancies",
		"GET /hiring/candidates",
		"GET /hiring/pools",
		"GET /hiring/timesheets",
	}
}

// lag is the surface's standby policy; nil without a standby.
func (a *App) lag(replica, secure bool) *kit.Lag {
	if !replica {
		return nil
	}
	return kit.NewLag(laggedRoutes(), secure)
}
