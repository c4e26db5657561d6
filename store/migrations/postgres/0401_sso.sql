-- Single sign-on (OpenID Connect) per agency and surface: the back office
-- (recruiters) and the Hiring Portal (contacts). The client secret is
-- written by the admin and never shown again; allowed_domains is a
-- space-separated list of e-mail domains ('' = any).
CREATE TABLE sso_settings (
    tenant_id BIGINT NOT NULL REFERENCES tenants(id),
    audience TEXT NOT NULL,
    enabled BOOLEAN NOT NULL DEFAULT FALSE,
    issuer TEXT NOT NULL DEFAULT '',
    client_id TEXT NOT NULL DEFAULT '',
    client_secret TEXT NOT NULL DEFAULT '',
    allowed_domains TEXT NOT NULL DEFAULT '',
    password_allowed BOOLEAN NOT NULL DEFAULT TRUE,
    create_accounts BOOLEAN NOT NULL DEFAULT FALSE,
    PRIMARY KEY (tenant_id, audience)
);
