package office

func (a *App) routesReports() []Route {
	return []Route{
		{"GET /office/reports", a.reports, Recruiter},
	}
}
