-- G1: API tokens. Only the SHA-256 hash of a token's secret is kept; the
-- secret is shown once when the token is created. A revoked token keeps its
-- row (name, dates) for the record but no longer authenticates.
CREATE TABLE api_tokens (
    id INTEGER PRIMARY KEY,
    tenant_id BIGINT NOT NULL REFERENCES tenants(id),
    name TEXT NOT NULL,
    secret_hash TEXT NOT NULL UNIQUE,
    created_by BIGINT NOT NULL DEFAULT 0,
    created_at TIMESTAMP NOT NULL,
    last_used_at TIMESTAMP,
    revoked_at TIMESTAMP,
    UNIQUE (tenant_id, id)
);

-- G1: webhook subscriptions, one URL per event, signed with the row's secret.
CREATE TABLE webhooks (
    id INTEGER PRIMARY KEY,
    tenant_id BIGINT NOT NULL REFERENCES tenants(id),
    event TEXT NOT NULL,
    url TEXT NOT NULL,
    secret TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL,
    UNIQUE (tenant_id, id)
);
CREATE INDEX webhooks_event ON webhooks (tenant_id, event);

-- G1: the durable webhook outbox, written in the transaction of the event;
-- claimed and retried by the delivery worker like the mail outbox (G2).
-- url and secret are copied so a delivery is sent as it was enqueued.
CREATE TABLE webhook_deliveries (
    id INTEGER PRIMARY KEY,
    tenant_id BIGINT NOT NULL REFERENCES tenants(id),
    webhook_id BIGINT NOT NULL,
    event TEXT NOT NULL,
    url TEXT NOT NULL,
    secret TEXT NOT NULL,
    payload TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'pending',
    attempts INTEGER NOT NULL DEFAULT 0,
    next_attempt_at TIMESTAMP NOT NULL,
    last_error TEXT NOT NULL DEFAULT '',
    claim_token TEXT NOT NULL DEFAULT '',
    created_at TIMESTAMP NOT NULL,
    sent_at TIMESTAMP,
    UNIQUE (tenant_id, id)
);
CREATE INDEX webhook_deliveries_due ON webhook_deliveries (status, next_attempt_at);
CREATE INDEX webhook_deliveries_tenant ON webhook_deliveries (tenant_id, id);
