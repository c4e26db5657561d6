-- G3: a reminder for a placement's week is mailed at most once. The row is
-- keyed by placement and week, not by timesheet, because the usual reason
-- for a reminder is that no timesheet was started at all.
CREATE TABLE timesheet_reminders (
    tenant_id BIGINT NOT NULL REFERENCES tenants(id),
    placement_id BIGINT NOT NULL,
    iso_year INTEGER NOT NULL,
    iso_week INTEGER NOT NULL,
    sent_at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (tenant_id, placement_id, iso_year, iso_week),
    FOREIGN KEY (tenant_id, placement_id) REFERENCES placements (tenant_id, id)
);

-- One row per agency and week once its reminder run has finished, so that
-- the ticker does not scan the placements again until the next week.
CREATE TABLE timesheet_reminder_runs (
    tenant_id BIGINT NOT NULL REFERENCES tenants(id),
    iso_year INTEGER NOT NULL,
    iso_week INTEGER NOT NULL,
    finished_at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (tenant_id, iso_year, iso_week)
);

-- The contact's and the agency's timesheet queues filter on status per placement.
CREATE INDEX timesheets_placement_status ON timesheets (tenant_id, placement_id, status);
