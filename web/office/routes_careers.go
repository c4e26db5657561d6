package office

// routesCareers are issue 16's back-office pages: the careers site's
// settings (which vacancies it publishes, its name, logo and colours, and
// where applications land) and the merge of duplicate candidates.
func (a *App) routesCareers() []Route {
	return []Route{
		{"GET /office/settings/careers", a.settingsCareers, Admin},
		{"POST /office/settings/careers", a.settingsCareersSave, Admin},
		// Item 7: two records of one person merged, fields chosen side by side.
		{"GET /office/candidates/{id}/merge/{other}", a.candidateMergeForm, Recruiter},
		{"POST /office/candidates/{id}/merge/{other}", a.candidateMerge, Recruiter},
	}
}
