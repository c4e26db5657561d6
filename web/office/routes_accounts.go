package office

// routesAccounts are the recruiter's side of accounts: sending credentials
// to a candidate or a contact (B3) and the admin's security settings (B4).
func (a *App) routesAccounts() []Route {
	return []Route{
		{"POST /office/candidates/{id}/credentials", a.candidateCredentials, Recruiter},
		{"POST /office/contacts/{id}/credentials", a.contactCredentials, Recruiter},
		{"GET /office/settings/security", a.settingsSecurity, Admin},
		{"POST /office/settings/security", a.settingsSecuritySave, Admin},
		{"GET /office/settings/sso", a.settingsSSO, Admin},
		{"POST /office/settings/sso", a.settingsSSOSave, Admin},
	}
}
