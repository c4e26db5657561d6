package domain

// sameCompany reports whether the contact works at company companyID of
// tenant tenantID. IDs are only unique within a tenant, so the tenant is
// compared too; a contact without a company belongs to none.
func sameCompany(c Contact, tenantID, companyID ID) bool {
	return c.CompanyID != 0 && c.CompanyID == companyID && c.TenantID == tenantID
}

// ContactSeesVacancy is E3: a contact sees the vacancies of its own company
// that carry the configured portal source. With no source configured no
// vacancy is visible. Talent-pool vacancies are not vacancies to the contact;
// ContactSeesPool decides those (E8).
func ContactSeesVacancy(c Contact, v Vacancy, s Settings) bool {
	if v.Pool != PoolNone {
		return false
	}
	if s.PortalSourceID == 0 || v.SourceID != s.PortalSourceID {
		return false
	}
	return sameCompany(c, v.TenantID, v.CompanyID)
}

// ContactEditsVacancy is E3: a contact edits only the visible vacancies of
// which it is the contact.
func ContactEditsVacancy(c Contact, v Vacancy, s Settings) bool {
	return c.ID != 0 && v.ContactID == c.ID && ContactSeesVacancy(c, v, s)
}

// ContactCreatesVacancies is E4: only a contact with the configured contact
// relation creates vacancies for its company. With no relation configured
// nobody does.
func ContactCreatesVacancies(c Contact, s Settings) bool {
	return c.RelationID != 0 && c.RelationID == s.VacancyRelationID
}
