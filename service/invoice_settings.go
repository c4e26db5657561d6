package service

import (
	"context"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/i18n"
	"github.com/matchpoint/matchpoint/store"
)

// InvoiceSettings returns the agency's invoicing settings (issue 17).
func (s *Service) InvoiceSettings(ctx context.Context) (domain.InvoiceSettings, error) {
	return s.store().InvoiceSettings(ctx)
}

// SaveInvoiceSettings checks and stores the agency's invoicing settings
// with the invoicing of its declaration types, and audits the change.
func (s *Service) SaveInvoiceSettings(ctx context.Context, who store.Actor, set domain.InvoiceSettings) (err error) {
	defer domain.Wrap(&err, "service.SaveInvoiceSettings")
	if err := set.Validate(); err != nil {
		return err
	}
	return s.store().InTx(ctx, func(tx *store.Store) error {
		if err := tx.SaveInvoiceSettings(ctx, set); err != nil {
			return err
		}
		return tx.Audit(ctx, domain.AuditEntry{ActorKind: who.Kind, ActorID: who.ID, ActorName: who.Name,
			Action: "invoice_settings", ObjectKind: "settings"})
	})
}

// ClientBilling returns a client's invoicing details; a client without any
// gets a proposal from its company record (name, address) and the agency's
// defaults, with Configured() false.
func (s *Service) ClientBilling(ctx context.Context, companyID domain.ID) (domain.ClientBilling, error) {
	st := s.store()
	b, err := st.ClientBilling(ctx, companyID)
	if err == nil || domain.KindOf(err) != domain.KindNotFound {
		return b, err
	}
	c, err := st.Company(ctx, companyID)
	if err != nil {
		return domain.ClientBilling{}, err
	}
	t, err := st.CurrentTenant(ctx)
	if err != nil {
		return domain.ClientBilling{}, err
	}
	return domain.ClientBilling{TenantID: c.TenantID, Street: c.Street, PostalCode: c.PostalCode, City: c.City,
		Country: c.Country, Grouping: domain.GroupPerClient, VATTreatment: domain.VATAuto, Language: t.DefaultLanguage}, nil
}

// SaveClientBilling checks and stores a client's invoicing details: its
// VAT number's format for its country, its Peppol id, the contacts it names
// (its own contacts only); the change is audited on the company.
func (s *Service) SaveClientBilling(ctx context.Context, who store.Actor, b domain.ClientBilling) (err error) {
	defer domain.Wrap(&err, "service.SaveClientBilling(%d)", b.CompanyID)
	set, err := s.store().InvoiceSettings(ctx)
	if err != nil {
		return err
	}
	if err := b.Validate(set.Country); err != nil {
		return err
	}
	return s.store().InTx(ctx, func(tx *store.Store) error {
		c, err := tx.Company(ctx, b.CompanyID)
		if err != nil {
			return err
		}
		if c.Kind != domain.CompanyClient {
			return domain.NotFound("client")
		}
		if err := tx.SaveClientBilling(ctx, b); err != nil {
			return err
		}
		return tx.Audit(ctx, domain.AuditEntry{ActorKind: who.Kind, ActorID: who.ID, ActorName: who.Name,
			Action: "client_billing", ObjectKind: string(domain.SubjectCompany), ObjectID: b.CompanyID})
	})
}

// SavePlacementBilling stores a placement's PO number and cost centre.
func (s *Service) SavePlacementBilling(ctx context.Context, who store.Actor, pb domain.PlacementBilling) (err error) {
	defer domain.Wrap(&err, "service.SavePlacementBilling(%d)", pb.PlacementID)
	if err := pb.Validate(); err != nil {
		return err
	}
	return s.store().InTx(ctx, func(tx *store.Store) error {
		if err := tx.SavePlacementBilling(ctx, pb); err != nil {
			return err
		}
		return tx.Audit(ctx, domain.AuditEntry{ActorKind: who.Kind, ActorID: who.ID, ActorName: who.Name,
			Action: "placement_billing", ObjectKind: string(domain.SubjectPlacement), ObjectID: pb.PlacementID})
	})
}

// FreelancerBilling returns a candidate's freelancer details (the zero
// value when it is none).
func (s *Service) FreelancerBilling(ctx context.Context, candidateID domain.ID) (domain.FreelancerBilling, error) {
	return s.store().FreelancerBilling(ctx, candidateID)
}

// SaveFreelancerBilling marks a candidate as a freelancer paid through
// self-billing (or not) with the details and the agreement its self-billed
// invoices need, checked against today; a candidate that is no longer a
// freelancer keeps none of them. The audit entry says who turned it on or
// off, never the details (the log outlives an erasure).
func (s *Service) SaveFreelancerBilling(ctx context.Context, who store.Actor, f domain.FreelancerBilling) (err error) {
	defer domain.Wrap(&err, "service.SaveFreelancerBilling(%d)", f.CandidateID)
	if err := f.Validate(s.Today()); err != nil {
		return err
	}
	detail := "freelancer: off"
	if f.Freelancer {
		detail = "freelancer: self-billing agreement of " + f.AgreementDate.String()
	}
	return s.store().InTx(ctx, func(tx *store.Store) error {
		if err := tx.SaveFreelancerBilling(ctx, f); err != nil {
			return err
		}
		return tx.Audit(ctx, domain.AuditEntry{ActorKind: who.Kind, ActorID: who.ID, ActorName: who.Name,
			Action: "freelancer_billing", ObjectKind: string(domain.SubjectCandidate), ObjectID: f.CandidateID, Detail: detail})
	})
}

// withBundle returns the service with its catalogs loaded once for a use
// case that speaks many languages (a run); s itself when it has them.
func (s *Service) withBundle() (*Service, error) {
	if s.Bundle != nil {
		return s, nil
	}
	b, err := i18n.Load()
	if err != nil {
		return nil, err
	}
	c := *s
	c.Bundle = b
	return &c, nil
}

// localizer speaks lang with the service's catalogs, loading them when the
// service was made without (commands).
func (s *Service) localizer(lang string) (*i18n.Localizer, error) {
	b := s.Bundle
	if b == nil {
		var err error
		if b, err = i18n.Load(); err != nil {
			return nil, err
		}
	}
	return b.For(lang, "en"), nil
}
