package office

func (a *App) routesPlacements() []Route {
	return []Route{
		{"GET /office/placements", a.placementList, Recruiter},
		{"GET /office/placements/new", a.placementNew, Recruiter},
		{"POST /office/placements", a.placementCreate, Recruiter},
		{"GET /office/placements/{id}", a.placementView, Recruiter},
		{"GET /office/placements/{id}/edit", a.placementEdit, Recruiter},
		{"POST /office/placements/{id}", a.placementUpdate, Recruiter},
		{"POST /office/placements/{id}/rates", a.rateCreate, Recruiter},
		{"GET /office/placements/{id}/rates/{rid}/edit", a.rateEdit, Recruiter},
		{"POST /office/placements/{id}/rates/{rid}", a.rateUpdate, Recruiter},
		{"POST /office/placements/{id}/rates/{rid}/delete", a.rateDelete, Recruiter},
		{"GET /office/declaration-types", a.declarationTypeList, Recruiter},
		{"POST /office/declaration-types", a.declarationTypeCreate, Admin},
		{"GET /office/declaration-types/{id}/edit", a.declarationTypeEdit, Admin},
		{"POST /office/declaration-types/{id}", a.declarationTypeUpdate, Admin},
		{"GET /office/timesheets", a.timesheetList, Recruiter},
		{"GET /office/timesheets/{id}", a.timesheetView, Recruiter},
		{"POST /office/timesheets/{id}/decision", a.timesheetDecide, Recruiter},
		{"GET /office/timesheets/{id}/pdf", a.timesheetPDF, Recruiter},
		{"GET /office/settings/timesheets", a.settingsTimesheets, Admin},
		{"POST /office/settings/timesheets", a.settingsTimesheetsSave, Admin},
	}
}
