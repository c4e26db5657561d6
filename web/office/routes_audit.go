package office

// routesAudit are the admin's pages on the audit log (F4) and on the
// agency's recruiters (B5).
func (a *App) routesAudit() []Route {
	return []Route{
		{"GET /office/settings/audit", a.auditList, Admin},
		{"GET /office/settings/audit/export", a.auditExport, Admin},
		{"GET /office/settings/users", a.recruitersList, Admin},
		{"POST /office/settings/users", a.recruiterAdd, Admin},
		{"POST /office/settings/users/{id}/role", a.recruiterRole, Admin},
		{"POST /office/settings/users/{id}/active", a.recruiterActive, Admin},
		{"POST /office/settings/users/{id}/link", a.recruiterLink, Admin},
	}
}
