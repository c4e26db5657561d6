package domain

// PortalSection is a part of the Professional Portal.
type PortalSection string

const (
	SectionProfile      PortalSection = "profile"      // C1
	SectionAvailability PortalSection = "availability" // C2
	SectionCV           PortalSection = "cv"           // C3
	SectionDocuments    PortalSection = "documents"    // C4
	SectionRecruiter    PortalSection = "recruiter"    // C5
	SectionConsent      PortalSection = "consent"      // C6
	SectionReports      PortalSection = "reports"      // C7
	SectionPrivacy      PortalSection = "privacy"      // C9
	SectionTimesheets   PortalSection = "timesheets"   // D2
)

// PortalSectionAllowed is B1 applied to the portal's parts: a candidate
// whose status is not in the 'full profile' set keeps only the reduced page
// (its name, its documents and the privacy menu, consent included); the
// timesheets need a status in the 'timesheets' set.
func PortalSectionAllowed(s CandidateStatus, sec PortalSection) bool {
	full, timesheets := CandidatePortalAccess(s)
	switch sec {
	case SectionDocuments, SectionPrivacy, SectionConsent:
		return true
	case SectionTimesheets:
		return timesheets
	case SectionProfile, SectionAvailability, SectionCV, SectionRecruiter, SectionReports:
		return full
	}
	return false
}
