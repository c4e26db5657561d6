package service

import "github.com/matchpoint/matchpoint/domain"

// AccountEvents hears of sign-ins refused for a wrong password or code (or
// an account that may not sign in) and of attempts a limit refused, for the
// operator's metrics. The consumer (package metrics) implements it.
type AccountEvents interface {
	SignInFailed(aud domain.Audience)
	Limited(aud domain.Audience, limit string) // "signin" or "reset"
}

func (s *Accounts) noteFailed(aud domain.Audience) {
	if s.Events != nil {
		s.Events.SignInFailed(aud)
	}
}

func (s *Accounts) noteLimited(k limitKeys) {
	if s.Events != nil {
		s.Events.Limited(k.aud, k.limit)
	}
}
