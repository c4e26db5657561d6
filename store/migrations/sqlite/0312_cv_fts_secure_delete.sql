-- F2 for CV texts: erasing a candidate deletes its CVs and their texts
-- (ON DELETE CASCADE); with secure-delete the CV index drops their terms
-- at once instead of keeping them in its segments until a merge.
INSERT INTO attachment_texts_fts(attachment_texts_fts, rank) VALUES ('secure-delete', 1);
