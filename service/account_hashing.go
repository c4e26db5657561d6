package service

import (
	"context"
	"time"

	"github.com/matchpoint/matchpoint/password"
)

// withHashSlot runs fn, an argon2 hashing, once one of the HashSlots is
// free: the memory a burst of sign-ins takes is bounded by the slots, not
// by the burst. A request that waits longer than HashWait gets ErrBusy.
func (s *Accounts) withHashSlot(ctx context.Context, fn func() error) error {
	if s.hashing == nil {
		return fn()
	}
	wait := time.NewTimer(s.HashWait)
	defer wait.Stop()
	select {
	case s.hashing <- struct{}{}:
	case <-wait.C:
		return ErrBusy
	case <-ctx.Done():
		return ctx.Err()
	}
	defer func() { <-s.hashing }()
	return fn()
}

// checkPassword compares pw with an argon2id hash in a hashing slot.
func (s *Accounts) checkPassword(ctx context.Context, pw, hash string) (ok bool, err error) {
	err = s.withHashSlot(ctx, func() error {
		ok, err = password.Check(pw, hash)
		return err
	})
	return ok, err
}

// hashPassword hashes pw with the configured costs in a hashing slot.
func (s *Accounts) hashPassword(ctx context.Context, pw string) (hash string, err error) {
	err = s.withHashSlot(ctx, func() error {
		hash, err = password.Hash(pw, s.params())
		return err
	})
	return hash, err
}
