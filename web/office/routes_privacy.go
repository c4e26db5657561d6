package office

// routesPrivacy is the agency's side of the candidates' privacy rights (C6,
// C9, F2, F3): the request queue, exports, erasure, restriction, consent and
// retention.
func (a *App) routesPrivacy() []Route {
	return []Route{
		{"GET /office/privacy", a.privacyQueue, Recruiter},
		{"GET /office/privacy/new", a.privacyRequestNew, Recruiter},
		{"POST /office/privacy", a.privacyRequestCreate, Recruiter},
		{"GET /office/privacy/{id}", a.privacyRequestView, Recruiter},
		{"POST /office/privacy/{id}/status", a.privacyRequestStatus, Recruiter},
		{"POST /office/privacy/{id}/extend", a.privacyRequestExtend, Recruiter},
		{"POST /office/privacy/{id}/refuse", a.privacyRequestRefuse, Recruiter},
		{"GET /office/privacy/consents", a.privacyConsents, Recruiter},
		{"GET /office/privacy/retention", a.privacyRetention, Admin},
		{"POST /office/privacy/retention/{id}/hold", a.privacyRetentionHold, Admin},
		{"POST /office/privacy/retention/{id}/release", a.privacyRetentionRelease, Admin},
		{"GET /office/privacy/exports/{id}", a.privacyExportDownload, Recruiter},
		{"POST /office/privacy/exports/{id}/release", a.privacyExportRelease, Recruiter},
		{"GET /office/candidates/{id}/privacy", a.candidatePrivacy, Recruiter},
		{"POST /office/candidates/{id}/privacy/restriction", a.candidateRestriction, Recruiter},
		{"POST /office/candidates/{id}/privacy/objection", a.candidateObjection, Recruiter},
		{"POST /office/candidates/{id}/privacy/export", a.candidateExport, Recruiter},
		{"POST /office/candidates/{id}/consents", a.consentGive, Recruiter},
		{"POST /office/candidates/{id}/consents/withdraw", a.consentWithdraw, Recruiter},
		{"GET /office/candidates/{id}/erase", a.candidateErasePreview, Recruiter},
		{"POST /office/candidates/{id}/erase", a.candidateErase, Recruiter},
	}
}
