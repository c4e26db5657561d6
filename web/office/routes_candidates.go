package office

func (a *App) routesCandidates() []Route {
	return []Route{
		{"GET /office/candidates", a.candidateList, Recruiter},
		{"POST /office/candidates/bulk", a.candidateBulk, Recruiter}, // issue 15
		{"POST /office/saved-searches", a.savedSearchSave, Recruiter},
		{"POST /office/saved-searches/{id}/delete", a.savedSearchDelete, Recruiter},
		{"GET /office/candidates/new", a.candidateNew, Recruiter},
		{"POST /office/candidates", a.candidateCreate, Recruiter},
		{"GET /office/candidates/{id}", a.candidateView, Recruiter},
		{"GET /office/candidates/{id}/edit", a.candidateEdit, Recruiter},
		{"POST /office/candidates/{id}", a.candidateUpdate, Recruiter},
		{"POST /office/candidates/{id}/experiences", a.experienceAdd, Recruiter},
		{"POST /office/candidates/{id}/experiences/{eid}/delete", a.experienceDelete, Recruiter},
		{"POST /office/candidates/{id}/educations", a.educationAdd, Recruiter},
		{"POST /office/candidates/{id}/educations/{eid}/delete", a.educationDelete, Recruiter},
		{"POST /office/candidates/{id}/skills", a.skillAdd, Recruiter},
		{"POST /office/candidates/{id}/skills/{eid}/delete", a.skillDelete, Recruiter},
		{"GET /office/cvs/{id}/proposal", a.cvProposal, Recruiter},        // issue 16 item 6
		{"POST /office/cvs/{id}/proposal", a.cvProposalAccept, Recruiter}, // issue 16 item 6
	}
}
