-- Hiring Portal dashboard (E2, E5) at scale.
--
-- The portal withholds the matches of erased, restricted and objecting
-- candidates (F2). Agencies erase many candidates over the years, so
-- looking the candidate up for every match, or listing every withheld
-- candidate per query, grows with the agency. Instead each match carries
-- its candidate's state in `withheld`, kept by triggers whatever code
-- changes the candidate or the match.
ALTER TABLE matches ADD COLUMN withheld BOOLEAN NOT NULL DEFAULT FALSE;
UPDATE matches SET withheld = TRUE WHERE EXISTS (SELECT 1 FROM candidates c
    WHERE c.tenant_id = matches.tenant_id AND c.id = matches.candidate_id
    AND (c.restricted OR c.objected OR c.anonymised_at IS NOT NULL));
CREATE TRIGGER matches_withheld_insert AFTER INSERT ON matches
WHEN EXISTS (SELECT 1 FROM candidates c WHERE c.tenant_id = new.tenant_id AND c.id = new.candidate_id
    AND (c.restricted OR c.objected OR c.anonymised_at IS NOT NULL))
BEGIN
    UPDATE matches SET withheld = TRUE WHERE id = new.id;
END;
CREATE TRIGGER matches_withheld_candidate_moved AFTER UPDATE OF candidate_id ON matches
WHEN old.candidate_id <> new.candidate_id
BEGIN
    UPDATE matches SET withheld = EXISTS (SELECT 1 FROM candidates c
        WHERE c.tenant_id = new.tenant_id AND c.id = new.candidate_id
        AND (c.restricted OR c.objected OR c.anonymised_at IS NOT NULL))
    WHERE id = new.id;
END;
CREATE TRIGGER candidates_withheld_spread AFTER UPDATE OF restricted, objected, anonymised_at ON candidates
WHEN (old.restricted OR old.objected OR old.anonymised_at IS NOT NULL)
    <> (new.restricted OR new.objected OR new.anonymised_at IS NOT NULL)
BEGIN
    UPDATE matches SET withheld = (new.restricted OR new.objected OR new.anonymised_at IS NOT NULL)
    WHERE tenant_id = new.tenant_id AND candidate_id = new.id;
END;

-- The contact's vacancies and their matches are read from indexes that
-- carry every column the waiting list filters and orders on, so listing and
-- counting a contact's proposed candidates never visits a table row.
DROP INDEX vacancies_contact_pool;
CREATE INDEX vacancies_contact_pool ON vacancies (tenant_id, contact_id, pool, company_id, id);
DROP INDEX matches_vacancy_phase;
CREATE INDEX matches_vacancy_phase ON matches (tenant_id, vacancy_id, phase_id, approved_at, withheld, updated_at, candidate_id);
