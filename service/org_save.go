package service

import (
	"context"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/store"
)

// CreateCompany validates c and stores it with its audit entry (A1, A2, F4).
// The back office and the API create companies through it.
func (s *Service) CreateCompany(ctx context.Context, by store.Actor, c *domain.Company) (err error) {
	defer domain.Wrap(&err, "service.CreateCompany")
	if err := c.Validate(); err != nil {
		return err
	}
	err = s.audited(ctx, by, string(domain.SubjectCompany), "create", "record", func(tx *store.Store) (domain.ID, error) {
		err := tx.CreateCompany(ctx, c)
		return c.ID, err
	})
	return onField(ctx, s.store(), err, ref("owner_id", c.OwnerID, (*store.Store).User))
}

// UpdateCompany validates and saves a changed company, audited.
func (s *Service) UpdateCompany(ctx context.Context, by store.Actor, c *domain.Company) (err error) {
	defer domain.Wrap(&err, "service.UpdateCompany(%d)", c.ID)
	if err := c.Validate(); err != nil {
		return err
	}
	err = s.audited(ctx, by, string(domain.SubjectCompany), "update", "record", func(tx *store.Store) (domain.ID, error) {
		return c.ID, tx.UpdateCompany(ctx, c)
	})
	return onField(ctx, s.store(), err, ref("owner_id", c.OwnerID, (*store.Store).User))
}

// AddDepartment adds a department to a company, audited on the company.
func (s *Service) AddDepartment(ctx context.Context, by store.Actor, d *domain.Department) (err error) {
	defer domain.Wrap(&err, "service.AddDepartment(%d)", d.CompanyID)
	if err := d.Validate(); err != nil {
		return err
	}
	return s.audited(ctx, by, string(domain.SubjectCompany), "update", "department added", func(tx *store.Store) (domain.ID, error) {
		if _, err := tx.Company(ctx, d.CompanyID); err != nil {
			return 0, err
		}
		return d.CompanyID, tx.SaveDepartment(ctx, d)
	})
}

// DeleteDepartment removes a department of a company; one a vacancy names
// stays (store.ErrDepartmentInUse).
func (s *Service) DeleteDepartment(ctx context.Context, by store.Actor, companyID, id domain.ID) (err error) {
	defer domain.Wrap(&err, "service.DeleteDepartment(%d)", id)
	return s.audited(ctx, by, string(domain.SubjectCompany), "update", "department deleted", func(tx *store.Store) (domain.ID, error) {
		return companyID, tx.DeleteDepartment(ctx, companyID, id)
	})
}

// vacancyRefs are the records a vacancy names, for onField.
func vacancyRefs(v *domain.Vacancy) []reference {
	return []reference{ref("company_id", v.CompanyID, (*store.Store).Company), ref("contact_id", v.ContactID, (*store.Store).Contact),
		ref("source_id", v.SourceID, (*store.Store).Source), ref("procedure_id", v.ProcedureID, (*store.Store).Procedure),
		ref("owner_id", v.OwnerID, (*store.Store).User)}
}

// placementRefs are the records a placement names, for onField.
func placementRefs(p *domain.Placement) []reference {
	refs := []reference{ref("candidate_id", p.CandidateID, (*store.Store).Candidate), ref("company_id", p.CompanyID, (*store.Store).Company),
		ref("vacancy_id", p.VacancyID, (*store.Store).Vacancy)}
	for _, c := range p.ContactIDs {
		refs = append(refs, ref("contact_ids", c, (*store.Store).Contact))
	}
	return refs
}

// SavePlacement validates p and creates it (ID 0) or saves its changes
// (A1, D1), audited. The back office and the API save placements through it.
func (s *Service) SavePlacement(ctx context.Context, by store.Actor, p *domain.Placement) (err error) {
	defer domain.Wrap(&err, "service.SavePlacement(%d)", p.ID)
	if err := p.Validate(); err != nil {
		return err
	}
	action := "update"
	if p.ID == 0 {
		action = "create"
	}
	err = s.audited(ctx, by, string(domain.SubjectPlacement), action, "record", func(tx *store.Store) (domain.ID, error) {
		if p.ID == 0 {
			err := tx.CreatePlacement(ctx, p)
			return p.ID, err
		}
		return p.ID, tx.UpdatePlacement(ctx, p)
	})
	return onField(ctx, s.store(), err, placementRefs(p)...)
}

// SaveRate validates r and adds (ID 0) or changes a rate of a placement,
// audited on the placement; a declaration type that does not exist is
// refused on its field.
func (s *Service) SaveRate(ctx context.Context, by store.Actor, r *domain.Rate) (err error) {
	defer domain.Wrap(&err, "service.SaveRate(%d)", r.PlacementID)
	if err := r.Validate(); err != nil {
		return err
	}
	err = s.audited(ctx, by, string(domain.SubjectPlacement), "update", "rate saved", func(tx *store.Store) (domain.ID, error) {
		return r.PlacementID, tx.SaveRate(ctx, r)
	})
	return onField(ctx, s.store(), err, ref("declaration_type_id", r.DeclarationTypeID, (*store.Store).DeclarationType))
}

// DeleteRate removes a rate of a placement, audited on the placement.
func (s *Service) DeleteRate(ctx context.Context, by store.Actor, placementID, id domain.ID) (err error) {
	defer domain.Wrap(&err, "service.DeleteRate(%d)", id)
	return s.audited(ctx, by, string(domain.SubjectPlacement), "update", "rate deleted", func(tx *store.Store) (domain.ID, error) {
		return placementID, tx.DeleteRate(ctx, placementID, id)
	})
}
