-- Accounts (B3, B4): single-use password tokens, TOTP second factors and
-- their recovery codes, for the three audiences (office = users,
-- portal = candidates, hiring = contacts). Only hashes of tokens and codes
-- are kept; the TOTP secret must be kept as is to check codes.

CREATE TABLE password_tokens (
    token_hash TEXT PRIMARY KEY,
    tenant_id BIGINT NOT NULL REFERENCES tenants(id),
    audience TEXT NOT NULL,
    subject_id BIGINT NOT NULL,
    purpose TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL,
    expires_at TIMESTAMP NOT NULL,
    used_at TIMESTAMP
);
CREATE INDEX password_tokens_subject ON password_tokens (tenant_id, audience, subject_id);

CREATE TABLE totp_secrets (
    tenant_id BIGINT NOT NULL REFERENCES tenants(id),
    audience TEXT NOT NULL,
    subject_id BIGINT NOT NULL,
    secret TEXT NOT NULL,
    confirmed_at TIMESTAMP,
    last_step BIGINT NOT NULL DEFAULT 0,
    PRIMARY KEY (tenant_id, audience, subject_id)
);

CREATE TABLE recovery_codes (
    id INTEGER PRIMARY KEY,
    tenant_id BIGINT NOT NULL REFERENCES tenants(id),
    audience TEXT NOT NULL,
    subject_id BIGINT NOT NULL,
    code_hash TEXT NOT NULL,
    used_at TIMESTAMP,
    UNIQUE (tenant_id, id)
);
CREATE INDEX recovery_codes_subject ON recovery_codes (tenant_id, audience, subject_id);
