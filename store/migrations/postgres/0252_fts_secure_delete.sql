-- F2: SQLite's FTS5 index is told to delete erased terms for good; on
-- PostgreSQL the search index is an ordinary index whose dead entries
-- VACUUM removes (see README, "Erasure on PostgreSQL").
SELECT 1;
