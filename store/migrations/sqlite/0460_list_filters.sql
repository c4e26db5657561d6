-- Issue 15: saved searches of the back-office lists, each a recruiter's own
-- or shared with the agency; query is the list's canonical query string
-- (the filters, sort and columns), list names the list ("candidates").
CREATE TABLE saved_searches (
    id INTEGER PRIMARY KEY,
    tenant_id BIGINT NOT NULL REFERENCES tenants(id),
    user_id BIGINT NOT NULL,
    list TEXT NOT NULL,
    name TEXT NOT NULL,
    query TEXT NOT NULL,
    shared BOOLEAN NOT NULL DEFAULT FALSE,
    created_at TIMESTAMP NOT NULL,
    UNIQUE (tenant_id, id),
    FOREIGN KEY (tenant_id, user_id) REFERENCES users (tenant_id, id)
);
CREATE INDEX saved_searches_list ON saved_searches (tenant_id, list, user_id);

-- The candidate list sorted by last change and by availability walks these
-- and stops at the page, as the list by name walks candidates_name; the
-- migrator gives them statistics on an analysed database (analyzeNewIndexes).
CREATE INDEX candidates_updated ON candidates (tenant_id, updated_at, id);
CREATE INDEX candidates_available ON candidates (tenant_id, available_from, id);
