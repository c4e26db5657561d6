package office

// routesCareers are the careers site's settings (issue 16): which
// vacancies it publishes, its name, logo and colours, and where
// applications land.
func (a *App) routesCareers() []Route {
	return []Route{
		{"GET /office/settings/careers", a.settingsCareers, Admin},
		{"POST /office/settings/careers", a.settingsCareersSave, Admin},
	}
}
