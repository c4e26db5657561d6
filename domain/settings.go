package domain

import (
	"slices"
	"text/template"
)

// Settings are the agency's A3 settings that are not flags on a row of their
// own (status flags live on CandidateStatus, phase visibility on Phase, portal
// visibility on AttachmentType). They are stored as one document per tenant.
type Settings struct {
	// ProfileFields says which candidate profile fields the Professional
	// Portal shows and which the candidate may edit (C1).
	ProfileFields []ProfileField `json:"profile_fields"`
	// PortalGroupID is the contact group that grants Hiring Portal access (B2).
	PortalGroupID ID `json:"portal_group_id"`
	// PortalSourceID is the vacancy source that makes a vacancy visible (E3).
	PortalSourceID ID `json:"portal_source_id"`
	// VacancyRelationID is the contact relation that may create vacancies (E4).
	VacancyRelationID ID `json:"vacancy_relation_id"`
	// ApprovePhaseID, RejectPhaseID and PoolMatchPhaseID are where approve,
	// reject and 'match from talent pool' move a match (E6, E9).
	ApprovePhaseID   ID `json:"approve_phase_id"`
	RejectPhaseID    ID `json:"reject_phase_id"`
	PoolMatchPhaseID ID `json:"pool_match_phase_id"`
	// PrivacyURL is the privacy statement link per language (C8); when empty,
	// the portal shows the main office's 'Privacy statement XX' document.
	PrivacyURL map[string]string `json:"privacy_url"`
	// Reports lists the report keys each portal shows (C7).
	PortalReports []string `json:"portal_reports"`
	HiringReports []string `json:"hiring_reports"`
	// Dashboard blocks of the Hiring Portal (E2).
	DashboardVacancies  bool `json:"dashboard_vacancies"`
	DashboardCandidates bool `json:"dashboard_candidates"`
	DashboardTimesheets bool `json:"dashboard_timesheets"`
	// HiringSharedFields are the candidate's private fields a contact sees
	// on a proposed or pool candidate (E5); by default none of
	// HiringShareableFields.
	HiringSharedFields []string `json:"hiring_shared_fields"`
	// Privacy and retention (F2, F3, D-retention).
	RetentionYears       int `json:"retention_years"`
	FiscalRetentionYears int `json:"fiscal_retention_years"`
	// Timesheet reminders (G3): on this ISO weekday (1 = Monday … 7 = Sunday)
	// from this hour on, candidates whose timesheet of last week was not sent
	// get a reminder.
	ReminderWeekday int `json:"reminder_weekday"`
	ReminderHour    int `json:"reminder_hour"`
	// CredentialsHours is how long a set-password link works (B3, B4); 0
	// uses the installation's default (72 hours unless configured).
	CredentialsHours int `json:"credentials_hours"`
	// RequireTOTP* make the second factor compulsory for an audience (B4).
	RequireTOTPOffice bool `json:"require_totp_office"`
	RequireTOTPPortal bool `json:"require_totp_portal"`
	RequireTOTPHiring bool `json:"require_totp_hiring"`
	// Careers are the careers site's settings (issue 16).
	Careers CareersSettings `json:"careers"`
}

// RequireTOTP reports whether people of aud must use a second factor.
func (s Settings) RequireTOTP(aud Audience) bool {
	switch aud {
	case AudienceOffice:
		return s.RequireTOTPOffice
	case AudiencePortal:
		return s.RequireTOTPPortal
	case AudienceHiring:
		return s.RequireTOTPHiring
	}
	return false
}

// ProfileField is one candidate field's portal setting.
type ProfileField struct {
	Field    string `json:"field"`
	Visible  bool   `json:"visible"`
	Editable bool   `json:"editable"`
}

// CandidateProfileFields are the candidate fields the portal can show.
var CandidateProfileFields = []string{
	"first_name", "last_name", "email", "phone", "date_of_birth", "street",
	"postal_code", "city", "country", "language", "headline", "summary",
}

// HiringShareableFields are the candidate's private fields an agency may
// share with the Hiring Portal (E5); "address" is street, postal code and
// country together.
var HiringShareableFields = []string{"email", "phone", "date_of_birth", "address"}

// HiringShares reports whether the agency shares field with contacts.
func (s Settings) HiringShares(field string) bool {
	return slices.Contains(s.HiringSharedFields, field)
}

// Reports the portals can show.
var ReportKeys = []string{"hours_per_week", "hours_per_placement", "pipeline_per_phase", "portal_messages"}

func knownReport(key string) bool {
	for _, k := range ReportKeys {
		if k == key {
			return true
		}
	}
	return false
}

// DefaultSettings returns the settings a new tenant starts with.
func DefaultSettings() Settings {
	s := Settings{
		PrivacyURL:           map[string]string{},
		PortalReports:        []string{"hours_per_week"},
		DashboardVacancies:   true,
		DashboardCandidates:  true,
		DashboardTimesheets:  true,
		RetentionYears:       3,
		FiscalRetentionYears: 7,
		ReminderWeekday:      1,
		ReminderHour:         9,
		Careers:              defaultCareersSettings(),
	}
	for _, f := range CandidateProfileFields {
		s.ProfileFields = append(s.ProfileFields, ProfileField{Field: f, Visible: true, Editable: f != "email"})
	}
	return s
}

// Field returns the portal setting of a profile field; unknown fields are
// neither visible nor editable.
func (s Settings) Field(name string) ProfileField {
	for _, f := range s.ProfileFields {
		if f.Field == name {
			return f
		}
	}
	return ProfileField{Field: name}
}

// Validate checks settings an admin submits.
func (s Settings) Validate() error {
	var v Validator
	v.Check(s.RetentionYears >= 1 && s.RetentionYears <= 30, "retention_years", "validation.range")
	v.Check(s.FiscalRetentionYears >= 1 && s.FiscalRetentionYears <= 30, "fiscal_retention_years", "validation.range")
	v.Check(s.ReminderWeekday >= 1 && s.ReminderWeekday <= 7, "reminder_weekday", "validation.range")
	v.Check(s.ReminderHour >= 0 && s.ReminderHour <= 23, "reminder_hour", "validation.range")
	v.Check(s.CredentialsHours >= 0 && s.CredentialsHours <= 24*30, "credentials_hours", "validation.range")
	for lang, u := range s.PrivacyURL {
		v.Check(u == "" || len(u) > 8 && (u[:8] == "https://" || u[:7] == "http://"), "privacy_url_"+lang, "validation.url")
	}
	for _, f := range s.ProfileFields {
		v.Check(!f.Editable || f.Visible, "field_"+f.Field, "validation.editable_needs_visible")
	}
	for _, r := range s.PortalReports {
		v.Check(knownReport(r), "portal_reports", "validation.choice")
	}
	for _, r := range s.HiringReports {
		v.Check(knownReport(r), "hiring_reports", "validation.choice")
	}
	for _, f := range s.HiringSharedFields {
		v.Check(slices.Contains(HiringShareableFields, f), "hiring_shared_fields", "validation.choice")
	}
	s.Careers.validate(&v)
	return v.Err()
}

// EmailTemplate is the tenant's text for one kind of mail in one language.
// Bodies are Go text/template texts over the mail's data.
type EmailTemplate struct {
	ID       ID
	TenantID ID
	Key      string // e.g. "credentials_candidate", "timesheet_sent"
	Language string
	Subject  string
	Body     string
}

// Validate checks a template.
func (t EmailTemplate) Validate() error {
	var v Validator
	v.Required(t.Key, "key")
	v.Check(ValidLanguage(t.Language), "language", "validation.language")
	v.Required(t.Subject, "subject")
	v.Required(t.Body, "body")
	v.MaxLen(t.Subject, 300, "subject")
	v.MaxLen(t.Body, 50000, "body")
	v.Check(parses(t.Subject), "subject", "validation.template")
	v.Check(parses(t.Body), "body", "validation.template")
	return v.Err()
}

// parses reports whether s is a valid text/template text.
func parses(s string) bool {
	_, err := template.New("t").Option("missingkey=error").Parse(s)
	return err == nil
}

// EmailTemplateKeys are the kinds of mail the application sends (B3, B4, C9, G3,
// D4, D5, E11); the settings page offers a template for each in every language.
var EmailTemplateKeys = []string{
	"credentials_candidate", "credentials_contact", "credentials_recruiter", "password_reset",
	"timesheet_sent", "timesheet_approved", "timesheet_rejected", "timesheet_reminder",
	"privacy_request_confirmation", "privacy_request_notice", "privacy_request_extended", "privacy_export_ready", "privacy_erasure_refused", "portal_message_received",
	"match_decided", "application_confirmation", "application_notice",
	"invoice_issued", "candidate_message",
}
