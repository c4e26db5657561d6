-- Issue 17: invoicing. The agency's settings, the invoicing details of
-- clients, placements and freelancers, invoice runs, invoices (invoices,
-- credit notes, self-billing invoices) with their lines and the timesheet
-- days behind each line, and the two claims that keep money straight: a
-- timesheet day is invoiced at most once (invoiced_days) and an invoice
-- line is credited at most once (credited_lines). Numbers come from a
-- gap-free sequence per agency, series and (optionally) year.
CREATE TABLE invoice_settings (
    tenant_id BIGINT PRIMARY KEY REFERENCES tenants(id),
    legal_name TEXT NOT NULL DEFAULT '',
    street TEXT NOT NULL DEFAULT '',
    postal_code TEXT NOT NULL DEFAULT '',
    city TEXT NOT NULL DEFAULT '',
    country TEXT NOT NULL DEFAULT '',
    vat_number TEXT NOT NULL DEFAULT '',
    coc_number TEXT NOT NULL DEFAULT '',
    peppol_id TEXT NOT NULL DEFAULT '',
    iban TEXT NOT NULL DEFAULT '',
    bic TEXT NOT NULL DEFAULT '',
    email TEXT NOT NULL DEFAULT '',
    phone TEXT NOT NULL DEFAULT '',
    number_prefix TEXT NOT NULL DEFAULT '',
    number_per_year BOOLEAN NOT NULL DEFAULT TRUE,
    standard_rate_bp INTEGER NOT NULL DEFAULT 2100,
    reduced_rate_bp INTEGER NOT NULL DEFAULT 900,
    payment_days INTEGER NOT NULL DEFAULT 30,
    self_billing BOOLEAN NOT NULL DEFAULT FALSE,
    currency TEXT NOT NULL DEFAULT 'EUR'
);

CREATE TABLE invoice_declaration_types (
    tenant_id BIGINT NOT NULL REFERENCES tenants(id),
    declaration_type_id BIGINT NOT NULL,
    surcharge_bp INTEGER NOT NULL DEFAULT 0,
    vat_class TEXT NOT NULL DEFAULT 'standard',
    PRIMARY KEY (tenant_id, declaration_type_id),
    FOREIGN KEY (tenant_id, declaration_type_id) REFERENCES declaration_types (tenant_id, id)
);

CREATE TABLE client_billing (
    tenant_id BIGINT NOT NULL REFERENCES tenants(id),
    company_id BIGINT NOT NULL,
    legal_name TEXT NOT NULL,
    vat_number TEXT NOT NULL DEFAULT '',
    coc_number TEXT NOT NULL DEFAULT '',
    peppol_id TEXT NOT NULL DEFAULT '',
    street TEXT NOT NULL DEFAULT '',
    postal_code TEXT NOT NULL DEFAULT '',
    city TEXT NOT NULL DEFAULT '',
    country TEXT NOT NULL DEFAULT '',
    email TEXT NOT NULL DEFAULT '',
    buyer_reference TEXT NOT NULL DEFAULT '',
    payment_days INTEGER NOT NULL DEFAULT 0,
    grouping TEXT NOT NULL DEFAULT 'client',
    vat_treatment TEXT NOT NULL DEFAULT 'auto',
    exemption_reason TEXT NOT NULL DEFAULT '',
    language TEXT NOT NULL DEFAULT 'en',
    PRIMARY KEY (tenant_id, company_id),
    FOREIGN KEY (tenant_id, company_id) REFERENCES companies (tenant_id, id)
);

CREATE TABLE client_billing_contacts (
    tenant_id BIGINT NOT NULL REFERENCES tenants(id),
    company_id BIGINT NOT NULL,
    contact_id BIGINT NOT NULL,
    PRIMARY KEY (tenant_id, company_id, contact_id),
    FOREIGN KEY (tenant_id, company_id) REFERENCES client_billing (tenant_id, company_id),
    FOREIGN KEY (tenant_id, contact_id) REFERENCES contacts (tenant_id, id)
);
CREATE INDEX client_billing_contacts_contact ON client_billing_contacts (tenant_id, contact_id);

CREATE TABLE placement_billing (
    tenant_id BIGINT NOT NULL REFERENCES tenants(id),
    placement_id BIGINT NOT NULL,
    po_number TEXT NOT NULL DEFAULT '',
    cost_centre TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (tenant_id, placement_id),
    FOREIGN KEY (tenant_id, placement_id) REFERENCES placements (tenant_id, id)
);

CREATE TABLE freelancer_billing (
    tenant_id BIGINT NOT NULL REFERENCES tenants(id),
    candidate_id BIGINT NOT NULL,
    freelancer BOOLEAN NOT NULL DEFAULT FALSE,
    trading_name TEXT NOT NULL DEFAULT '',
    vat_number TEXT NOT NULL DEFAULT '',
    coc_number TEXT NOT NULL DEFAULT '',
    iban TEXT NOT NULL DEFAULT '',
    country TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (tenant_id, candidate_id),
    FOREIGN KEY (tenant_id, candidate_id) REFERENCES candidates (tenant_id, id)
);

CREATE TABLE invoice_runs (
    id INTEGER PRIMARY KEY,
    tenant_id BIGINT NOT NULL REFERENCES tenants(id),
    period_start DATE NOT NULL,
    period_end DATE NOT NULL,
    company_ids TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL DEFAULT 'draft',
    created_by BIGINT NOT NULL,
    created_by_name TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL,
    decided_at TIMESTAMP,
    skipped TEXT NOT NULL DEFAULT '[]',
    UNIQUE (tenant_id, id)
);
CREATE INDEX invoice_runs_created ON invoice_runs (tenant_id, created_at);

CREATE TABLE invoices (
    id INTEGER PRIMARY KEY,
    tenant_id BIGINT NOT NULL REFERENCES tenants(id),
    run_id BIGINT,
    kind TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'draft',
    number TEXT,
    issue_date DATE,
    due_date DATE,
    period_start DATE NOT NULL,
    period_end DATE NOT NULL,
    company_id BIGINT,
    candidate_id BIGINT,
    credits_id BIGINT,
    credits_number TEXT NOT NULL DEFAULT '',
    credits_issue_date DATE,
    group_key TEXT NOT NULL DEFAULT '',
    order_reference TEXT NOT NULL DEFAULT '',
    buyer_reference TEXT NOT NULL DEFAULT '',
    language TEXT NOT NULL DEFAULT 'en',
    currency TEXT NOT NULL DEFAULT 'EUR',
    payment_days INTEGER NOT NULL DEFAULT 0,
    note TEXT NOT NULL DEFAULT '',
    parties TEXT NOT NULL DEFAULT '{}',
    net_cents BIGINT NOT NULL DEFAULT 0,
    vat_cents BIGINT NOT NULL DEFAULT 0,
    total_cents BIGINT NOT NULL DEFAULT 0,
    xml_attachment_id BIGINT,
    pdf_attachment_id BIGINT,
    created_by BIGINT NOT NULL DEFAULT 0,
    created_by_name TEXT NOT NULL DEFAULT '',
    created_at TIMESTAMP NOT NULL,
    confirmed_at TIMESTAMP,
    UNIQUE (tenant_id, id),
    UNIQUE (tenant_id, number),
    FOREIGN KEY (tenant_id, run_id) REFERENCES invoice_runs (tenant_id, id),
    FOREIGN KEY (tenant_id, company_id) REFERENCES companies (tenant_id, id),
    FOREIGN KEY (tenant_id, candidate_id) REFERENCES candidates (tenant_id, id),
    FOREIGN KEY (tenant_id, credits_id) REFERENCES invoices (tenant_id, id),
    FOREIGN KEY (tenant_id, xml_attachment_id) REFERENCES attachments (tenant_id, id),
    FOREIGN KEY (tenant_id, pdf_attachment_id) REFERENCES attachments (tenant_id, id)
);
CREATE INDEX invoices_run ON invoices (tenant_id, run_id);
CREATE INDEX invoices_company ON invoices (tenant_id, company_id, status, issue_date);
CREATE INDEX invoices_period ON invoices (tenant_id, period_start, status);
CREATE INDEX invoices_credits ON invoices (tenant_id, credits_id);

CREATE TABLE invoice_lines (
    id INTEGER PRIMARY KEY,
    tenant_id BIGINT NOT NULL REFERENCES tenants(id),
    invoice_id BIGINT NOT NULL,
    position INTEGER NOT NULL,
    placement_id BIGINT,
    candidate_id BIGINT,
    declaration_type_id BIGINT,
    iso_year INTEGER NOT NULL DEFAULT 0,
    iso_week INTEGER NOT NULL DEFAULT 0,
    description TEXT NOT NULL,
    po_number TEXT NOT NULL DEFAULT '',
    cost_centre TEXT NOT NULL DEFAULT '',
    minutes BIGINT NOT NULL,
    rate_cents BIGINT NOT NULL,
    surcharge_bp INTEGER NOT NULL DEFAULT 0,
    price_micros BIGINT NOT NULL,
    net_cents BIGINT NOT NULL,
    pay_cents BIGINT NOT NULL DEFAULT 0,
    vat_category TEXT NOT NULL,
    vat_rate_bp INTEGER NOT NULL DEFAULT 0,
    vat_exemption_code TEXT NOT NULL DEFAULT '',
    vat_exemption_reason TEXT NOT NULL DEFAULT '',
    credits_line_id BIGINT,
    UNIQUE (tenant_id, id),
    FOREIGN KEY (tenant_id, invoice_id) REFERENCES invoices (tenant_id, id),
    FOREIGN KEY (tenant_id, placement_id) REFERENCES placements (tenant_id, id),
    FOREIGN KEY (tenant_id, candidate_id) REFERENCES candidates (tenant_id, id),
    FOREIGN KEY (tenant_id, declaration_type_id) REFERENCES declaration_types (tenant_id, id),
    FOREIGN KEY (tenant_id, credits_line_id) REFERENCES invoice_lines (tenant_id, id)
);
CREATE UNIQUE INDEX invoice_lines_invoice ON invoice_lines (tenant_id, invoice_id, position);
CREATE INDEX invoice_lines_placement ON invoice_lines (tenant_id, placement_id);

CREATE TABLE invoice_line_days (
    tenant_id BIGINT NOT NULL REFERENCES tenants(id),
    invoice_line_id BIGINT NOT NULL,
    timesheet_id BIGINT NOT NULL,
    declaration_type_id BIGINT NOT NULL,
    day DATE NOT NULL,
    minutes INTEGER NOT NULL,
    PRIMARY KEY (tenant_id, invoice_line_id, timesheet_id, declaration_type_id, day),
    FOREIGN KEY (tenant_id, invoice_line_id) REFERENCES invoice_lines (tenant_id, id),
    FOREIGN KEY (tenant_id, timesheet_id) REFERENCES timesheets (tenant_id, id)
);
CREATE INDEX invoice_line_days_timesheet ON invoice_line_days (tenant_id, timesheet_id);

CREATE TABLE invoiced_days (
    tenant_id BIGINT NOT NULL REFERENCES tenants(id),
    timesheet_id BIGINT NOT NULL,
    declaration_type_id BIGINT NOT NULL,
    day DATE NOT NULL,
    invoice_line_id BIGINT NOT NULL,
    PRIMARY KEY (tenant_id, timesheet_id, declaration_type_id, day),
    FOREIGN KEY (tenant_id, timesheet_id) REFERENCES timesheets (tenant_id, id),
    FOREIGN KEY (tenant_id, invoice_line_id) REFERENCES invoice_lines (tenant_id, id)
);
CREATE INDEX invoiced_days_line ON invoiced_days (tenant_id, invoice_line_id);

CREATE TABLE credited_lines (
    tenant_id BIGINT NOT NULL REFERENCES tenants(id),
    invoice_line_id BIGINT NOT NULL,
    credit_line_id BIGINT NOT NULL,
    PRIMARY KEY (tenant_id, invoice_line_id),
    FOREIGN KEY (tenant_id, invoice_line_id) REFERENCES invoice_lines (tenant_id, id),
    FOREIGN KEY (tenant_id, credit_line_id) REFERENCES invoice_lines (tenant_id, id)
);

CREATE TABLE invoice_sequences (
    tenant_id BIGINT NOT NULL REFERENCES tenants(id),
    series TEXT NOT NULL,
    year INTEGER NOT NULL,
    next_number BIGINT NOT NULL,
    PRIMARY KEY (tenant_id, series, year)
);

-- A mail's attachments: rows of the attachments table, sent with the mail
-- in their position's order (invoices carry their XML and PDF).
CREATE TABLE outbox_attachments (
    tenant_id BIGINT NOT NULL REFERENCES tenants(id),
    mail_id BIGINT NOT NULL,
    attachment_id BIGINT NOT NULL,
    position INTEGER NOT NULL,
    PRIMARY KEY (tenant_id, mail_id, attachment_id),
    FOREIGN KEY (tenant_id, mail_id) REFERENCES outbox (tenant_id, id),
    FOREIGN KEY (tenant_id, attachment_id) REFERENCES attachments (tenant_id, id)
);
