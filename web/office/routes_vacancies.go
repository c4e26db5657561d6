package office

func (a *App) routesVacancies() []Route {
	return []Route{
		{"GET /office/vacancies", a.vacancyList, Recruiter},
		{"GET /office/vacancies/new", a.vacancyNew, Recruiter},
		{"POST /office/vacancies", a.vacancyCreate, Recruiter},
		{"GET /office/vacancies/{id}", a.vacancyView, Recruiter},
		{"GET /office/vacancies/{id}/edit", a.vacancyEdit, Recruiter},
		{"POST /office/vacancies/{id}", a.vacancyUpdate, Recruiter},
		{"GET /office/vacancies/{id}/matches/new", a.matchNewForVacancy, Recruiter},
		{"POST /office/vacancies/{id}/matches", a.matchCreateForVacancy, Recruiter},
		{"GET /office/matches/new", a.matchNewForCandidate, Recruiter},
		{"POST /office/matches", a.matchCreateForCandidate, Recruiter},
		{"GET /office/matches/{id}", a.matchView, Recruiter},
		{"POST /office/matches/{id}/phase", a.matchMove, Recruiter},
		{"POST /office/matches/{id}/evaluations", a.matchEvaluate, Recruiter},
		{"GET /office/settings/procedures", a.procedureSettings, Admin},
		{"POST /office/settings/procedures", a.procedureCreate, Admin},
		{"POST /office/settings/procedures/{id}", a.procedureRename, Admin},
		{"POST /office/settings/procedures/{id}/phases", a.phaseAdd, Admin},
		{"POST /office/settings/procedures/{id}/phases/{pid}", a.phaseUpdate, Admin},
		{"POST /office/settings/procedures/{id}/phases/{pid}/move", a.phaseMove, Admin},
		{"GET /office/settings/sources", a.sourceSettings, Admin},
		{"POST /office/settings/sources", a.sourceCreate, Admin},
		{"POST /office/settings/sources/{id}", a.sourceRename, Admin},
	}
}
