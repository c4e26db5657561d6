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
CREATE FUNCTION matches_withheld_set() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.withheld := EXISTS (SELECT 1 FROM candidates c
        WHERE c.tenant_id = NEW.tenant_id AND c.id = NEW.candidate_id
        AND (c.restricted OR c.objected OR c.anonymised_at IS NOT NULL));
    RETURN NEW;
END
$$;
CREATE TRIGGER matches_withheld_set BEFORE INSERT OR UPDATE OF candidate_id ON matches
    FOR EACH ROW EXECUTE FUNCTION matches_withheld_set();
CREATE FUNCTION candidates_withheld_spread() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE matches SET withheld = (NEW.restricted OR NEW.objected OR NEW.anonymised_at IS NOT NULL)
    WHERE tenant_id = NEW.tenant_id AND candidate_id = NEW.id;
    RETURN NULL;
END
$$;
CREATE TRIGGER candidates_withheld_spread AFTER UPDATE OF restricted, objected, anonymised_at ON candidates
    FOR EACH ROW WHEN ((OLD.restricted OR OLD.objected OR OLD.anonymised_at IS NOT NULL)
        IS DISTINCT FROM (NEW.restricted OR NEW.objected OR NEW.anonymised_at IS NOT NULL))
    EXECUTE FUNCTION candidates_withheld_spread();

-- The contact's vacancies and their matches are read from indexes that
-- carry every column the waiting list filters and orders on, so listing and
-- counting a contact's proposed candidates never visits a table row.
DROP INDEX vacancies_contact_pool;
CREATE INDEX vacancies_contact_pool ON vacancies (tenant_id, contact_id, pool, company_id, id);
DROP INDEX matches_vacancy_phase;
CREATE INDEX matches_vacancy_phase ON matches (tenant_id, vacancy_id, phase_id, approved_at, withheld)
    INCLUDE (updated_at, candidate_id, id);
-- PostgreSQL mostly reads the agency's waiting matches phase by phase and
-- joins them to the contact's vacancies by hash; this keeps that read to
-- the index alone too.
CREATE INDEX matches_portal_waiting ON matches (tenant_id, phase_id, approved_at, withheld)
    INCLUDE (vacancy_id, updated_at, id);
