// Package service holds the use cases that span rules, transactions, the
// outbox and the audit log.
package service

import (
	"context"
	"crypto/rand"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"strings"
	"time"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/password"
	"github.com/matchpoint/matchpoint/store"
)

// Accounts are the sign-in use cases of the three audiences: credentials,
// sign-in with an optional second factor, password reset and change (B1–B4).
type Accounts struct {
	DB *store.DB
	// TokenHours is how long a set-password link works unless the agency
	// set its own (settings.CredentialsHours); 72 when 0.
	TokenHours int
	// ResetLife is how long a password-reset link works; an hour when 0.
	ResetLife time.Duration
	// Links makes the set-password and reset links of the mails.
	Links Links
	// Hash are the argon2id costs of new passwords; password.Default when zero.
	Hash password.Params
	// Rate limits of sign-in attempts and reset requests, per account and
	// per client address, each within one agency and audience.
	SignInPerAccount, SignInPerAddress *Limiter
	ResetPerAccount, ResetPerAddress   *Limiter
	// HashSlots is how many argon2 hashings may run at once (each takes
	// Hash.Memory, 19 MiB by default); further ones wait up to HashWait.
	HashSlots int
	HashWait  time.Duration

	hashing chan struct{}
}

// Defaults fills what is unset: 10 sign-in attempts per account and 50 per
// address in 15 minutes (successful ones are given back); 5 reset requests
// per account and 20 per address in an hour; 4 hashings at once, waiting
// up to 10 s for a turn. Call it once before use.
func (s *Accounts) Defaults() {
	mk := func(l **Limiter, max int, window time.Duration) {
		if *l == nil {
			*l = &Limiter{Max: max, Window: window}
		}
		if (*l).DB == nil {
			(*l).DB = s.DB
		}
	}
	mk(&s.SignInPerAccount, 10, 15*time.Minute)
	mk(&s.SignInPerAddress, 50, 15*time.Minute)
	mk(&s.ResetPerAccount, 5, time.Hour)
	mk(&s.ResetPerAddress, 20, time.Hour)
	if s.HashSlots <= 0 {
		s.HashSlots = 4
	}
	if s.HashWait <= 0 {
		s.HashWait = 10 * time.Second
	}
	s.hashing = make(chan struct{}, s.HashSlots)
}

// Origin is where a request comes from: the agency and the client's address
// (behind a trusted proxy, the address the proxy reports).
type Origin struct {
	Tenant domain.Tenant
	Addr   string
}

// Errors the surfaces show. A failed sign-in never says which part failed.
var (
	ErrSignInFailed = &domain.Error{Kind: domain.KindUnauthenticated, Key: "accounts.signin_failed"}
	ErrTooMany      = &domain.Error{Kind: domain.KindTooMany, Key: "accounts.too_many"}
	ErrLinkInvalid  = &domain.Error{Kind: domain.KindNotFound, Key: "accounts.link_invalid"}
	ErrBusy         = &domain.Error{Kind: domain.KindUnavailable, Key: "accounts.busy"}
)

func (s *Accounts) store() *store.Store { return s.DB.Store() }

func (s *Accounts) params() password.Params {
	if s.Hash.Memory == 0 {
		return password.Default
	}
	return s.Hash
}

// tokenLife is how long a set-password link works in the agency.
func (s *Accounts) tokenLife(set domain.Settings) time.Duration {
	h := set.CredentialsHours
	if h <= 0 {
		h = s.TokenHours
	}
	if h <= 0 {
		h = 72
	}
	return time.Duration(h) * time.Hour
}

// resetLife is how long a password-reset link works: an hour by default,
// far shorter than an invitation, since it is asked for, not awaited.
func (s *Accounts) resetLife() time.Duration {
	if s.ResetLife > 0 {
		return s.ResetLife
	}
	return time.Hour
}

// newToken returns a random token and the hash that is stored of it.
func newToken() (token, hash string) {
	token = rand.Text()
	return token, hashSecret(token)
}

func hashSecret(s string) string {
	sum := sha256.Sum256([]byte(s))
	return hex.EncodeToString(sum[:])
}

// objectKind names an audience's records in the audit log.
func objectKind(aud domain.Audience) string {
	switch aud {
	case domain.AudiencePortal:
		return string(domain.SubjectCandidate)
	case domain.AudienceHiring:
		return string(domain.SubjectContact)
	}
	return "user"
}

// audit writes an entry about an account (or an e-mail address that matched
// none: id 0 and the address as the name). Never a password or a code.
func audit(ctx context.Context, st *store.Store, o Origin, aud domain.Audience, id domain.ID, name, action, detail string) error {
	return st.Audit(ctx, domain.AuditEntry{ActorKind: aud, ActorID: id, ActorName: name, Action: action,
		ObjectKind: objectKind(aud), ObjectID: id, Detail: detail, RemoteAddr: o.Addr})
}

// Allowed reports whether the account may use its surface now: it is active,
// and a contact is in the configured group (B2). Candidates with credentials
// always may (B1); what they see depends on their status.
func (s *Accounts) Allowed(ctx context.Context, a domain.Account) (bool, error) {
	if !a.Active {
		return false, nil
	}
	if a.Audience != domain.AudienceHiring {
		return true, nil
	}
	set, err := s.store().Settings(ctx)
	if err != nil {
		return false, err
	}
	return domain.ContactHiringAccess(a.GroupIDs, set), nil
}

// Current loads the account of a session's subject and checks that it may
// still use its surface; every request goes through it, so removing a
// contact from the group or disabling a recruiter shuts it out at once.
func (s *Accounts) Current(ctx context.Context, aud domain.Audience, id domain.ID) (domain.Account, error) {
	a, err := s.store().Account(ctx, aud, id)
	if err != nil {
		return domain.Account{}, err
	}
	ok, err := s.Allowed(ctx, a)
	if err != nil {
		return domain.Account{}, err
	}
	if !ok {
		return domain.Account{}, domain.ErrForbidden
	}
	return a, nil
}

// NeedsTOTPSetup reports whether the agency requires a second factor of the
// account's audience and the account has none yet.
func (s *Accounts) NeedsTOTPSetup(ctx context.Context, a domain.Account) (bool, error) {
	set, err := s.store().Settings(ctx)
	if err != nil {
		return false, err
	}
	if !set.RequireTOTP(a.Audience) {
		return false, nil
	}
	t, err := s.store().TOTP(ctx, a.Audience, a.ID)
	if errors.Is(err, domain.ErrNotFound) {
		return true, nil
	}
	if err != nil {
		return false, err
	}
	return !t.Enabled(), nil
}

func emailKey(aud domain.Audience, email string) string {
	return string(aud) + "|" + strings.ToLower(strings.TrimSpace(email))
}
