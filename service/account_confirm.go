package service

import (
	"context"

	"github.com/matchpoint/matchpoint/domain"
)

// errCurrentWrong is the answer to a wrong current password, on the field
// that asked for it.
var errCurrentWrong = &domain.ValidationError{Fields: domain.FieldErrors{"current": "accounts.current_wrong"}}

// ConfirmPassword checks the signed-in person's current password before a
// change that would let whoever holds a session take the account over:
// a new password, turning a second factor on or off, a new e-mail address.
// The check counts as a sign-in attempt (a stolen session must not become a
// way to guess the password) and a wrong one is audited as failAction.
func (s *Accounts) ConfirmPassword(ctx context.Context, a domain.Account, current string, o Origin, failAction string) error {
	keys := s.signInKeys(a.Audience, a.Email, o)
	if ok, err := s.reserve(ctx, keys); err != nil || !ok {
		if err != nil {
			return err
		}
		_ = audit(ctx, s.store(), o, a.Audience, a.ID, a.Name, "sign_in_limited", failAction)
		return ErrTooMany
	}
	fresh, err := s.store().Account(ctx, a.Audience, a.ID)
	if err != nil {
		return err
	}
	ok, err := s.checkPassword(ctx, current, fresh.PasswordHash)
	if err != nil {
		return err
	}
	if !ok || current == "" {
		_ = audit(ctx, s.store(), o, a.Audience, a.ID, a.Name, failAction, "")
		return errCurrentWrong
	}
	return s.release(ctx, keys)
}
