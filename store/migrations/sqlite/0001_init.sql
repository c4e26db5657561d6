-- Matchpoint schema, SQLite. Every tenant-owned table carries tenant_id,
-- has UNIQUE (tenant_id, id), and references other tenant-owned rows through
-- (tenant_id, x_id) so that no row can point into another tenant.

CREATE TABLE tenants (
    id INTEGER PRIMARY KEY,
    slug TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    host TEXT UNIQUE,
    default_language TEXT NOT NULL DEFAULT 'en',
    created_at TIMESTAMP NOT NULL
);

CREATE TABLE tenant_settings (
    tenant_id BIGINT PRIMARY KEY REFERENCES tenants(id),
    doc TEXT NOT NULL
);

CREATE TABLE users (
    id INTEGER PRIMARY KEY,
    tenant_id BIGINT NOT NULL REFERENCES tenants(id),
    email TEXT NOT NULL,
    name TEXT NOT NULL,
    phone TEXT NOT NULL DEFAULT '',
    role TEXT NOT NULL,
    language TEXT NOT NULL DEFAULT 'en',
    active BOOLEAN NOT NULL DEFAULT TRUE,
    password_hash TEXT NOT NULL DEFAULT '',
    created_at TIMESTAMP NOT NULL,
    UNIQUE (tenant_id, id),
    UNIQUE (tenant_id, email)
);

CREATE TABLE sessions (
    token_hash TEXT PRIMARY KEY,
    tenant_id BIGINT NOT NULL REFERENCES tenants(id),
    audience TEXT NOT NULL,
    subject_id BIGINT NOT NULL,
    created_at TIMESTAMP NOT NULL,
    last_seen_at TIMESTAMP NOT NULL,
    expires_at TIMESTAMP NOT NULL
);
CREATE INDEX sessions_subject ON sessions (tenant_id, audience, subject_id);

CREATE TABLE candidate_statuses (
    id INTEGER PRIMARY KEY,
    tenant_id BIGINT NOT NULL REFERENCES tenants(id),
    name TEXT NOT NULL,
    full_profile BOOLEAN NOT NULL DEFAULT FALSE,
    timesheets BOOLEAN NOT NULL DEFAULT FALSE,
    position INTEGER NOT NULL DEFAULT 0,
    UNIQUE (tenant_id, id)
);

CREATE TABLE candidates (
    id INTEGER PRIMARY KEY,
    tenant_id BIGINT NOT NULL REFERENCES tenants(id),
    owner_id BIGINT NOT NULL,
    status_id BIGINT NOT NULL,
    first_name TEXT NOT NULL,
    last_name TEXT NOT NULL,
    email TEXT NOT NULL DEFAULT '',
    phone TEXT NOT NULL DEFAULT '',
    date_of_birth DATE,
    street TEXT NOT NULL DEFAULT '',
    postal_code TEXT NOT NULL DEFAULT '',
    city TEXT NOT NULL DEFAULT '',
    country TEXT NOT NULL DEFAULT '',
    language TEXT NOT NULL DEFAULT 'en',
    headline TEXT NOT NULL DEFAULT '',
    summary TEXT NOT NULL DEFAULT '',
    available_from DATE,
    available_hours INTEGER NOT NULL DEFAULT 0,
    availability_note TEXT NOT NULL DEFAULT '',
    restricted BOOLEAN NOT NULL DEFAULT FALSE,
    objected BOOLEAN NOT NULL DEFAULT FALSE,
    anonymised_at TIMESTAMP,
    password_hash TEXT NOT NULL DEFAULT '',
    search_text TEXT NOT NULL DEFAULT '',
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL,
    UNIQUE (tenant_id, id),
    FOREIGN KEY (tenant_id, owner_id) REFERENCES users (tenant_id, id),
    FOREIGN KEY (tenant_id, status_id) REFERENCES candidate_statuses (tenant_id, id)
);
CREATE INDEX candidates_name ON candidates (tenant_id, last_name, first_name, id);
CREATE INDEX candidates_email ON candidates (tenant_id, lower(email));
CREATE INDEX candidates_owner ON candidates (tenant_id, owner_id);

CREATE TABLE experiences (
    id INTEGER PRIMARY KEY,
    tenant_id BIGINT NOT NULL REFERENCES tenants(id),
    candidate_id BIGINT NOT NULL,
    employer TEXT NOT NULL,
    title TEXT NOT NULL,
    start_date DATE,
    end_date DATE,
    description TEXT NOT NULL DEFAULT '',
    UNIQUE (tenant_id, id),
    FOREIGN KEY (tenant_id, candidate_id) REFERENCES candidates (tenant_id, id)
);
CREATE INDEX experiences_candidate ON experiences (tenant_id, candidate_id);

CREATE TABLE educations (
    id INTEGER PRIMARY KEY,
    tenant_id BIGINT NOT NULL REFERENCES tenants(id),
    candidate_id BIGINT NOT NULL,
    institution TEXT NOT NULL,
    degree TEXT NOT NULL,
    start_date DATE,
    end_date DATE,
    UNIQUE (tenant_id, id),
    FOREIGN KEY (tenant_id, candidate_id) REFERENCES candidates (tenant_id, id)
);
CREATE INDEX educations_candidate ON educations (tenant_id, candidate_id);

CREATE TABLE skills (
    id INTEGER PRIMARY KEY,
    tenant_id BIGINT NOT NULL REFERENCES tenants(id),
    candidate_id BIGINT NOT NULL,
    name TEXT NOT NULL,
    level INTEGER NOT NULL DEFAULT 0,
    UNIQUE (tenant_id, id),
    FOREIGN KEY (tenant_id, candidate_id) REFERENCES candidates (tenant_id, id)
);
CREATE INDEX skills_candidate ON skills (tenant_id, candidate_id);

CREATE TABLE consents (
    id INTEGER PRIMARY KEY,
    tenant_id BIGINT NOT NULL REFERENCES tenants(id),
    candidate_id BIGINT NOT NULL,
    text_version TEXT NOT NULL,
    given_at TIMESTAMP NOT NULL,
    valid_until DATE,
    withdrawn_at TIMESTAMP,
    UNIQUE (tenant_id, id),
    FOREIGN KEY (tenant_id, candidate_id) REFERENCES candidates (tenant_id, id)
);
CREATE INDEX consents_candidate ON consents (tenant_id, candidate_id);
CREATE INDEX consents_valid_until ON consents (tenant_id, valid_until);

CREATE TABLE companies (
    id INTEGER PRIMARY KEY,
    tenant_id BIGINT NOT NULL REFERENCES tenants(id),
    owner_id BIGINT NOT NULL,
    kind TEXT NOT NULL DEFAULT 'client',
    name TEXT NOT NULL,
    email TEXT NOT NULL DEFAULT '',
    phone TEXT NOT NULL DEFAULT '',
    website TEXT NOT NULL DEFAULT '',
    street TEXT NOT NULL DEFAULT '',
    postal_code TEXT NOT NULL DEFAULT '',
    city TEXT NOT NULL DEFAULT '',
    country TEXT NOT NULL DEFAULT '',
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL,
    UNIQUE (tenant_id, id),
    FOREIGN KEY (tenant_id, owner_id) REFERENCES users (tenant_id, id)
);
CREATE INDEX companies_name ON companies (tenant_id, name, id);

CREATE TABLE departments (
    id INTEGER PRIMARY KEY,
    tenant_id BIGINT NOT NULL REFERENCES tenants(id),
    company_id BIGINT NOT NULL,
    name TEXT NOT NULL,
    UNIQUE (tenant_id, id),
    FOREIGN KEY (tenant_id, company_id) REFERENCES companies (tenant_id, id)
);
CREATE INDEX departments_company ON departments (tenant_id, company_id);

CREATE TABLE groups (
    id INTEGER PRIMARY KEY,
    tenant_id BIGINT NOT NULL REFERENCES tenants(id),
    name TEXT NOT NULL,
    UNIQUE (tenant_id, id)
);

CREATE TABLE contact_relations (
    id INTEGER PRIMARY KEY,
    tenant_id BIGINT NOT NULL REFERENCES tenants(id),
    name TEXT NOT NULL,
    UNIQUE (tenant_id, id)
);

CREATE TABLE contacts (
    id INTEGER PRIMARY KEY,
    tenant_id BIGINT NOT NULL REFERENCES tenants(id),
    company_id BIGINT NOT NULL,
    owner_id BIGINT NOT NULL,
    relation_id BIGINT,
    first_name TEXT NOT NULL,
    last_name TEXT NOT NULL,
    email TEXT NOT NULL DEFAULT '',
    phone TEXT NOT NULL DEFAULT '',
    job_title TEXT NOT NULL DEFAULT '',
    language TEXT NOT NULL DEFAULT 'en',
    password_hash TEXT NOT NULL DEFAULT '',
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL,
    UNIQUE (tenant_id, id),
    FOREIGN KEY (tenant_id, company_id) REFERENCES companies (tenant_id, id),
    FOREIGN KEY (tenant_id, owner_id) REFERENCES users (tenant_id, id),
    FOREIGN KEY (tenant_id, relation_id) REFERENCES contact_relations (tenant_id, id)
);
CREATE INDEX contacts_company ON contacts (tenant_id, company_id);
CREATE INDEX contacts_name ON contacts (tenant_id, last_name, first_name, id);
CREATE INDEX contacts_email ON contacts (tenant_id, lower(email));

CREATE TABLE contact_groups (
    tenant_id BIGINT NOT NULL REFERENCES tenants(id),
    contact_id BIGINT NOT NULL,
    group_id BIGINT NOT NULL,
    PRIMARY KEY (tenant_id, contact_id, group_id),
    FOREIGN KEY (tenant_id, contact_id) REFERENCES contacts (tenant_id, id),
    FOREIGN KEY (tenant_id, group_id) REFERENCES groups (tenant_id, id)
);

CREATE TABLE sources (
    id INTEGER PRIMARY KEY,
    tenant_id BIGINT NOT NULL REFERENCES tenants(id),
    name TEXT NOT NULL,
    UNIQUE (tenant_id, id)
);

CREATE TABLE procedures (
    id INTEGER PRIMARY KEY,
    tenant_id BIGINT NOT NULL REFERENCES tenants(id),
    name TEXT NOT NULL,
    UNIQUE (tenant_id, id)
);

CREATE TABLE phases (
    id INTEGER PRIMARY KEY,
    tenant_id BIGINT NOT NULL REFERENCES tenants(id),
    procedure_id BIGINT NOT NULL,
    name TEXT NOT NULL,
    position INTEGER NOT NULL DEFAULT 0,
    visible_in_portal BOOLEAN NOT NULL DEFAULT FALSE,
    UNIQUE (tenant_id, id),
    FOREIGN KEY (tenant_id, procedure_id) REFERENCES procedures (tenant_id, id)
);
CREATE INDEX phases_procedure ON phases (tenant_id, procedure_id, position);

CREATE TABLE vacancies (
    id INTEGER PRIMARY KEY,
    tenant_id BIGINT NOT NULL REFERENCES tenants(id),
    company_id BIGINT NOT NULL,
    contact_id BIGINT,
    owner_id BIGINT NOT NULL,
    source_id BIGINT,
    department_id BIGINT,
    procedure_id BIGINT NOT NULL,
    title TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    location TEXT NOT NULL DEFAULT '',
    hours_per_week INTEGER NOT NULL DEFAULT 0,
    status TEXT NOT NULL DEFAULT 'open',
    pool TEXT NOT NULL DEFAULT '',
    origin TEXT NOT NULL DEFAULT 'office',
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL,
    UNIQUE (tenant_id, id),
    FOREIGN KEY (tenant_id, company_id) REFERENCES companies (tenant_id, id),
    FOREIGN KEY (tenant_id, contact_id) REFERENCES contacts (tenant_id, id),
    FOREIGN KEY (tenant_id, owner_id) REFERENCES users (tenant_id, id),
    FOREIGN KEY (tenant_id, source_id) REFERENCES sources (tenant_id, id),
    FOREIGN KEY (tenant_id, department_id) REFERENCES departments (tenant_id, id),
    FOREIGN KEY (tenant_id, procedure_id) REFERENCES procedures (tenant_id, id)
);
CREATE INDEX vacancies_company ON vacancies (tenant_id, company_id, status);
CREATE INDEX vacancies_contact ON vacancies (tenant_id, contact_id);
CREATE INDEX vacancies_title ON vacancies (tenant_id, title, id);

CREATE TABLE matches (
    id INTEGER PRIMARY KEY,
    tenant_id BIGINT NOT NULL REFERENCES tenants(id),
    candidate_id BIGINT NOT NULL,
    vacancy_id BIGINT NOT NULL,
    phase_id BIGINT NOT NULL,
    approved_at TIMESTAMP,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL,
    UNIQUE (tenant_id, id),
    UNIQUE (tenant_id, vacancy_id, candidate_id),
    FOREIGN KEY (tenant_id, candidate_id) REFERENCES candidates (tenant_id, id),
    FOREIGN KEY (tenant_id, vacancy_id) REFERENCES vacancies (tenant_id, id),
    FOREIGN KEY (tenant_id, phase_id) REFERENCES phases (tenant_id, id)
);
CREATE INDEX matches_candidate ON matches (tenant_id, candidate_id);
CREATE INDEX matches_phase ON matches (tenant_id, phase_id);

CREATE TABLE match_phase_changes (
    id INTEGER PRIMARY KEY,
    tenant_id BIGINT NOT NULL REFERENCES tenants(id),
    match_id BIGINT NOT NULL,
    from_phase_id BIGINT,
    to_phase_id BIGINT NOT NULL,
    actor_kind TEXT NOT NULL,
    actor_id BIGINT NOT NULL,
    actor_name TEXT NOT NULL,
    at TIMESTAMP NOT NULL,
    UNIQUE (tenant_id, id),
    FOREIGN KEY (tenant_id, match_id) REFERENCES matches (tenant_id, id),
    FOREIGN KEY (tenant_id, from_phase_id) REFERENCES phases (tenant_id, id),
    FOREIGN KEY (tenant_id, to_phase_id) REFERENCES phases (tenant_id, id)
);
CREATE INDEX match_phase_changes_match ON match_phase_changes (tenant_id, match_id);

CREATE TABLE match_evaluations (
    id INTEGER PRIMARY KEY,
    tenant_id BIGINT NOT NULL REFERENCES tenants(id),
    match_id BIGINT NOT NULL,
    actor_kind TEXT NOT NULL,
    actor_id BIGINT NOT NULL,
    actor_name TEXT NOT NULL,
    verdict TEXT NOT NULL,
    comment TEXT NOT NULL DEFAULT '',
    created_at TIMESTAMP NOT NULL,
    UNIQUE (tenant_id, id),
    FOREIGN KEY (tenant_id, match_id) REFERENCES matches (tenant_id, id)
);
CREATE INDEX match_evaluations_match ON match_evaluations (tenant_id, match_id);

CREATE TABLE placements (
    id INTEGER PRIMARY KEY,
    tenant_id BIGINT NOT NULL REFERENCES tenants(id),
    candidate_id BIGINT NOT NULL,
    company_id BIGINT NOT NULL,
    vacancy_id BIGINT,
    title TEXT NOT NULL,
    start_date DATE NOT NULL,
    end_date DATE,
    timesheet_approval BOOLEAN NOT NULL DEFAULT FALSE,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL,
    UNIQUE (tenant_id, id),
    FOREIGN KEY (tenant_id, candidate_id) REFERENCES candidates (tenant_id, id),
    FOREIGN KEY (tenant_id, company_id) REFERENCES companies (tenant_id, id),
    FOREIGN KEY (tenant_id, vacancy_id) REFERENCES vacancies (tenant_id, id)
);
CREATE INDEX placements_candidate ON placements (tenant_id, candidate_id);
CREATE INDEX placements_company ON placements (tenant_id, company_id);

CREATE TABLE placement_contacts (
    tenant_id BIGINT NOT NULL REFERENCES tenants(id),
    placement_id BIGINT NOT NULL,
    contact_id BIGINT NOT NULL,
    PRIMARY KEY (tenant_id, placement_id, contact_id),
    FOREIGN KEY (tenant_id, placement_id) REFERENCES placements (tenant_id, id),
    FOREIGN KEY (tenant_id, contact_id) REFERENCES contacts (tenant_id, id)
);
CREATE INDEX placement_contacts_contact ON placement_contacts (tenant_id, contact_id);

CREATE TABLE declaration_types (
    id INTEGER PRIMARY KEY,
    tenant_id BIGINT NOT NULL REFERENCES tenants(id),
    name TEXT NOT NULL,
    empty_line_per_placement BOOLEAN NOT NULL DEFAULT FALSE,
    UNIQUE (tenant_id, id)
);

CREATE TABLE rates (
    id INTEGER PRIMARY KEY,
    tenant_id BIGINT NOT NULL REFERENCES tenants(id),
    placement_id BIGINT NOT NULL,
    declaration_type_id BIGINT,
    start_date DATE NOT NULL,
    end_date DATE,
    no_invoicing BOOLEAN NOT NULL DEFAULT FALSE,
    bill_cents BIGINT NOT NULL DEFAULT 0,
    pay_cents BIGINT NOT NULL DEFAULT 0,
    UNIQUE (tenant_id, id),
    FOREIGN KEY (tenant_id, placement_id) REFERENCES placements (tenant_id, id),
    FOREIGN KEY (tenant_id, declaration_type_id) REFERENCES declaration_types (tenant_id, id)
);
CREATE INDEX rates_placement ON rates (tenant_id, placement_id);

CREATE TABLE timesheets (
    id INTEGER PRIMARY KEY,
    tenant_id BIGINT NOT NULL REFERENCES tenants(id),
    placement_id BIGINT NOT NULL,
    iso_year INTEGER NOT NULL,
    iso_week INTEGER NOT NULL,
    status TEXT NOT NULL DEFAULT 'draft',
    sent_at TIMESTAMP,
    decided_at TIMESTAMP,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL,
    UNIQUE (tenant_id, id),
    UNIQUE (tenant_id, placement_id, iso_year, iso_week),
    FOREIGN KEY (tenant_id, placement_id) REFERENCES placements (tenant_id, id)
);
CREATE INDEX timesheets_status ON timesheets (tenant_id, status, iso_year, iso_week);

CREATE TABLE timesheet_lines (
    id INTEGER PRIMARY KEY,
    tenant_id BIGINT NOT NULL REFERENCES tenants(id),
    timesheet_id BIGINT NOT NULL,
    declaration_type_id BIGINT NOT NULL,
    day DATE NOT NULL,
    minutes INTEGER NOT NULL DEFAULT 0,
    UNIQUE (tenant_id, id),
    UNIQUE (tenant_id, timesheet_id, declaration_type_id, day),
    FOREIGN KEY (tenant_id, timesheet_id) REFERENCES timesheets (tenant_id, id),
    FOREIGN KEY (tenant_id, declaration_type_id) REFERENCES declaration_types (tenant_id, id)
);

CREATE TABLE timesheet_events (
    id INTEGER PRIMARY KEY,
    tenant_id BIGINT NOT NULL REFERENCES tenants(id),
    timesheet_id BIGINT NOT NULL,
    actor_kind TEXT NOT NULL,
    actor_id BIGINT NOT NULL,
    actor_name TEXT NOT NULL,
    action TEXT NOT NULL,
    comment TEXT NOT NULL DEFAULT '',
    at TIMESTAMP NOT NULL,
    UNIQUE (tenant_id, id),
    FOREIGN KEY (tenant_id, timesheet_id) REFERENCES timesheets (tenant_id, id)
);
CREATE INDEX timesheet_events_timesheet ON timesheet_events (tenant_id, timesheet_id);

CREATE TABLE attachment_types (
    id INTEGER PRIMARY KEY,
    tenant_id BIGINT NOT NULL REFERENCES tenants(id),
    name TEXT NOT NULL,
    code TEXT NOT NULL DEFAULT '',
    visible_professional BOOLEAN NOT NULL DEFAULT FALSE,
    visible_hiring BOOLEAN NOT NULL DEFAULT FALSE,
    UNIQUE (tenant_id, id)
);

CREATE TABLE attachments (
    id INTEGER PRIMARY KEY,
    tenant_id BIGINT NOT NULL REFERENCES tenants(id),
    subject_kind TEXT NOT NULL,
    subject_id BIGINT NOT NULL,
    type_id BIGINT NOT NULL,
    file_name TEXT NOT NULL,
    content_type TEXT NOT NULL,
    size BIGINT NOT NULL,
    uploaded_by TEXT NOT NULL DEFAULT '',
    created_at TIMESTAMP NOT NULL,
    UNIQUE (tenant_id, id),
    FOREIGN KEY (tenant_id, type_id) REFERENCES attachment_types (tenant_id, id)
);
CREATE INDEX attachments_subject ON attachments (tenant_id, subject_kind, subject_id);

CREATE TABLE attachment_contents (
    tenant_id BIGINT NOT NULL REFERENCES tenants(id),
    attachment_id BIGINT NOT NULL,
    content BLOB NOT NULL,
    PRIMARY KEY (tenant_id, attachment_id),
    FOREIGN KEY (tenant_id, attachment_id) REFERENCES attachments (tenant_id, id)
);

CREATE TABLE notes (
    id INTEGER PRIMARY KEY,
    tenant_id BIGINT NOT NULL REFERENCES tenants(id),
    subject_kind TEXT NOT NULL,
    subject_id BIGINT NOT NULL,
    author_kind TEXT NOT NULL,
    author_id BIGINT NOT NULL,
    author_name TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'note',
    subject TEXT NOT NULL DEFAULT '',
    body TEXT NOT NULL,
    internal BOOLEAN NOT NULL DEFAULT FALSE,
    created_at TIMESTAMP NOT NULL,
    read_at TIMESTAMP,
    UNIQUE (tenant_id, id)
);
CREATE INDEX notes_subject ON notes (tenant_id, subject_kind, subject_id, created_at);
CREATE INDEX notes_status ON notes (tenant_id, status, created_at);

CREATE TABLE email_templates (
    id INTEGER PRIMARY KEY,
    tenant_id BIGINT NOT NULL REFERENCES tenants(id),
    key TEXT NOT NULL,
    language TEXT NOT NULL,
    subject TEXT NOT NULL,
    body TEXT NOT NULL,
    UNIQUE (tenant_id, id),
    UNIQUE (tenant_id, key, language)
);

CREATE TABLE privacy_requests (
    id INTEGER PRIMARY KEY,
    tenant_id BIGINT NOT NULL REFERENCES tenants(id),
    candidate_id BIGINT NOT NULL,
    request_right TEXT NOT NULL,
    message TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL DEFAULT 'received',
    received_at TIMESTAMP NOT NULL,
    due_at TIMESTAMP NOT NULL,
    handled_at TIMESTAMP,
    UNIQUE (tenant_id, id),
    FOREIGN KEY (tenant_id, candidate_id) REFERENCES candidates (tenant_id, id)
);
CREATE INDEX privacy_requests_due ON privacy_requests (tenant_id, status, due_at);

CREATE TABLE audit_log (
    id INTEGER PRIMARY KEY,
    tenant_id BIGINT NOT NULL REFERENCES tenants(id),
    at TIMESTAMP NOT NULL,
    actor_kind TEXT NOT NULL,
    actor_id BIGINT NOT NULL,
    actor_name TEXT NOT NULL DEFAULT '',
    action TEXT NOT NULL,
    object_kind TEXT NOT NULL DEFAULT '',
    object_id BIGINT NOT NULL DEFAULT 0,
    detail TEXT NOT NULL DEFAULT '',
    remote_addr TEXT NOT NULL DEFAULT '',
    UNIQUE (tenant_id, id)
);
CREATE INDEX audit_log_object ON audit_log (tenant_id, object_kind, object_id, at);

CREATE TABLE outbox (
    id INTEGER PRIMARY KEY,
    tenant_id BIGINT NOT NULL REFERENCES tenants(id),
    to_addr TEXT NOT NULL,
    subject TEXT NOT NULL,
    body TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'pending',
    attempts INTEGER NOT NULL DEFAULT 0,
    next_attempt_at TIMESTAMP NOT NULL,
    last_error TEXT NOT NULL DEFAULT '',
    created_at TIMESTAMP NOT NULL,
    sent_at TIMESTAMP,
    UNIQUE (tenant_id, id)
);
CREATE INDEX outbox_pending ON outbox (status, next_attempt_at);

-- Candidate full-text search: an external-content FTS5 index over
-- candidates.search_text, kept current by triggers.
CREATE VIRTUAL TABLE candidates_fts USING fts5(search_text, content='candidates', content_rowid='id', tokenize='unicode61 remove_diacritics 2');
CREATE TRIGGER candidates_fts_insert AFTER INSERT ON candidates BEGIN
    INSERT INTO candidates_fts(rowid, search_text) VALUES (new.id, new.search_text);
END;
CREATE TRIGGER candidates_fts_delete AFTER DELETE ON candidates BEGIN
    INSERT INTO candidates_fts(candidates_fts, rowid, search_text) VALUES ('delete', old.id, old.search_text);
END;
CREATE TRIGGER candidates_fts_update AFTER UPDATE OF search_text ON candidates BEGIN
    INSERT INTO candidates_fts(candidates_fts, rowid, search_text) VALUES ('delete', old.id, old.search_text);
    INSERT INTO candidates_fts(rowid, search_text) VALUES (new.id, new.search_text);
END;
