-- Issue 12: a recruiter's own candidates by name (the back office
-- dashboard) walk this index and stop at the page, instead of reading and
-- sorting the ~20,000 candidates an owner has on the 1,000,000-candidate
-- demo. It replaces candidates_owner, whose columns it starts with.
CREATE INDEX candidates_owner_name ON candidates (tenant_id, owner_id, last_name, first_name, id);
DROP INDEX candidates_owner;
