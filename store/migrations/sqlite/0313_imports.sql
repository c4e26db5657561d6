-- Issue 16 item 8: records come in from spreadsheets. A record carries the
-- id it had in the system it came from, so importing the same file again
-- updates it instead of making a second one; an erased candidate's is
-- cleared with the rest.
ALTER TABLE candidates ADD COLUMN external_id TEXT NOT NULL DEFAULT '';
ALTER TABLE companies ADD COLUMN external_id TEXT NOT NULL DEFAULT '';
ALTER TABLE contacts ADD COLUMN external_id TEXT NOT NULL DEFAULT '';
ALTER TABLE vacancies ADD COLUMN external_id TEXT NOT NULL DEFAULT '';
CREATE UNIQUE INDEX candidates_external_id ON candidates (tenant_id, external_id) WHERE external_id <> '';
CREATE UNIQUE INDEX companies_external_id ON companies (tenant_id, external_id) WHERE external_id <> '';
CREATE UNIQUE INDEX contacts_external_id ON contacts (tenant_id, external_id) WHERE external_id <> '';
CREATE UNIQUE INDEX vacancies_external_id ON vacancies (tenant_id, external_id) WHERE external_id <> '';

-- One import: the uploaded file (its content is dropped once the import
-- ran: it holds other people's data), the column mapping (JSON), where
-- it stands, and its report (JSON: the problems by line and column).
CREATE TABLE imports (
    id INTEGER PRIMARY KEY,
    tenant_id BIGINT NOT NULL REFERENCES tenants(id),
    kind TEXT NOT NULL,
    file_name TEXT NOT NULL,
    content BLOB NOT NULL,
    mapping TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL,
    dry_run BOOLEAN NOT NULL DEFAULT FALSE,
    rows_total INTEGER NOT NULL DEFAULT 0,
    rows_done INTEGER NOT NULL DEFAULT 0,
    created INTEGER NOT NULL DEFAULT 0,
    updated INTEGER NOT NULL DEFAULT 0,
    skipped INTEGER NOT NULL DEFAULT 0,
    unchanged INTEGER NOT NULL DEFAULT 0,
    report TEXT NOT NULL DEFAULT '',
    created_by BIGINT NOT NULL,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL,
    UNIQUE (tenant_id, id)
);
CREATE INDEX imports_tenant ON imports (tenant_id, id);
