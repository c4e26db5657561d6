package office

// routesSearch is the back office's global search (issue 15 item 5).
func (a *App) routesSearch() []Route {
	return []Route{
		{"GET /office/search", a.globalSearch, Recruiter},
	}
}
