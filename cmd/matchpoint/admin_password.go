package main

import (
	"fmt"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/i18n"
	"github.com/matchpoint/matchpoint/password"
)

// checkPassword applies the password policy every other way of setting a
// password applies (password.Problem) to a user made on the command line,
// and says why a password is refused in the user's language.
func checkPassword(pw string, t domain.Tenant, u domain.User) error {
	key := password.Problem(pw, password.Person{Agency: t.Name, Name: u.Name, Email: u.Email})
	if key == "" {
		return nil
	}
	bundle, err := i18n.Load()
	if err != nil {
		return fmt.Errorf("password refused (%s): %w", key, err)
	}
	return fmt.Errorf("--password: %s", bundle.For(u.Language, "en").T(key))
}
