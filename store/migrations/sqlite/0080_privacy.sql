-- Privacy (F2, F3, C6, C9): who handles a request, its one extension, a log
-- of what happened to it, the data exports made for a candidate, and the
-- candidates an admin holds back from the retention job.
ALTER TABLE privacy_requests ADD COLUMN owner_id BIGINT;
ALTER TABLE privacy_requests ADD COLUMN origin TEXT NOT NULL DEFAULT 'portal';
ALTER TABLE privacy_requests ADD COLUMN extended_at TIMESTAMP;
ALTER TABLE privacy_requests ADD COLUMN extension_reason TEXT NOT NULL DEFAULT '';

CREATE TABLE privacy_request_events (
    id INTEGER PRIMARY KEY,
    tenant_id BIGINT NOT NULL REFERENCES tenants(id),
    request_id BIGINT NOT NULL,
    actor_kind TEXT NOT NULL,
    actor_id BIGINT NOT NULL,
    actor_name TEXT NOT NULL,
    action TEXT NOT NULL,
    from_status TEXT NOT NULL DEFAULT '',
    to_status TEXT NOT NULL DEFAULT '',
    detail TEXT NOT NULL DEFAULT '',
    at TIMESTAMP NOT NULL,
    UNIQUE (tenant_id, id),
    FOREIGN KEY (tenant_id, request_id) REFERENCES privacy_requests (tenant_id, id)
);
CREATE INDEX privacy_request_events_request ON privacy_request_events (tenant_id, request_id, at);

CREATE TABLE privacy_exports (
    id INTEGER PRIMARY KEY,
    tenant_id BIGINT NOT NULL REFERENCES tenants(id),
    candidate_id BIGINT NOT NULL,
    file_name TEXT NOT NULL,
    size BIGINT NOT NULL,
    created_by TEXT NOT NULL DEFAULT '',
    created_at TIMESTAMP NOT NULL,
    released_at TIMESTAMP,
    token_hash TEXT NOT NULL DEFAULT '',
    token_expires_at TIMESTAMP,
    content BLOB NOT NULL,
    UNIQUE (tenant_id, id),
    FOREIGN KEY (tenant_id, candidate_id) REFERENCES candidates (tenant_id, id)
);
CREATE INDEX privacy_exports_candidate ON privacy_exports (tenant_id, candidate_id);
CREATE INDEX privacy_exports_token ON privacy_exports (token_hash);

CREATE TABLE retention_holds (
    tenant_id BIGINT NOT NULL REFERENCES tenants(id),
    candidate_id BIGINT NOT NULL,
    reason TEXT NOT NULL DEFAULT '',
    held_by TEXT NOT NULL DEFAULT '',
    held_at TIMESTAMP NOT NULL,
    PRIMARY KEY (tenant_id, candidate_id),
    FOREIGN KEY (tenant_id, candidate_id) REFERENCES candidates (tenant_id, id)
);
