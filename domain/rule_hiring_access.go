package domain

// ContactHiringAccess is B2: a contact may use the Hiring Portal only while
// it is a member of the group the agency configured. With no group
// configured nobody gets in.
func ContactHiringAccess(groupIDs []ID, s Settings) bool {
	if s.PortalGroupID == 0 {
		return false
	}
	for _, g := range groupIDs {
		if g == s.PortalGroupID {
			return true
		}
	}
	return false
}
