-- F2: erasure must leave no byte of the erased values in the database file.
-- FTS5 keeps a deleted row's terms in its index segments until they are
-- merged; with secure-delete it removes them when the row is deleted (or its
-- search text replaced). The candidates table itself is covered by
-- PRAGMA secure_delete, set on every connection.
INSERT INTO candidates_fts(candidates_fts, rank) VALUES ('secure-delete', 1);
