package service

import (
	"context"
	"errors"
	"strings"
	"sync"
	"time"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/password"
)

// SignInForm is what a sign-in form posts: e-mail and password, with the
// second-factor code either in the same post or, after the password was
// accepted, in a second one that carries the step token instead.
type SignInForm struct {
	Email    string
	Password string
	Code     string
	Step     string
}

// SignInResult is a signed-in account, or a request for the code.
type SignInResult struct {
	Account  domain.Account
	NeedCode bool
	Step     string // token of the pending second step
}

// stepLife is how long the code may be entered after the password.
const stepLife = 5 * time.Minute

// dummyHash is checked when no account matches, so that the answer takes as
// long as for a wrong password and tells nothing about which accounts exist.
var dummyHash = sync.OnceValue(func() string {
	h, err := password.Hash("no account has this password", password.Default)
	if err != nil {
		panic(err) // only when the system has no randomness
	}
	return h
})

// SignIn checks a sign-in of the audience. Each attempt is counted per
// account and per address before the password is checked, and given back
// when it succeeds; past the limit it gives ErrTooMany. Every outcome is in
// the audit log (B4, F4).
func (s *Accounts) SignIn(ctx context.Context, aud domain.Audience, f SignInForm, o Origin) (SignInResult, error) {
	st := s.store()
	if f.Step != "" {
		return s.signInStep(ctx, aud, f, o)
	}
	keys := s.signInKeys(aud, f.Email, o)
	if ok, err := s.reserve(ctx, keys); err != nil || !ok {
		if err != nil {
			return SignInResult{}, err
		}
		_ = audit(ctx, st, o, aud, 0, f.Email, "sign_in_limited", "")
		return SignInResult{}, ErrTooMany
	}
	a, err := st.AccountByEmail(ctx, aud, f.Email)
	if err != nil && !errors.Is(err, domain.ErrNotFound) {
		return SignInResult{}, err
	}
	found := err == nil && a.HasCredentials()
	hash := dummyHash()
	if found {
		hash = a.PasswordHash
	}
	ok, err := s.checkPassword(ctx, f.Password, hash)
	if err != nil {
		return SignInResult{}, err
	}
	if !ok || !found {
		return SignInResult{}, s.failed(ctx, aud, a.ID, f.Email, o, "sign_in_failed", "")
	}
	allowed, err := s.Allowed(ctx, a)
	if err != nil {
		return SignInResult{}, err
	}
	if !allowed {
		return SignInResult{}, s.failed(ctx, aud, a.ID, f.Email, o, "sign_in_denied", "")
	}
	t, err := st.TOTP(ctx, aud, a.ID)
	if err != nil && !errors.Is(err, domain.ErrNotFound) {
		return SignInResult{}, err
	}
	if err == nil && t.Enabled() {
		if strings.TrimSpace(f.Code) == "" {
			// The password was right; the code is an attempt of its own.
			if err := s.release(ctx, keys); err != nil {
				return SignInResult{}, err
			}
			return s.askCode(ctx, a)
		}
		ok, err := s.checkCode(ctx, a, t, f.Code, o)
		if err != nil {
			return SignInResult{}, err
		}
		if !ok {
			return SignInResult{}, s.failed(ctx, aud, a.ID, f.Email, o, "sign_in_failed", "second factor")
		}
	}
	// A successful attempt does not count against anyone.
	if err := s.release(ctx, keys); err != nil {
		return SignInResult{}, err
	}
	return SignInResult{Account: a}, audit(ctx, st, o, aud, a.ID, a.Name, "sign_in", "")
}

// askCode starts the second step: a short-lived single-use token stands for
// the accepted password.
func (s *Accounts) askCode(ctx context.Context, a domain.Account) (SignInResult, error) {
	token, hash := newToken()
	err := s.store().CreatePasswordToken(ctx, &domain.PasswordToken{TokenHash: hash, Audience: a.Audience, SubjectID: a.ID,
		Purpose: domain.TokenSignInStep, ExpiresAt: s.DB.Now().Add(stepLife)})
	if err != nil {
		return SignInResult{}, err
	}
	return SignInResult{NeedCode: true, Step: token}, nil
}

// signInStep checks the code of the second step.
func (s *Accounts) signInStep(ctx context.Context, aud domain.Audience, f SignInForm, o Origin) (SignInResult, error) {
	st := s.store()
	tok, err := st.PasswordToken(ctx, aud, hashSecret(f.Step), domain.TokenSignInStep)
	if errors.Is(err, domain.ErrNotFound) {
		// The step expired or was used: start over with the password.
		return SignInResult{}, ErrSignInFailed
	}
	if err != nil {
		return SignInResult{}, err
	}
	a, err := st.Account(ctx, aud, tok.SubjectID)
	if err != nil {
		return SignInResult{}, err
	}
	keys := s.signInKeys(aud, a.Email, o)
	if ok, err := s.reserve(ctx, keys); err != nil || !ok {
		if err != nil {
			return SignInResult{}, err
		}
		_ = audit(ctx, st, o, aud, a.ID, a.Name, "sign_in_limited", "second factor")
		return SignInResult{}, ErrTooMany
	}
	t, err := st.TOTP(ctx, aud, a.ID)
	if err != nil {
		return SignInResult{}, err
	}
	ok, err := s.checkCode(ctx, a, t, f.Code, o)
	if err != nil {
		return SignInResult{}, err
	}
	if !ok {
		err := s.failed(ctx, aud, a.ID, a.Email, o, "sign_in_failed", "second factor")
		return SignInResult{NeedCode: true, Step: f.Step}, err
	}
	if _, err := st.UsePasswordToken(ctx, aud, hashSecret(f.Step), domain.TokenSignInStep); err != nil {
		return SignInResult{}, ErrSignInFailed
	}
	if allowed, err := s.Allowed(ctx, a); err != nil || !allowed {
		if err != nil {
			return SignInResult{}, err
		}
		return SignInResult{}, s.failed(ctx, aud, a.ID, a.Email, o, "sign_in_denied", "")
	}
	if err := s.release(ctx, keys); err != nil {
		return SignInResult{}, err
	}
	return SignInResult{Account: a}, audit(ctx, st, o, aud, a.ID, a.Name, "sign_in", "second factor")
}

// failed logs a failed attempt (it was counted when it started) and
// returns the one answer every failure gets.
func (s *Accounts) failed(ctx context.Context, aud domain.Audience, id domain.ID, email string, o Origin, action, detail string) error {
	if err := audit(ctx, s.store(), o, aud, id, strings.TrimSpace(email), action, detail); err != nil {
		return err
	}
	return ErrSignInFailed
}
