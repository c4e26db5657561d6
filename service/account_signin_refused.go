package service

import (
	"context"
	"errors"

	"github.com/matchpoint/matchpoint/domain"
)

// SignInRefused counts and audits a sign-in whose form was refused before
// it could be checked, because a field held a NUL byte or invalid UTF-8:
// like a wrong password it counts against the address typed and the
// client's address, and past the limit it gives ErrTooMany. The address is
// recorded with what cannot be stored shown as U+FFFD.
func (s *Accounts) SignInRefused(ctx context.Context, aud domain.Audience, email string, o Origin) error {
	email = domain.ShownText(email)
	if ok, err := s.reserve(ctx, s.signInKeys(aud, email, o)); err != nil || !ok {
		if err != nil {
			return err
		}
		_ = audit(ctx, s.store(), o, aud, 0, email, "sign_in_limited", "refused input")
		return ErrTooMany
	}
	if err := s.failed(ctx, aud, 0, email, o, "sign_in_failed", "refused input"); !errors.Is(err, ErrSignInFailed) {
		return err
	}
	return nil
}
