-- Issue 16 item 6: CV parsing names skills as the agency does; the
-- agency's skill names are read in order from this index.
CREATE INDEX skills_name ON skills (tenant_id, name);
