package domain

// CandidateSeesTimesheetFile is D3 with C4: which files of its own timesheet
// a candidate lists and downloads. Its receipts are of the type with code
// 'timesheet' (the one the portal stores them under), whatever that type's
// portal flag; a file the back office put on the timesheet shows only when
// its type is one the agency shows in the Professional Portal.
func CandidateSeesTimesheetFile(t AttachmentType) bool {
	return t.Code == TypeCodeTimesheet || PortalSeesType(t, PortalProfessional)
}

// ContactSeesTimesheetFile is D4 with E10: which files of a timesheet it
// sees a contact lists and downloads in the Hiring Portal. The candidate's
// receipts (type code 'timesheet') are part of what the contact approves,
// whatever that type's flags; any other file shows only when its type is one
// the agency shows in the Hiring Portal, so an internal file of the back
// office never does.
func ContactSeesTimesheetFile(t AttachmentType) bool {
	return t.Code == TypeCodeTimesheet || PortalSeesType(t, PortalHiring)
}

// CandidateMayRemoveTimesheetFile is D3 with D6: a candidate removes only its
// receipts (type code 'timesheet'), and only while the timesheet can still
// be edited (draft or rejected), so what was sent or approved stays as it was.
func CandidateMayRemoveTimesheetFile(t AttachmentType, status TimesheetStatus) bool {
	if t.Code != TypeCodeTimesheet {
		return false
	}
	return status == TimesheetDraft || status == TimesheetRejected
}
