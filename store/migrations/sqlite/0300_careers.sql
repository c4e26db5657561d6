-- Issue 16: the careers site, applications and duplicate detection.
--
-- A vacancy states its pay range (EU Pay Transparency Directive 2023/970),
-- a category visitors filter on, and the last day it is published.
ALTER TABLE vacancies ADD COLUMN pay_min_cents BIGINT NOT NULL DEFAULT 0;
ALTER TABLE vacancies ADD COLUMN pay_max_cents BIGINT NOT NULL DEFAULT 0;
ALTER TABLE vacancies ADD COLUMN pay_currency TEXT NOT NULL DEFAULT '';
ALTER TABLE vacancies ADD COLUMN pay_period TEXT NOT NULL DEFAULT '';
ALTER TABLE vacancies ADD COLUMN category TEXT NOT NULL DEFAULT '';
ALTER TABLE vacancies ADD COLUMN closes_on DATE;
-- The careers site lists the open vacancies of one source, newest first.
CREATE INDEX vacancies_careers ON vacancies (tenant_id, source_id, status, created_at);

-- One row per application: which candidate applied to which vacancy (none
-- for an open application), through which source and campaign, and the
-- match, note (the motivation) and consent it made. No personal text is
-- kept here, so erasure and export need nothing of their own for it.
CREATE TABLE applications (
    id INTEGER PRIMARY KEY,
    tenant_id BIGINT NOT NULL REFERENCES tenants(id),
    candidate_id BIGINT NOT NULL,
    vacancy_id BIGINT,
    match_id BIGINT,
    note_id BIGINT,
    consent_id BIGINT,
    source TEXT NOT NULL,
    utm_source TEXT NOT NULL DEFAULT '',
    language TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL,
    UNIQUE (tenant_id, id),
    FOREIGN KEY (tenant_id, candidate_id) REFERENCES candidates (tenant_id, id),
    FOREIGN KEY (tenant_id, vacancy_id) REFERENCES vacancies (tenant_id, id),
    FOREIGN KEY (tenant_id, match_id) REFERENCES matches (tenant_id, id),
    FOREIGN KEY (tenant_id, note_id) REFERENCES notes (tenant_id, id),
    FOREIGN KEY (tenant_id, consent_id) REFERENCES consents (tenant_id, id)
);
CREATE INDEX applications_candidate ON applications (tenant_id, candidate_id, id);
CREATE INDEX applications_vacancy ON applications (tenant_id, vacancy_id);

-- The careers site's logo, one per agency.
CREATE TABLE careers_logos (
    tenant_id BIGINT PRIMARY KEY REFERENCES tenants(id),
    content_type TEXT NOT NULL,
    content BLOB NOT NULL,
    updated_at TIMESTAMP NOT NULL
);

-- Possible duplicates are looked up by name, by city and initial, and by
-- phone number however it is written (domain.PhoneKey: separators and
-- the plus sign removed, the last nine characters). The store's queries
-- use exactly these expressions.
CREATE INDEX candidates_name_folded ON candidates (tenant_id, lower(last_name), lower(first_name));
CREATE INDEX candidates_city_initial ON candidates (tenant_id, lower(city), substr(lower(last_name), 1, 1));
CREATE INDEX candidates_phone_key ON candidates (tenant_id,
    substr(replace(replace(replace(replace(replace(replace(replace(phone, ' ', ''), '-', ''), '.', ''), '(', ''), ')', ''), '/', ''), '+', ''), -9));
