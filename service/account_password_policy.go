package service

import (
	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/password"
)

// checkNewPassword returns a validation error on the password field when pw
// may not be a's new password in the agency: too short or long, built from
// the product's, the agency's or a's own name or address, on the lists of
// breached passwords, or too easy to guess (password.Problem).
func checkNewPassword(pw string, agency domain.Tenant, a domain.Account) error {
	if key := password.Problem(pw, password.Person{Agency: agency.Name, Name: a.Name, Email: a.Email}); key != "" {
		return &domain.ValidationError{Fields: domain.FieldErrors{"password": key}}
	}
	return nil
}
