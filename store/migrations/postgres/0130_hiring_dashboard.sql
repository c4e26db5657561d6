-- Hiring Portal dashboard (E2, E5) at scale. The portal withholds erased,
-- restricted and objecting candidates (F2): a partial index holds just those
-- few, so excluding them no longer reads every candidate of the agency. The
-- contact's vacancies and their matches are read from indexes that carry
-- every column the waiting list filters and orders on, so listing and
-- counting a contact's proposed candidates never visits a table row.
CREATE INDEX candidates_withheld ON candidates (tenant_id, id)
    WHERE restricted OR objected OR anonymised_at IS NOT NULL;
DROP INDEX vacancies_contact_pool;
CREATE INDEX vacancies_contact_pool ON vacancies (tenant_id, contact_id, pool, company_id, id);
DROP INDEX matches_vacancy_phase;
CREATE INDEX matches_vacancy_phase ON matches (tenant_id, vacancy_id, phase_id, approved_at) INCLUDE (updated_at, candidate_id);
