package domain

import "testing"

// D3, C4, D4, E10: a candidate sees its receipts and files of types the
// Professional Portal shows on its timesheet; a contact sees the receipts and
// files of types the Hiring Portal shows; neither sees an internal file of
// the back office.
func TestTimesheetFileSeen_D3_C4_D4_E10(t *testing.T) {
	tests := []struct {
		name               string
		t                  AttachmentType
		candidate, contact bool
	}{
		{"receipt type without flags", AttachmentType{Code: TypeCodeTimesheet}, true, true},
		{"receipt type with portal flag", AttachmentType{Code: TypeCodeTimesheet, VisibleProfessional: true}, true, true},
		{"receipt type with hiring flag", AttachmentType{Code: TypeCodeTimesheet, VisibleHiring: true}, true, true},
		{"professional-only type", AttachmentType{Name: "Certificate", VisibleProfessional: true}, true, false},
		{"hiring-only type", AttachmentType{Name: "Assessment", VisibleHiring: true}, false, true},
		{"type both portals show", AttachmentType{Name: "Contract", VisibleProfessional: true, VisibleHiring: true}, true, true},
		{"internal type", AttachmentType{Name: "Internal"}, false, false},
		{"cv type not visible", AttachmentType{Code: TypeCodeCV}, false, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := CandidateSeesTimesheetFile(tt.t); got != tt.candidate {
				t.Errorf("CandidateSeesTimesheetFile(%+v) = %v, want %v", tt.t, got, tt.candidate)
			}
			if got := ContactSeesTimesheetFile(tt.t); got != tt.contact {
				t.Errorf("ContactSeesTimesheetFile(%+v) = %v, want %v", tt.t, got, tt.contact)
			}
		})
	}
}

// D3, D6: a candidate removes a receipt only while the timesheet is a draft
// or rejected, and never a file of another type.
func TestCandidateMayRemoveTimesheetFile_D3_D6(t *testing.T) {
	receipt := AttachmentType{Code: TypeCodeTimesheet}
	shown := AttachmentType{Name: "Certificate", VisibleProfessional: true}
	tests := []struct {
		name   string
		t      AttachmentType
		status TimesheetStatus
		want   bool
	}{
		{"receipt on a draft", receipt, TimesheetDraft, true},
		{"receipt on a rejected timesheet", receipt, TimesheetRejected, true},
		{"receipt on a sent timesheet", receipt, TimesheetSent, false},
		{"receipt on an approved timesheet", receipt, TimesheetApproved, false},
		{"receipt with an unknown status", receipt, TimesheetStatus(""), false},
		{"office file on a draft", shown, TimesheetDraft, false},
		{"internal file on a draft", AttachmentType{Name: "Internal"}, TimesheetDraft, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := CandidateMayRemoveTimesheetFile(tt.t, tt.status); got != tt.want {
				t.Errorf("CandidateMayRemoveTimesheetFile(%+v, %q) = %v, want %v", tt.t, tt.status, got, tt.want)
			}
		})
	}
}
