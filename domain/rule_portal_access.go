package domain

// CandidatePortalAccess is B1: every candidate with credentials signs in to
// the Professional Portal, but only a candidate whose status is in the
// configured sets sees the full profile or the timesheets. The two sets are
// independent: a status may grant timesheets without the full profile.
func CandidatePortalAccess(s CandidateStatus) (fullProfile, timesheets bool) {
	return s.FullProfile, s.Timesheets
}
