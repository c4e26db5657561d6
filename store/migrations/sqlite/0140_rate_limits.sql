-- Rate limits (B4) kept in the database, so that a burst of parallel
-- requests and several instances count against one limit. One row per
-- limited key (an account or a client address, of one audience) and fixed
-- window; window_start is in Unix milliseconds so both engines compare it
-- the same way.
CREATE TABLE rate_limits (
    tenant_id BIGINT NOT NULL REFERENCES tenants(id),
    key TEXT NOT NULL,
    window_start BIGINT NOT NULL,
    hits INTEGER NOT NULL,
    PRIMARY KEY (tenant_id, key)
);
CREATE INDEX rate_limits_window ON rate_limits (window_start);
