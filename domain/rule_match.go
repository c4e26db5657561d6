package domain

// Message keys of CanMatchFromPool (E9).
const (
	KeyPoolNotVisible  = "match.error.pool_not_visible"
	KeyNotOwnVacancy   = "match.error.not_own_vacancy"
	KeyVacancyClosed   = "match.error.vacancy_closed"
	KeyPoolPhaseNotSet = "match.error.pool_phase_not_set"
)

// ContactSeesMatch is E5 and E7: a contact sees a match on a vacancy of which
// it is the contact and that it sees (ContactSeesVacancy, E3: so it is never
// offered a decision on a vacancy it cannot open) when the match's phase is
// visible in the portal, or when the match was approved once, whatever its
// phase now. phase must be the match's current phase; a phase that is not
// is treated as invisible. A pool vacancy holds pool members, not proposed
// candidates, so it never counts.
func ContactSeesMatch(c Contact, v Vacancy, m Match, phase Phase, s Settings) bool {
	if m.VacancyID != v.ID || !ContactSeesVacancy(c, v, s) {
		return false
	}
	if c.ID == 0 || v.ContactID != c.ID {
		return false
	}
	if m.ApprovedAt != nil {
		return true
	}
	return phase.ID != 0 && phase.ID == m.PhaseID && phase.VisibleInPortal
}

// ContactSeesPool is E8: every contact sees the general pool; a company pool
// is seen only by the contacts of its company. Any other vacancy is no pool.
func ContactSeesPool(c Contact, pool Vacancy) bool {
	switch pool.Pool {
	case PoolGeneral:
		return c.ID != 0 && c.TenantID == pool.TenantID
	case PoolCompany:
		return c.ID != 0 && sameCompany(c, pool.TenantID, pool.CompanyID)
	}
	return false
}

// CanMatchFromPool is E9: whether the contact may match a candidate of pool to
// its own vacancy target. It returns nil, or an *Error whose key names the
// first check that fails: the pool is not the contact's to see, target is not
// a vacancy the contact edits (E3), target is closed, or no phase for pool
// matches is configured.
func CanMatchFromPool(c Contact, pool Vacancy, target Vacancy, s Settings) error {
	if !ContactSeesPool(c, pool) {
		return &Error{Kind: KindForbidden, Key: KeyPoolNotVisible, Op: "CanMatchFromPool"}
	}
	if !ContactEditsVacancy(c, target, s) {
		return &Error{Kind: KindForbidden, Key: KeyNotOwnVacancy, Op: "CanMatchFromPool"}
	}
	if !target.Active() {
		return &Error{Kind: KindInvalid, Key: KeyVacancyClosed, Op: "CanMatchFromPool"}
	}
	if s.PoolMatchPhaseID == 0 {
		return &Error{Kind: KindInvalid, Key: KeyPoolPhaseNotSet, Op: "CanMatchFromPool"}
	}
	return nil
}
