-- Scheduled jobs (timesheet reminders, retention) run once per due time
-- across every instance on the database: an instance claims an agency's
-- (job, slot) for a short lease, renews it while it works and marks it
-- finished; a claim whose lease ran out (its instance died) is taken over
-- by the next instance that looks, and a finished one is never run again.
CREATE TABLE job_claims (
    tenant_id BIGINT NOT NULL REFERENCES tenants(id),
    job TEXT NOT NULL,
    slot TEXT NOT NULL,
    owner TEXT NOT NULL,
    claim_token TEXT NOT NULL,
    lease_until TIMESTAMPTZ NOT NULL,
    claims INTEGER NOT NULL DEFAULT 1,
    claimed_at TIMESTAMPTZ NOT NULL,
    finished_at TIMESTAMPTZ,
    PRIMARY KEY (tenant_id, job, slot)
);
