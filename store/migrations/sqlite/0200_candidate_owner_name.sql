-- Issue 12: a recruiter's own candidates by name (the back office
-- dashboard) walk this index and stop at the page, instead of reading and
-- sorting the ~20,000 candidates an owner has on the 1,000,000-candidate
-- demo. It replaces candidates_owner, whose columns it starts with.
--
-- A new index has no statistics, and SQLite then takes it for a very
-- selective one: queries that never use it for their filter started from
-- it (a pool of 100 candidates took 24 s on the demo). ANALYZE of the index
-- alone reads only the index; a database that was never analysed gets
-- statistics for this index only, which leaves its plans as they were.
--
-- Only sqlite_stat1 is kept: with sqlite_stat4 samples of an index, SQLite
-- prepares every statement that binds a value compared with that index
-- again each time it runs (it may plan better for the value), which undoes
-- the statement cache; the plans that matter are pinned and tested
-- (TestQueryPlans) without them.
CREATE INDEX candidates_owner_name ON candidates (tenant_id, owner_id, last_name, first_name, id);
DROP INDEX candidates_owner;
ANALYZE candidates_owner_name;
DELETE FROM sqlite_stat4;
ANALYZE sqlite_schema;
