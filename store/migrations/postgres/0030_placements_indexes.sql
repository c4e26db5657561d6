-- Placements are listed latest start first and filtered on the day they run;
-- timesheets are listed latest week first, with or without a status.
CREATE INDEX placements_start ON placements (tenant_id, start_date, id);
CREATE INDEX timesheets_week ON timesheets (tenant_id, iso_year, iso_week, id);
