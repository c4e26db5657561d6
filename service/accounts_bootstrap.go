package service

import (
	"context"
	"strings"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/password"
	"github.com/matchpoint/matchpoint/store"
)

// operator is who the audit log names for what an operator does on the
// command line.
func operator(command string) store.Actor {
	return store.Actor{Kind: domain.AudienceOffice, Name: command}
}

// CreateAgency is `matchpoint tenant create`: an operator adds an agency to
// the install. The agency's audit log starts with its creation.
func (s *Service) CreateAgency(ctx context.Context, t *domain.Tenant) (err error) {
	defer domain.Wrap(&err, "service.CreateAgency(%s)", t.Slug)
	t.Slug, t.Name, t.Host = strings.TrimSpace(t.Slug), strings.TrimSpace(t.Name), strings.TrimSpace(t.Host)
	var v domain.Validator
	v.Required(t.Slug, "slug")
	v.Required(t.Name, "name")
	v.Check(domain.ValidLanguage(t.DefaultLanguage), "language", "validation.language")
	if err := v.Err(); err != nil {
		return err
	}
	return s.inTx(ctx, func(tx *store.Store) error {
		if err := tx.CreateTenant(ctx, t); err != nil {
			return err
		}
		return auditRecord(store.WithTenant(ctx, t.ID), tx, operator("matchpoint tenant create"), "tenant", t.ID, "create", t.Slug)
	})
}

// CreateRecruiterWithPassword is `matchpoint user create`: an operator adds
// a recruiter (the first admin of a new agency) with a password, which the
// password policy checks as every other way of setting one does; a refused
// password is a validation error of the field "password" with the policy's
// message key. The recruiter and its audit entry are stored together.
func (s *Accounts) CreateRecruiterWithPassword(ctx context.Context, t domain.Tenant, u domain.User, pw string) (_ domain.User, err error) {
	defer domain.Wrap(&err, "service.CreateRecruiterWithPassword")
	ctx = store.WithTenant(ctx, t.ID)
	u.Name, u.Email = strings.TrimSpace(u.Name), strings.ToLower(strings.TrimSpace(u.Email))
	u.Active = true
	if err := u.Validate(); err != nil {
		return u, err
	}
	if key := password.Problem(pw, password.Person{Agency: t.Name, Name: u.Name, Email: u.Email}); key != "" {
		return u, &domain.ValidationError{Fields: domain.FieldErrors{"password": key}}
	}
	if u.PasswordHash, err = password.Hash(pw, s.params()); err != nil {
		return u, err
	}
	err = s.store().InTx(ctx, func(tx *store.Store) error {
		if err := createRecruiter(ctx, tx, &u); err != nil {
			return err
		}
		return auditRecruiter(ctx, tx, operator("matchpoint user create"), Origin{Tenant: t}, u, "create", string(u.Role))
	})
	return u, err
}
