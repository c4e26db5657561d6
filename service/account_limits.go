package service

import (
	"context"

	"github.com/matchpoint/matchpoint/domain"
)

// limitKeys are the two counts an attempt goes against: the account (the
// e-mail typed, whether it exists or not) and the client's address. Both are
// per audience; the store keeps them per agency.
type limitKeys struct {
	account, addr       string
	perAccount, perAddr *Limiter
}

// signInKeys are the counts of a sign-in attempt.
func (s *Accounts) signInKeys(aud domain.Audience, email string, o Origin) limitKeys {
	return limitKeys{account: "signin|" + emailKey(aud, email), addr: "signin|" + string(aud) + "|addr|" + o.Addr,
		perAccount: s.SignInPerAccount, perAddr: s.SignInPerAddress}
}

// resetKeys are the counts of a reset request.
func (s *Accounts) resetKeys(aud domain.Audience, email string, o Origin) limitKeys {
	return limitKeys{account: "reset|" + emailKey(aud, email), addr: "reset|" + string(aud) + "|addr|" + o.Addr,
		perAccount: s.ResetPerAccount, perAddr: s.ResetPerAddress}
}

// reserve counts one attempt against both keys before it is made; false
// when either has used its window up.
func (s *Accounts) reserve(ctx context.Context, k limitKeys) (bool, error) {
	okAccount, err := k.perAccount.Reserve(ctx, k.account)
	if err != nil {
		return false, err
	}
	okAddr, err := k.perAddr.Reserve(ctx, k.addr)
	if err != nil {
		return false, err
	}
	return okAccount && okAddr, nil
}

// release gives back an attempt that succeeded.
func (s *Accounts) release(ctx context.Context, k limitKeys) error {
	if err := k.perAccount.Release(ctx, k.account); err != nil {
		return err
	}
	return k.perAddr.Release(ctx, k.addr)
}
