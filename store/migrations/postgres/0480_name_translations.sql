-- Issue 15: the names an agency configures (phases, procedures, candidate
-- statuses, declaration and attachment types, sources, groups, relations,
-- dashboard blocks, reports) in each language. One table for every kind:
-- a name missing in a language falls back to the record's own name.
CREATE TABLE name_translations (
    tenant_id BIGINT NOT NULL REFERENCES tenants(id),
    kind TEXT NOT NULL,
    record_id BIGINT NOT NULL,
    lang TEXT NOT NULL,
    name TEXT NOT NULL,
    PRIMARY KEY (tenant_id, kind, record_id, lang)
);
