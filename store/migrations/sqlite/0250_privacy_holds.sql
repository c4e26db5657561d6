-- F2, F3: a hold keeps a candidate's data from the retention job and from
-- erasure alike. Its kind says why (a retention hold, or a legal hold for a
-- dispute, a labour inspection or a fiscal audit), which is the art. 17(3)
-- ground the candidate is told when its erasure is refused; held_by_id names
-- the admin who placed it. Holds outlive erasure attempts: only an admin
-- lifts them.
ALTER TABLE retention_holds ADD COLUMN kind TEXT NOT NULL DEFAULT 'retention';
ALTER TABLE retention_holds ADD COLUMN held_by_id BIGINT NOT NULL DEFAULT 0;
