package domain

// AuditAction is one action code the code base writes to the audit log
// (F4), with the group the log's filter shows it under. The code is stored;
// pages show the label "audit.action_label.<code>".
type AuditAction struct {
	Code  string
	Group string // "records", "accounts", "privacy", "portal", "matches", "timesheets", "integrations", "invoicing"
}

// AuditActions lists every action code written to the audit log, in the
// order the log's filter offers them. A test in web/office reads the source
// and fails when a written code is missing here or has no label in a
// catalog; an entry with another code (from an older version) still shows,
// by its code.
func AuditActions() []AuditAction {
	return []AuditAction{
		{"view", "records"},
		{"create", "records"},
		{"update", "records"},
		{"upload", "records"},
		{"download", "records"},
		{"settings", "records"},
		{"merge", "records"},
		{"import_upload", "records"},
		{"import_check", "records"},
		{"import_run", "records"},
		{"list_export", "records"},
		{"delete", "records"},      // a saved search (issue 15)
		{"bulk_update", "records"}, // owner or status from the candidate list (issue 15)
		{"bulk_mail", "records"},

		{"sign_in", "accounts"},
		{"sign_in_failed", "accounts"},
		{"sign_in_denied", "accounts"},
		{"sign_in_limited", "accounts"},
		{"credentials_sent", "accounts"},
		{"password_set", "accounts"},
		{"password_changed", "accounts"},
		{"password_change_failed", "accounts"},
		{"totp_enable_failed", "accounts"},
		{"totp_disable_failed", "accounts"},
		{"email_change_failed", "accounts"},
		{"outbox_secret_revealed", "accounts"},
		{"sso_settings", "accounts"},
		{"password_reset_requested", "accounts"},
		{"password_reset_limited", "accounts"},
		{"totp_enabled", "accounts"},
		{"totp_disabled", "accounts"},
		{"recovery_code_used", "accounts"},
		{"role_changed", "accounts"},
		{"language_changed", "accounts"},
		{"enabled", "accounts"},
		{"disabled", "accounts"},

		{"consent_given", "privacy"},
		{"consent_withdrawn", "privacy"},
		{"privacy_request", "privacy"},
		{"privacy_extend", "privacy"},
		{"restricted", "privacy"},
		{"restriction_lifted", "privacy"},
		{"objected", "privacy"},
		{"objection_lifted", "privacy"},
		{"export", "privacy"},
		{"export_release", "privacy"},
		{"erase", "privacy"},
		{"retention_anonymised", "privacy"},
		{"hold_placed", "privacy"},
		{"hold_lifted", "privacy"},
		{"erasure_refused", "privacy"},
		{"audit_export", "privacy"},

		{"portal_profile", "portal"},
		{"portal_availability", "portal"},
		{"portal_experience_save", "portal"},
		{"portal_experience_delete", "portal"},
		{"portal_education_save", "portal"},
		{"portal_education_delete", "portal"},
		{"portal_skill_save", "portal"},
		{"portal_skill_delete", "portal"},
		{"portal_cv_upload", "portal"},
		{"portal_cv_proposal", "portal"},
		{"portal_document_upload", "portal"},
		{"portal_document_download", "portal"},
		{"portal_receipt_download", "portal"},
		{"portal_receipt_delete", "portal"},
		{"careers_apply", "portal"},

		{"match_from_pool", "matches"},
		{"bulk_match", "matches"}, // added to a vacancy from the candidate list (issue 15)
		{"match_approve", "matches"},
		{"match_reject", "matches"},

		{"timesheet_sent", "timesheets"},
		{"timesheet_approved", "timesheets"},
		{"timesheet_rejected", "timesheets"},

		{"api_token_create", "integrations"},
		{"api_token_revoke", "integrations"},
		{"webhook_create", "integrations"},

		{"invoice_settings", "invoicing"},
		{"client_billing", "invoicing"},
		{"placement_billing", "invoicing"},
		{"freelancer_billing", "invoicing"},
		{"invoice_run_draft", "invoicing"},
		{"invoice_run_confirm", "invoicing"},
		{"invoice_run_discard", "invoicing"},
		{"invoice_confirm", "invoicing"},
		{"invoice_credit_draft", "invoicing"},
		{"invoice_credit_discard", "invoicing"},
		{"invoice_credit_proposed", "invoicing"},
		{"timesheet_reopened", "invoicing"},
		{"payroll_export", "invoicing"},
		{"margin_export", "invoicing"},
	}
}

// AuditActionGroups are the groups of AuditActions, in their order.
func AuditActionGroups() []string {
	return []string{"records", "accounts", "privacy", "portal", "matches", "timesheets", "integrations", "invoicing"}
}

// KnownAuditAction reports whether code is one of AuditActions.
func KnownAuditAction(code string) bool {
	for _, a := range AuditActions() {
		if a.Code == code {
			return true
		}
	}
	return false
}

// AuditObjectKinds are the kinds of record audit entries name: the record
// kinds (SubjectKind) and the others the log holds.
func AuditObjectKinds() []string {
	return []string{string(SubjectCandidate), string(SubjectCompany), string(SubjectContact), string(SubjectVacancy),
		string(SubjectMatch), string(SubjectPlacement), string(SubjectTimesheet), "user", "attachment", "api_token", "webhook", "settings", "mail",
		"invoice", "invoice_run"}
}
