package store

import (
	"context"
	"database/sql"
	"errors"

	"github.com/matchpoint/matchpoint/domain"
)

// InvoiceSettings returns the agency's invoicing settings with the
// invoicing of its declaration types; an agency that saved none gets the
// defaults.
func (s *Store) InvoiceSettings(ctx context.Context) (_ domain.InvoiceSettings, err error) {
	defer domain.Wrap(&err, "store.InvoiceSettings")
	tid, err := tenant(ctx)
	if err != nil {
		return domain.InvoiceSettings{}, err
	}
	set := domain.DefaultInvoiceSettings()
	err = s.r.QueryRowContext(ctx, `SELECT legal_name, street, postal_code, city, country, vat_number, coc_number, peppol_id,
		iban, bic, email, phone, number_prefix, number_per_year, standard_rate_bp, reduced_rate_bp, payment_days, self_billing, currency
		FROM invoice_settings WHERE tenant_id = $1`, tid).Scan(&set.LegalName, &set.Street, &set.PostalCode, &set.City, &set.Country,
		&set.VATNumber, &set.CoCNumber, &set.PeppolID, &set.IBAN, &set.BIC, &set.Email, &set.Phone, &set.NumberPrefix,
		&set.NumberPerYear, &set.StandardRateBP, &set.ReducedRateBP, &set.PaymentDays, &set.SelfBilling, &set.Currency)
	if err != nil && !errors.Is(err, sql.ErrNoRows) {
		return domain.InvoiceSettings{}, translate(err)
	}
	set.TenantID = tid
	rows, err := s.r.QueryContext(ctx, `SELECT d.id, d.name, COALESCE(b.surcharge_bp, 0), COALESCE(b.vat_class, 'standard')
		FROM declaration_types d LEFT JOIN invoice_declaration_types b ON b.tenant_id = d.tenant_id AND b.declaration_type_id = d.id
		WHERE d.tenant_id = $1 ORDER BY d.name, d.id`, tid)
	if err != nil {
		return domain.InvoiceSettings{}, translate(err)
	}
	defer rows.Close()
	for rows.Next() {
		var d domain.DeclarationBilling
		if err := rows.Scan(&d.DeclarationTypeID, &d.Name, &d.SurchargeBP, &d.VATClass); err != nil {
			return domain.InvoiceSettings{}, err
		}
		set.DeclarationTypes = append(set.DeclarationTypes, d)
	}
	return set, rows.Err()
}

// SaveInvoiceSettings stores the agency's invoicing settings and the
// invoicing of each declaration type it lists.
func (s *Store) SaveInvoiceSettings(ctx context.Context, set domain.InvoiceSettings) (err error) {
	defer domain.Wrap(&err, "store.SaveInvoiceSettings")
	tid, err := tenant(ctx)
	if err != nil {
		return err
	}
	return s.InTx(ctx, func(tx *Store) error {
		_, err := tx.w.ExecContext(ctx, `INSERT INTO invoice_settings (tenant_id, legal_name, street, postal_code, city, country,
			vat_number, coc_number, peppol_id, iban, bic, email, phone, number_prefix, number_per_year, standard_rate_bp,
			reduced_rate_bp, payment_days, self_billing, currency)
			VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20)
			ON CONFLICT (tenant_id) DO UPDATE SET legal_name = excluded.legal_name, street = excluded.street,
			postal_code = excluded.postal_code, city = excluded.city, country = excluded.country, vat_number = excluded.vat_number,
			coc_number = excluded.coc_number, peppol_id = excluded.peppol_id, iban = excluded.iban, bic = excluded.bic,
			email = excluded.email, phone = excluded.phone, number_prefix = excluded.number_prefix,
			number_per_year = excluded.number_per_year, standard_rate_bp = excluded.standard_rate_bp,
			reduced_rate_bp = excluded.reduced_rate_bp, payment_days = excluded.payment_days,
			self_billing = excluded.self_billing, currency = excluded.currency`,
			tid, set.LegalName, set.Street, set.PostalCode, set.City, set.Country, set.VATNumber, set.CoCNumber, set.PeppolID,
			set.IBAN, set.BIC, set.Email, set.Phone, set.NumberPrefix, set.NumberPerYear, set.StandardRateBP, set.ReducedRateBP,
			set.PaymentDays, set.SelfBilling, set.Currency)
		if err != nil {
			return translate(err)
		}
		for _, d := range set.DeclarationTypes {
			_, err := tx.w.ExecContext(ctx, `INSERT INTO invoice_declaration_types (tenant_id, declaration_type_id, surcharge_bp, vat_class)
				VALUES ($1, $2, $3, $4) ON CONFLICT (tenant_id, declaration_type_id)
				DO UPDATE SET surcharge_bp = excluded.surcharge_bp, vat_class = excluded.vat_class`,
				tid, d.DeclarationTypeID, d.SurchargeBP, string(d.VATClass))
			if err != nil {
				return translate(err)
			}
		}
		return nil
	})
}

const clientBillingColumns = `b.company_id, b.legal_name, b.vat_number, b.coc_number, b.peppol_id, b.street, b.postal_code,
	b.city, b.country, b.email, b.buyer_reference, b.payment_days, b.grouping, b.vat_treatment, b.exemption_reason, b.language`

func scanClientBilling(row interface{ Scan(...any) error }, tid domain.ID) (domain.ClientBilling, error) {
	b := domain.ClientBilling{TenantID: tid}
	err := row.Scan(&b.CompanyID, &b.LegalName, &b.VATNumber, &b.CoCNumber, &b.PeppolID, &b.Street, &b.PostalCode, &b.City,
		&b.Country, &b.Email, &b.BuyerReference, &b.PaymentDays, &b.Grouping, &b.VATTreatment, &b.ExemptionReason, &b.Language)
	return b, translate(err)
}

// ClientBilling returns a client's invoicing details with the contacts they
// name; not found when the client has none.
func (s *Store) ClientBilling(ctx context.Context, companyID domain.ID) (_ domain.ClientBilling, err error) {
	defer domain.Wrap(&err, "store.ClientBilling(%d)", companyID)
	tid, err := tenant(ctx)
	if err != nil {
		return domain.ClientBilling{}, err
	}
	b, err := scanClientBilling(s.r.QueryRowContext(ctx, `SELECT `+clientBillingColumns+` FROM client_billing b
		WHERE b.tenant_id = $1 AND b.company_id = $2`, tid, companyID), tid)
	if err != nil {
		return domain.ClientBilling{}, err
	}
	rows, err := s.r.QueryContext(ctx, `SELECT contact_id FROM client_billing_contacts WHERE tenant_id = $1 AND company_id = $2
		ORDER BY contact_id`, tid, companyID)
	if err != nil {
		return domain.ClientBilling{}, translate(err)
	}
	defer rows.Close()
	for rows.Next() {
		var id domain.ID
		if err := rows.Scan(&id); err != nil {
			return domain.ClientBilling{}, err
		}
		b.ContactIDs = append(b.ContactIDs, id)
	}
	return b, rows.Err()
}

// SaveClientBilling stores a client's invoicing details and the contacts
// they name; every contact must be one of the company's (else invalid).
func (s *Store) SaveClientBilling(ctx context.Context, b domain.ClientBilling) (err error) {
	defer domain.Wrap(&err, "store.SaveClientBilling(%d)", b.CompanyID)
	tid, err := tenant(ctx)
	if err != nil {
		return err
	}
	return s.InTx(ctx, func(tx *Store) error {
		if err := tx.checkSubject(ctx, tid, domain.SubjectCompany, b.CompanyID); err != nil {
			return err
		}
		_, err := tx.w.ExecContext(ctx, `INSERT INTO client_billing (tenant_id, company_id, legal_name, vat_number, coc_number,
			peppol_id, street, postal_code, city, country, email, buyer_reference, payment_days, grouping, vat_treatment,
			exemption_reason, language) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17)
			ON CONFLICT (tenant_id, company_id) DO UPDATE SET legal_name = excluded.legal_name, vat_number = excluded.vat_number,
			coc_number = excluded.coc_number, peppol_id = excluded.peppol_id, street = excluded.street,
			postal_code = excluded.postal_code, city = excluded.city, country = excluded.country, email = excluded.email,
			buyer_reference = excluded.buyer_reference, payment_days = excluded.payment_days, grouping = excluded.grouping,
			vat_treatment = excluded.vat_treatment, exemption_reason = excluded.exemption_reason, language = excluded.language`,
			tid, b.CompanyID, b.LegalName, b.VATNumber, b.CoCNumber, b.PeppolID, b.Street, b.PostalCode, b.City, b.Country,
			b.Email, b.BuyerReference, b.PaymentDays, string(b.Grouping), string(b.VATTreatment), b.ExemptionReason, b.Language)
		if err != nil {
			return translate(err)
		}
		if _, err := tx.w.ExecContext(ctx, `DELETE FROM client_billing_contacts WHERE tenant_id = $1 AND company_id = $2`,
			tid, b.CompanyID); err != nil {
			return translate(err)
		}
		for _, cid := range b.ContactIDs {
			var company domain.ID
			err := tx.r.QueryRowContext(ctx, `SELECT company_id FROM contacts WHERE tenant_id = $1 AND id = $2`, tid, cid).Scan(&company)
			if err != nil || company != b.CompanyID {
				return &domain.ValidationError{Fields: domain.FieldErrors{"contact_ids": "validation.contact_company"}}
			}
			if _, err := tx.w.ExecContext(ctx, `INSERT INTO client_billing_contacts (tenant_id, company_id, contact_id)
				VALUES ($1, $2, $3) ON CONFLICT DO NOTHING`, tid, b.CompanyID, cid); err != nil {
				return translate(err)
			}
		}
		return nil
	})
}

// PlacementBilling returns a placement's PO number and cost centre; a
// placement without them gets empty ones.
func (s *Store) PlacementBilling(ctx context.Context, placementID domain.ID) (_ domain.PlacementBilling, err error) {
	defer domain.Wrap(&err, "store.PlacementBilling(%d)", placementID)
	tid, err := tenant(ctx)
	if err != nil {
		return domain.PlacementBilling{}, err
	}
	pb := domain.PlacementBilling{TenantID: tid, PlacementID: placementID}
	err = s.r.QueryRowContext(ctx, `SELECT po_number, cost_centre FROM placement_billing WHERE tenant_id = $1 AND placement_id = $2`,
		tid, placementID).Scan(&pb.PONumber, &pb.CostCentre)
	if err != nil && !errors.Is(err, sql.ErrNoRows) {
		return domain.PlacementBilling{}, translate(err)
	}
	return pb, nil
}

// SavePlacementBilling stores a placement's PO number and cost centre.
func (s *Store) SavePlacementBilling(ctx context.Context, pb domain.PlacementBilling) (err error) {
	defer domain.Wrap(&err, "store.SavePlacementBilling(%d)", pb.PlacementID)
	tid, err := tenant(ctx)
	if err != nil {
		return err
	}
	if err := s.checkSubject(ctx, tid, domain.SubjectPlacement, pb.PlacementID); err != nil {
		return err
	}
	_, err = s.w.ExecContext(ctx, `INSERT INTO placement_billing (tenant_id, placement_id, po_number, cost_centre)
		VALUES ($1, $2, $3, $4) ON CONFLICT (tenant_id, placement_id) DO UPDATE SET po_number = excluded.po_number,
		cost_centre = excluded.cost_centre`, tid, pb.PlacementID, pb.PONumber, pb.CostCentre)
	return translate(err)
}

// freelancerColumns are a freelancer_billing row as scanFreelancer reads it.
const freelancerColumns = `tenant_id, candidate_id, freelancer, trading_name, vat_number, coc_number, iban, street, postal_code,
	city, country, agreement, agreement_date`

func scanFreelancer(row interface{ Scan(...any) error }) (domain.FreelancerBilling, error) {
	var f domain.FreelancerBilling
	err := row.Scan(&f.TenantID, &f.CandidateID, &f.Freelancer, &f.TradingName, &f.VATNumber, &f.CoCNumber, &f.IBAN, &f.Street,
		&f.PostalCode, &f.City, &f.Country, &f.Agreement, &f.AgreementDate)
	return f, err
}

// FreelancerBilling returns a candidate's freelancer details; a candidate
// of the agency that is no freelancer gets the zero value with its id, a
// candidate of another agency (or none) not found.
func (s *Store) FreelancerBilling(ctx context.Context, candidateID domain.ID) (_ domain.FreelancerBilling, err error) {
	defer domain.Wrap(&err, "store.FreelancerBilling(%d)", candidateID)
	tid, err := tenant(ctx)
	if err != nil {
		return domain.FreelancerBilling{}, err
	}
	if err := s.checkSubject(ctx, tid, domain.SubjectCandidate, candidateID); err != nil {
		return domain.FreelancerBilling{}, err
	}
	f, err := scanFreelancer(s.r.QueryRowContext(ctx, `SELECT `+freelancerColumns+` FROM freelancer_billing
		WHERE tenant_id = $1 AND candidate_id = $2`, tid, candidateID))
	if errors.Is(err, sql.ErrNoRows) {
		return domain.FreelancerBilling{TenantID: tid, CandidateID: candidateID}, nil
	}
	if err != nil {
		return domain.FreelancerBilling{}, translate(err)
	}
	return f, nil
}

// Freelancers returns the freelancer details of those of candidateIDs who
// are freelancers, by candidate.
func (s *Store) Freelancers(ctx context.Context, candidateIDs []domain.ID) (_ map[domain.ID]domain.FreelancerBilling, err error) {
	defer domain.Wrap(&err, "store.Freelancers")
	tid, err := tenant(ctx)
	if err != nil {
		return nil, err
	}
	out := map[domain.ID]domain.FreelancerBilling{}
	if len(candidateIDs) == 0 {
		return out, nil
	}
	args := []any{tid, true}
	rows, err := s.r.QueryContext(ctx, `SELECT `+freelancerColumns+` FROM freelancer_billing
		WHERE tenant_id = $1 AND freelancer = $2 AND candidate_id IN (`+idList(&args, candidateIDs)+`)`, args...)
	if err != nil {
		return nil, translate(err)
	}
	defer rows.Close()
	for rows.Next() {
		f, err := scanFreelancer(rows)
		if err != nil {
			return nil, translate(err)
		}
		out[f.CandidateID] = f
	}
	return out, translate(rows.Err())
}

// SaveFreelancerBilling stores a candidate's freelancer details; a
// restricted or erased candidate's are not changed (F2).
func (s *Store) SaveFreelancerBilling(ctx context.Context, f domain.FreelancerBilling) (err error) {
	defer domain.Wrap(&err, "store.SaveFreelancerBilling(%d)", f.CandidateID)
	tid, err := tenant(ctx)
	if err != nil {
		return err
	}
	if err := s.checkCandidateChangeable(ctx, f.CandidateID); err != nil {
		return err
	}
	_, err = s.w.ExecContext(ctx, `INSERT INTO freelancer_billing (tenant_id, candidate_id, freelancer, trading_name, vat_number,
		coc_number, iban, street, postal_code, city, country, agreement, agreement_date)
		VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13) ON CONFLICT (tenant_id, candidate_id) DO UPDATE SET
		freelancer = excluded.freelancer, trading_name = excluded.trading_name, vat_number = excluded.vat_number,
		coc_number = excluded.coc_number, iban = excluded.iban, street = excluded.street, postal_code = excluded.postal_code,
		city = excluded.city, country = excluded.country, agreement = excluded.agreement, agreement_date = excluded.agreement_date`,
		tid, f.CandidateID, f.Freelancer, f.TradingName, f.VATNumber, f.CoCNumber, f.IBAN, f.Street, f.PostalCode, f.City, f.Country,
		f.Agreement, f.AgreementDate)
	return translate(err)
}

// SelfBilledCounts counts a candidate's self-billed invoices: issued
// (confirmed) ones, which the fiscal retention keeps through its erasure,
// and drafts, which its erasure removes.
func (s *Store) SelfBilledCounts(ctx context.Context, candidateID domain.ID) (issued, drafts int, err error) {
	defer domain.Wrap(&err, "store.SelfBilledCounts(%d)", candidateID)
	tid, err := tenant(ctx)
	if err != nil {
		return 0, 0, err
	}
	err = s.r.QueryRowContext(ctx, `SELECT COALESCE(SUM(CASE WHEN status = $3 THEN 1 ELSE 0 END), 0),
		COALESCE(SUM(CASE WHEN status = $4 THEN 1 ELSE 0 END), 0)
		FROM invoices WHERE tenant_id = $1 AND candidate_id = $2 AND kind = $5`,
		tid, candidateID, string(domain.InvoiceConfirmed), string(domain.InvoiceDraft), string(domain.InvoiceKindSelfBilling)).Scan(&issued, &drafts)
	return issued, drafts, translate(err)
}
