-- Issue 16 item 5: the text read from a candidate's CV, beside the file.
-- status says how the reading went ('ok', 'empty', 'unsupported',
-- 'failed'); text is what was read, search_text the same folded (lower
-- case, no accents) for the index. A row goes with its attachment: deleting
-- the file (or erasing the candidate) deletes its text.
CREATE TABLE attachment_texts (
    tenant_id BIGINT NOT NULL REFERENCES tenants(id),
    attachment_id BIGINT NOT NULL,
    status TEXT NOT NULL,
    text TEXT NOT NULL DEFAULT '',
    search_text TEXT NOT NULL DEFAULT '',
    search_tsv TSVECTOR GENERATED ALWAYS AS (to_tsvector('simple', search_text)) STORED,
    extracted_at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (tenant_id, attachment_id),
    FOREIGN KEY (tenant_id, attachment_id) REFERENCES attachments (tenant_id, id) ON DELETE CASCADE
);
-- Its own full-text index, apart from the candidates' (which issue 12 is
-- tuning): a CV is long, and a search in CVs is a separate question.
CREATE INDEX attachment_texts_search ON attachment_texts USING GIN (search_tsv);
