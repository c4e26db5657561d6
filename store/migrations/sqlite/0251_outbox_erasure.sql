-- F2, G2: a mail names the candidate it goes to or is about, so that erasing
-- the candidate cancels it while it waits and scrubs it once sent;
-- scrubbed_at says when its subject and text were removed (by an erasure,
-- or because a sent mail's text is kept only for a bounded time).
ALTER TABLE outbox ADD COLUMN candidate_id BIGINT;
ALTER TABLE outbox ADD COLUMN scrubbed_at TIMESTAMP;
CREATE INDEX outbox_candidate ON outbox (tenant_id, candidate_id);
CREATE INDEX outbox_created ON outbox (created_at);
