-- G2: a delivery worker claims a mail before sending it. The claim token
-- names the worker's claim, so only the claimant can mark the mail sent or
-- failed; while a mail is 'sending', next_attempt_at holds the lease's end,
-- after which a crashed worker's claim is due again.
ALTER TABLE outbox ADD COLUMN claim_token TEXT NOT NULL DEFAULT '';
