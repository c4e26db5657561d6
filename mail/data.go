package mail

// The data each kind of mail receives. Callers pass these as Message.Data so
// that every field the default templates (and the agencies' own templates)
// may use is always present; defaults/README.md documents them for template
// writers. Text fields hold text ready to show in the recipient's language:
// the caller formats dates and translates labels.

// CredentialsData is the data of credentials_candidate, credentials_contact
// (B3) and credentials_recruiter (B5): the invitation to a portal or to the
// back office.
type CredentialsData struct {
	Name      string // the recipient's full name
	Agency    string // the agency's name
	PortalURL string // the portal's sign-in address
	UserName  string // the user name to sign in with (the e-mail address)
	Link      string // the one-time link to set a password
	Hours     int    // how many hours the link stays valid
}

// PasswordResetData is the data of password_reset (B4).
type PasswordResetData struct {
	Name   string // the recipient's full name
	Agency string // the agency's name
	Link   string // the one-time link to set a new password
	// Minutes is how long the link stays valid; Hours is the same rounded
	// up to whole hours, for templates written before Minutes existed.
	Minutes int
	Hours   int
}

// TimesheetData is the data of timesheet_sent (to the contacts who approve,
// D4), timesheet_approved and timesheet_rejected (to the candidate, D5), and
// timesheet_reminder (to the candidate whose week was not sent, G3).
type TimesheetData struct {
	Name      string // the recipient's full name
	Agency    string // the agency's name
	Candidate string // the candidate's full name
	Week      string // the timesheet's week, e.g. "2026-W11"
	Placement string // the placement, e.g. "Welder at Acme Steel"
	Comment   string // the contact's comment; may be empty
	Link      string // the timesheet in the recipient's portal
}

// PrivacyData is the data of privacy_request_confirmation (to the candidate)
// and privacy_request_notice (to the agency's recruiters) (C9, F2).
type PrivacyData struct {
	Name      string // the recipient's full name
	Agency    string // the agency's name
	Candidate string // the candidate who made the request
	Right     string // the right, in the recipient's language (e.g. "inzage")
	Date      string // the day the request was received, e.g. "2026-03-14"
	DueDate   string // the day it must be answered by, e.g. "2026-04-14"
	Link      string // the request in the recipient's portal or back office
}

// PrivacyExtendedData is the data of privacy_request_extended: the agency
// extended the deadline of the candidate's request once (F2, GDPR art. 12(3)).
type PrivacyExtendedData struct {
	Name    string // the candidate's full name
	Agency  string // the agency's name
	Right   string // the right, in the recipient's language (e.g. "inzage")
	Date    string // the day the request was received, e.g. "2026-03-14"
	DueDate string // the new day it must be answered by, e.g. "2026-06-14"
	Reason  string // why the agency needs more time
}

// PrivacyExportData is the data of privacy_export_ready: a recruiter
// released the candidate's data export; it goes to the candidate, with the
// link to download it in the portal (F2, access and portability).
type PrivacyExportData struct {
	Name    string // the candidate's full name
	Agency  string // the agency's name
	Link    string // the download in the portal, signed in
	Expires string // when the link stops working, e.g. "2026-03-21 14:00 UTC"
}

// PrivacyRefusedData is the data of privacy_erasure_refused: the agency may
// not erase the candidate's data while a hold stands and answers its
// erasure request under GDPR art. 17(3) (F2).
type PrivacyRefusedData struct {
	Name        string // the candidate's full name
	Agency      string // the agency's name
	Date        string // the day the request was received, e.g. "2026-03-14"
	Ground      string // the point of art. 17(3), e.g. "17(3)(e)"
	Explanation string // why the data must be kept, in the recruiter's words
	Link        string // the candidate's requests in the portal
}

// PortalMessageData is the data of portal_message_received: a contact wrote
// a message in the Hiring Portal; it goes to the record's owner (E11).
type PortalMessageData struct {
	Name    string // the recipient's (the owner's) full name
	Agency  string // the agency's name
	Contact string // the contact's full name
	Company string // the contact's company
	Subject string // the message's subject; may be empty
	Link    string // the message in the back office
}

// MatchDecidedData is the data of match_decided: a contact approved or
// rejected a proposed candidate in the Hiring Portal; it goes to the recruiter
// who owns the vacancy (E6).
type MatchDecidedData struct {
	Name      string // the recipient's (the vacancy owner's) full name
	Agency    string // the agency's name
	Contact   string // the contact's full name
	Company   string // the contact's company
	Candidate string // the candidate's full name
	Vacancy   string // the vacancy's title
	Approved  bool   // true when approved, false when rejected
	Comment   string // the contact's comment; may be empty
	Link      string // the match in the back office
}

// InvoiceData is the data of invoice_issued: the agency confirmed an
// invoice or a credit note; it goes to the client's contacts that its
// invoicing details name, with the UBL XML and the PDF attached (issue 17).
type InvoiceData struct {
	Name     string // the recipient's full name; may be empty (the client's invoice address)
	Agency   string // the agency's name
	Company  string // the client's name
	Document string // "invoice" or "credit note", in the recipient's language
	Number   string // the document's number
	Date     string // the issue date, e.g. "2026-12-01"
	DueDate  string // the day payment is due; may be empty (credit notes)
	Total    string // the amount with VAT, formatted, e.g. "€ 1.234,56"
	Link     string // the document in the Hiring Portal; may be empty
}

// ApplicationData is the data of application_confirmation (to the
// applicant) and application_notice (to the recruiter who owns the vacancy,
// or the agency's owner of open applications): someone applied on the
// careers site (issue 16).
type ApplicationData struct {
	Name      string // the recipient's full name
	Agency    string // the agency's name
	Candidate string // the applicant's full name
	Vacancy   string // the vacancy's title; empty for an open application
	Link      string // to the applicant: the vacancy on the careers site; to the recruiter: the candidate in the back office
	PortalURL string // the Professional Portal's sign-in address
}

// CandidateMessageData is the data of candidate_message: a recruiter's
// mail to candidates chosen in the back office's candidate list (issue 15),
// asking them to get in touch and check their profile.
type CandidateMessageData struct {
	Name      string // the candidate's full name
	Agency    string // the agency's name
	Recruiter string // the recruiter who sent it
	Email     string // the recruiter's e-mail address to answer to
	PortalURL string // the Professional Portal's sign-in address
}

// Sample returns example data for key, as template writers see it in the
// README; the tests render every default template with it. It reports false
// for an unknown key.
func Sample(key string) (any, bool) {
	switch key {
	case "credentials_candidate", "credentials_contact", "credentials_recruiter":
		return CredentialsData{Name: "Anna de Vries", Agency: "Acme Staffing", PortalURL: "https://acme.example.com/portal/",
			UserName: "anna@example.com", Link: "https://acme.example.com/portal/password/abc123", Hours: 72}, true
	case "password_reset":
		return PasswordResetData{Name: "Anna de Vries", Agency: "Acme Staffing",
			Link: "https://acme.example.com/portal/password/abc123", Minutes: 60, Hours: 1}, true
	case "timesheet_sent", "timesheet_approved", "timesheet_rejected", "timesheet_reminder":
		return TimesheetData{Name: "Jörg Müller", Agency: "Acme Staffing", Candidate: "Anna de Vries", Week: "2026-W11",
			Placement: "Welder at Acme Steel", Comment: "Please add the overtime of Friday.",
			Link: "https://acme.example.com/hiring/timesheets/42"}, true
	case "privacy_request_confirmation", "privacy_request_notice":
		return PrivacyData{Name: "Anna de Vries", Agency: "Acme Staffing", Candidate: "Anna de Vries", Right: "access",
			Date: "2026-03-14", DueDate: "2026-04-14", Link: "https://acme.example.com/portal/privacy"}, true
	case "privacy_request_extended":
		return PrivacyExtendedData{Name: "Anna de Vries", Agency: "Acme Staffing", Right: "access", Date: "2026-03-14",
			DueDate: "2026-06-14", Reason: "Your data is spread over several archives."}, true
	case "privacy_export_ready":
		return PrivacyExportData{Name: "Anna de Vries", Agency: "Acme Staffing",
			Link: "https://acme.example.com/portal/privacy/exports/ABC123", Expires: "2026-03-21 14:00 UTC"}, true
	case "privacy_erasure_refused":
		return PrivacyRefusedData{Name: "Anna de Vries", Agency: "Acme Staffing", Date: "2026-03-14", Ground: "17(3)(e)",
			Explanation: "A dispute about your contract is before the court; we must keep your file until it is settled.",
			Link:        "https://acme.example.com/portal/privacy"}, true
	case "portal_message_received":
		return PortalMessageData{Name: "Sam Jansen", Agency: "Acme Staffing", Contact: "Jörg Müller", Company: "Acme Steel",
			Subject: "Start date", Link: "https://acme.example.com/office/notes/7"}, true
	case "application_confirmation", "application_notice":
		return ApplicationData{Name: "Anna de Vries", Agency: "Acme Staffing", Candidate: "Anna de Vries", Vacancy: "Welder",
			Link: "https://acme.example.com/jobs/12-welder", PortalURL: "https://acme.example.com/portal/"}, true
	case "match_decided":
		return MatchDecidedData{Name: "Sam Jansen", Agency: "Acme Staffing", Contact: "Jörg Müller", Company: "Acme Steel",
			Candidate: "Anna de Vries", Vacancy: "Welder", Approved: true,
			Comment: "Strong profile, please plan an interview.", Link: "https://acme.example.com/office/matches/12"}, true
	case "candidate_message":
		return CandidateMessageData{Name: "Anna de Vries", Agency: "Acme Staffing", Recruiter: "Sam Jansen",
			Email: "sam@acme.example.com", PortalURL: "https://acme.example.com/portal/"}, true
	case "invoice_issued":
		return InvoiceData{Name: "Jörg Müller", Agency: "Acme Staffing", Company: "Acme Steel", Document: "invoice",
			Number: "2026-000042", Date: "2026-12-01", DueDate: "2026-12-31", Total: "€ 1.234,56",
			Link: "https://acme.example.com/hiring/invoices/42"}, true
	}
	return nil, false
}
