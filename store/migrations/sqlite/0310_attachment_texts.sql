-- Issue 16 item 5: the text read from a candidate's CV, beside the file.
-- status says how the reading went ('ok', 'empty', 'unsupported',
-- 'failed'); text is what was read, search_text the same folded (lower
-- case, no accents) for the index. A row goes with its attachment: deleting
-- the file (or erasing the candidate) deletes its text.
CREATE TABLE attachment_texts (
    attachment_id INTEGER PRIMARY KEY,
    tenant_id BIGINT NOT NULL REFERENCES tenants(id),
    status TEXT NOT NULL,
    text TEXT NOT NULL DEFAULT '',
    search_text TEXT NOT NULL DEFAULT '',
    extracted_at TIMESTAMP NOT NULL,
    FOREIGN KEY (tenant_id, attachment_id) REFERENCES attachments (tenant_id, id) ON DELETE CASCADE
);
CREATE INDEX attachment_texts_tenant ON attachment_texts (tenant_id, attachment_id);

-- Its own full-text index, apart from the candidates' (which issue 12 is
-- tuning): a CV is long, and a search in CVs is a separate question.
CREATE VIRTUAL TABLE attachment_texts_fts USING fts5(search_text, content='attachment_texts', content_rowid='attachment_id', tokenize='unicode61 remove_diacritics 2', prefix='2 3');
CREATE TRIGGER attachment_texts_fts_insert AFTER INSERT ON attachment_texts BEGIN
    INSERT INTO attachment_texts_fts(rowid, search_text) VALUES (new.attachment_id, new.search_text);
END;
CREATE TRIGGER attachment_texts_fts_delete AFTER DELETE ON attachment_texts BEGIN
    INSERT INTO attachment_texts_fts(attachment_texts_fts, rowid, search_text) VALUES ('delete', old.attachment_id, old.search_text);
END;
CREATE TRIGGER attachment_texts_fts_update AFTER UPDATE OF search_text ON attachment_texts BEGIN
    INSERT INTO attachment_texts_fts(attachment_texts_fts, rowid, search_text) VALUES ('delete', old.attachment_id, old.search_text);
    INSERT INTO attachment_texts_fts(rowid, search_text) VALUES (new.attachment_id, new.search_text);
END;
