-- Rebuild the candidate full-text index with prefix indexes for two and
-- three characters, so that a short prefix ("ma", "de") is one doclist
-- instead of a merge of every term that starts with it. The index holds only
-- derived data (candidates.search_text), so dropping it loses nothing.
DROP TRIGGER IF EXISTS candidates_fts_insert;
DROP TRIGGER IF EXISTS candidates_fts_delete;
DROP TRIGGER IF EXISTS candidates_fts_update;
DROP TABLE IF EXISTS candidates_fts;
CREATE VIRTUAL TABLE candidates_fts USING fts5(search_text, content='candidates', content_rowid='id', tokenize='unicode61 remove_diacritics 2', prefix='2 3');
INSERT INTO candidates_fts(candidates_fts) VALUES('rebuild');
CREATE TRIGGER candidates_fts_insert AFTER INSERT ON candidates BEGIN
    INSERT INTO candidates_fts(rowid, search_text) VALUES (new.id, new.search_text);
END;
CREATE TRIGGER candidates_fts_delete AFTER DELETE ON candidates BEGIN
    INSERT INTO candidates_fts(candidates_fts, rowid, search_text) VALUES ('delete', old.id, old.search_text);
END;
CREATE TRIGGER candidates_fts_update AFTER UPDATE OF search_text ON candidates BEGIN
    INSERT INTO candidates_fts(candidates_fts, rowid, search_text) VALUES ('delete', old.id, old.search_text);
    INSERT INTO candidates_fts(rowid, search_text) VALUES (new.id, new.search_text);
END;
