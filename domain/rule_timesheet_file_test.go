package domain

import "testing"

// D3, C4: a candidate sees its receipts and files of portal-visible types on
// its timesheet, never an internal file of the back office.
func TestCandidateSeesTimesheetFile_D3_C4(t *testing.T) {
	tests := []struct {
		name string
		t    AttachmentType
		want bool
	}{
		{"receipt type without portal flag", AttachmentType{Code: TypeCodeTimesheet}, true},
		{"receipt type with portal flag", AttachmentType{Code: TypeCodeTimesheet, VisibleProfessional: true}, true},
		{"portal-visible type", AttachmentType{Name: "Certificate", VisibleProfessional: true}, true},
		{"hiring-only type", AttachmentType{Name: "Assessment", VisibleHiring: true}, false},
		{"internal type", AttachmentType{Name: "Internal"}, false},
		{"cv type not visible", AttachmentType{Code: TypeCodeCV}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := CandidateSeesTimesheetFile(tt.t); got != tt.want {
				t.Errorf("CandidateSeesTimesheetFile(%+v) = %v, want %v", tt.t, got, tt.want)
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
