-- Hiring Portal (E2, E3, E5, E7): a contact's dashboard and lists filter on
-- its company and the portal source, or on the vacancies it is contact of,
-- and then on the phase and approval of their matches. These indexes keep
-- them to index ranges for a company with thousands of vacancies and tens
-- of thousands of matches.
CREATE INDEX vacancies_portal ON vacancies (tenant_id, company_id, source_id, pool, status, id);
CREATE INDEX vacancies_contact_pool ON vacancies (tenant_id, contact_id, pool, id);
CREATE INDEX matches_vacancy_phase ON matches (tenant_id, vacancy_id, phase_id, approved_at);
