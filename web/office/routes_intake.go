package office

// routesIntake move records in and out (issue 16): imports from CSV and
// XLSX (admins: an import writes many records at once) and the export of
// every list (whoever sees the list).
func (a *App) routesIntake() []Route {
	return []Route{
		{"GET /office/imports", a.importList, Admin},
		{"POST /office/imports", a.importUpload, Admin},
		{"GET /office/imports/{id}", a.importView, Admin},
		{"POST /office/imports/{id}/mapping", a.importMapping, Admin},
		{"POST /office/imports/{id}/check", a.importCheck, Admin},
		{"POST /office/imports/{id}/run", a.importRun, Admin},
		{"GET /office/export/{list}", a.exportList, Recruiter},
	}
}
