package domain

import "testing"

// B1: status flags decide full profile and timesheets independently.
func TestCandidatePortalAccess_B1(t *testing.T) {
	tests := []struct {
		name                   string
		s                      CandidateStatus
		wantProfile, wantSheet bool
	}{
		{"neither set", CandidateStatus{ID: 1, Name: "Applicant"}, false, false},
		{"full profile only", CandidateStatus{ID: 2, FullProfile: true}, true, false},
		{"timesheets only", CandidateStatus{ID: 3, Timesheets: true}, false, true},
		{"both", CandidateStatus{ID: 4, FullProfile: true, Timesheets: true}, true, true},
		{"no status", CandidateStatus{}, false, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			profile, sheets := CandidatePortalAccess(tt.s)
			if profile != tt.wantProfile || sheets != tt.wantSheet {
				t.Errorf("CandidatePortalAccess = (%v, %v), want (%v, %v)", profile, sheets, tt.wantProfile, tt.wantSheet)
			}
		})
	}
}
