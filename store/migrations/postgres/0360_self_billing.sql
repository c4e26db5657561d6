-- Issue 17, self-billing: what a freelancer's self-billed invoices need
-- beyond 0350's details (the prior agreement the VAT Directive (art. 224)
-- requires, with its date, and the address the invoice names the seller
-- at), and the claim that keeps a timesheet day on one confirmed
-- self-billed invoice, apart from its claim on a client invoice
-- (invoiced_days): the same day is billed to the client and paid to the
-- freelancer once each.
ALTER TABLE freelancer_billing ADD COLUMN agreement BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE freelancer_billing ADD COLUMN agreement_date DATE;
ALTER TABLE freelancer_billing ADD COLUMN street TEXT NOT NULL DEFAULT '';
ALTER TABLE freelancer_billing ADD COLUMN postal_code TEXT NOT NULL DEFAULT '';
ALTER TABLE freelancer_billing ADD COLUMN city TEXT NOT NULL DEFAULT '';

CREATE TABLE self_billed_days (
    tenant_id BIGINT NOT NULL REFERENCES tenants(id),
    timesheet_id BIGINT NOT NULL,
    declaration_type_id BIGINT NOT NULL,
    day DATE NOT NULL,
    invoice_line_id BIGINT NOT NULL,
    PRIMARY KEY (tenant_id, timesheet_id, declaration_type_id, day),
    FOREIGN KEY (tenant_id, timesheet_id) REFERENCES timesheets (tenant_id, id),
    FOREIGN KEY (tenant_id, invoice_line_id) REFERENCES invoice_lines (tenant_id, id)
);
CREATE INDEX self_billed_days_line ON self_billed_days (tenant_id, invoice_line_id);
