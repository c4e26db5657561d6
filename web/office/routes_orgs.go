package office

// routesOrgs are the pages of companies, their departments and contacts, and
// the admin lists of contact groups and contact relations.
func (a *App) routesOrgs() []Route {
	return []Route{
		{"GET /office/companies", a.companyList, Recruiter},
		{"GET /office/companies/new", a.companyNew, Recruiter},
		{"POST /office/companies", a.companyCreate, Recruiter},
		{"GET /office/companies/{id}", a.companyView, Recruiter},
		{"GET /office/companies/{id}/edit", a.companyEdit, Recruiter},
		{"POST /office/companies/{id}", a.companyUpdate, Recruiter},
		{"POST /office/companies/{id}/departments", a.departmentAdd, Recruiter},
		{"POST /office/companies/{id}/departments/{did}/delete", a.departmentDelete, Recruiter},
		{"GET /office/contacts", a.contactList, Recruiter},
		{"GET /office/contacts/new", a.contactNew, Recruiter},
		{"POST /office/contacts", a.contactCreate, Recruiter},
		{"GET /office/contacts/{id}", a.contactView, Recruiter},
		{"GET /office/contacts/{id}/edit", a.contactEdit, Recruiter},
		{"POST /office/contacts/{id}", a.contactUpdate, Recruiter},
		{"GET /office/settings/groups", a.groupList, Admin},
		{"POST /office/settings/groups", a.groupAdd, Admin},
		{"POST /office/settings/groups/{id}", a.groupRename, Admin},
		{"GET /office/settings/relations", a.relationList, Admin},
		{"POST /office/settings/relations", a.relationAdd, Admin},
		{"POST /office/settings/relations/{id}", a.relationRename, Admin},
	}
}
