package demo

import "github.com/matchpoint/matchpoint/store"

// tables are the tables the loader writes, registered parents first: that is
// the order in which they flush (see table).
type tables struct {
	tenants, settings, users, statuses, groups, relations, sources, procedures, phases,
	declTypes, attTypes, companies, departments, contacts, contactGroups, vacancies,
	candidates, experiences, educations, skills, consents,
	matches, phaseChanges, evaluations,
	placements, placementContacts, rates, timesheets, lines, events,
	attachments, contents, notes, privacy, audit *table
}

func (l *loader) registerTables() {
	t := &l.t
	t.tenants = l.newTable("tenants", true, "slug", "name", "host", "default_language", "created_at")
	t.settings = l.newTable("tenant_settings", false, "tenant_id", "doc")
	t.users = l.newTable("users", true, "tenant_id", "email", "name", "phone", "role", "language", "active", "password_hash", "created_at")
	t.statuses = l.newTable("candidate_statuses", true, "tenant_id", "name", "full_profile", "timesheets", "position")
	t.groups = l.newTable("groups", true, "tenant_id", "name")
	t.relations = l.newTable("contact_relations", true, "tenant_id", "name")
	t.sources = l.newTable("sources", true, "tenant_id", "name")
	t.procedures = l.newTable("procedures", true, "tenant_id", "name")
	t.phases = l.newTable("phases", true, "tenant_id", "procedure_id", "name", "position", "visible_in_portal")
	t.declTypes = l.newTable("declaration_types", true, "tenant_id", "name", "empty_line_per_placement")
	t.attTypes = l.newTable("attachment_types", true, "tenant_id", "name", "code", "visible_professional", "visible_hiring")
	t.companies = l.newTable("companies", true, "tenant_id", "owner_id", "kind", "name", "email", "phone", "website",
		"street", "postal_code", "city", "country", "created_at", "updated_at")
	t.departments = l.newTable("departments", true, "tenant_id", "company_id", "name")
	t.contacts = l.newTable("contacts", true, "tenant_id", "company_id", "owner_id", "relation_id", "first_name", "last_name",
		"email", "phone", "job_title", "language", "password_hash", "created_at", "updated_at")
	t.contactGroups = l.newTable("contact_groups", false, "tenant_id", "contact_id", "group_id")
	t.vacancies = l.newTable("vacancies", true, "tenant_id", "company_id", "contact_id", "owner_id", "source_id", "department_id",
		"procedure_id", "title", "description", "location", "hours_per_week", "status", "pool", "origin", "created_at", "updated_at",
		"pay_min_cents", "pay_max_cents", "pay_currency", "pay_period", "category", "closes_on")
	t.candidates = l.newTable("candidates", true, store.CandidateBulkColumns()...) // the store's one definition
	t.experiences = l.newTable("experiences", true, "tenant_id", "candidate_id", "employer", "title", "start_date", "end_date", "description")
	t.educations = l.newTable("educations", true, "tenant_id", "candidate_id", "institution", "degree", "start_date", "end_date")
	t.skills = l.newTable("skills", true, "tenant_id", "candidate_id", "name", "level")
	t.consents = l.newTable("consents", true, "tenant_id", "candidate_id", "text_version", "given_at", "valid_until", "withdrawn_at")
	t.matches = l.newTable("matches", true, "tenant_id", "candidate_id", "vacancy_id", "phase_id", "approved_at", "created_at", "updated_at")
	t.phaseChanges = l.newTable("match_phase_changes", true, "tenant_id", "match_id", "from_phase_id", "to_phase_id",
		"actor_kind", "actor_id", "actor_name", "at")
	t.evaluations = l.newTable("match_evaluations", true, "tenant_id", "match_id", "actor_kind", "actor_id", "actor_name",
		"verdict", "comment", "created_at")
	t.placements = l.newTable("placements", true, "tenant_id", "candidate_id", "company_id", "vacancy_id", "title",
		"start_date", "end_date", "timesheet_approval", "created_at", "updated_at")
	t.placementContacts = l.newTable("placement_contacts", false, "tenant_id", "placement_id", "contact_id")
	t.rates = l.newTable("rates", true, "tenant_id", "placement_id", "declaration_type_id", "start_date", "end_date",
		"no_invoicing", "bill_cents", "pay_cents")
	t.timesheets = l.newTable("timesheets", true, "tenant_id", "placement_id", "iso_year", "iso_week", "status",
		"sent_at", "decided_at", "created_at", "updated_at")
	t.lines = l.newTable("timesheet_lines", true, "tenant_id", "timesheet_id", "declaration_type_id", "day", "minutes")
	t.events = l.newTable("timesheet_events", true, "tenant_id", "timesheet_id", "actor_kind", "actor_id", "actor_name",
		"action", "comment", "at")
	t.attachments = l.newTable("attachments", true, "tenant_id", "subject_kind", "subject_id", "type_id", "file_name",
		"content_type", "size", "uploaded_by", "created_at")
	t.contents = l.newTable("attachment_contents", false, "tenant_id", "attachment_id", "content")
	t.notes = l.newTable("notes", true, "tenant_id", "subject_kind", "subject_id", "author_kind", "author_id", "author_name",
		"status", "subject", "body", "internal", "created_at", "read_at")
	t.privacy = l.newTable("privacy_requests", true, "tenant_id", "candidate_id", "request_right", "message", "status",
		"received_at", "due_at", "handled_at")
	t.audit = l.newTable("audit_log", true, "tenant_id", "at", "actor_kind", "actor_id", "actor_name", "action",
		"object_kind", "object_id", "detail", "remote_addr")
}

// idTables are the tables with an identity column on PostgreSQL.
func (l *loader) idTables() []string {
	var names []string
	for _, t := range l.tables {
		if t.withID && t.rows > 0 {
			names = append(names, t.name)
		}
	}
	return names
}
