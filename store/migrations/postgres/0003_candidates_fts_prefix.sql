-- SQLite's 0003 adds prefix indexes to its FTS5 table. PostgreSQL's GIN index
-- on search_tsv already answers prefix queries ('ma:*'); nothing to change.
SELECT 1;
