package service

import (
	"context"
	"crypto/rand"
	"crypto/subtle"
	"encoding/base32"
	"errors"
	"strings"
	"time"

	"github.com/pquerna/otp"
	"github.com/pquerna/otp/totp"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/store"
)

const (
	totpPeriod        = 30
	recoveryCodeCount = 10
)

var totpOpts = totp.ValidateOpts{Period: totpPeriod, Digits: otp.DigitsSix, Algorithm: otp.AlgorithmSHA1}

// TOTPStatus is what the security page shows.
type TOTPStatus struct {
	Enabled      bool
	Pending      bool   // a secret waits for its first code
	Secret       string // only while pending
	URL          string // otpauth:// URL, only while pending
	RecoveryLeft int
	Required     bool // the agency requires it for the audience
}

// TOTPStatus reports the account's second factor.
func (s *Accounts) TOTPStatus(ctx context.Context, a domain.Account, agency domain.Tenant) (TOTPStatus, error) {
	st := s.store()
	set, err := st.Settings(ctx)
	if err != nil {
		return TOTPStatus{}, err
	}
	out := TOTPStatus{Required: set.RequireTOTP(a.Audience)}
	t, err := st.TOTP(ctx, a.Audience, a.ID)
	if errors.Is(err, domain.ErrNotFound) {
		return out, nil
	}
	if err != nil {
		return TOTPStatus{}, err
	}
	if t.Enabled() {
		out.Enabled = true
		out.RecoveryLeft, err = st.RecoveryCodesLeft(ctx, a.Audience, a.ID)
		return out, err
	}
	out.Pending, out.Secret = true, t.Secret
	key, err := totp.Generate(totp.GenerateOpts{Issuer: issuer(agency), AccountName: a.Email, Period: totpPeriod,
		Secret: mustDecode(t.Secret), Digits: otp.DigitsSix, Algorithm: otp.AlgorithmSHA1})
	if err != nil {
		return TOTPStatus{}, err
	}
	out.URL = key.URL()
	return out, nil
}

func issuer(agency domain.Tenant) string { return "Matchpoint " + agency.Name }

// mustDecode turns a stored base32 secret back into bytes for the URL.
func mustDecode(secret string) []byte {
	b, _ := base32.StdEncoding.WithPadding(base32.NoPadding).DecodeString(strings.ToUpper(secret))
	return b
}

// BeginTOTP creates a new secret that waits for its first code.
func (s *Accounts) BeginTOTP(ctx context.Context, a domain.Account, agency domain.Tenant) error {
	t, err := s.store().TOTP(ctx, a.Audience, a.ID)
	if err == nil && t.Enabled() {
		return domain.Conflict("accounts.totp.already_on", nil)
	}
	if err != nil && !errors.Is(err, domain.ErrNotFound) {
		return err
	}
	key, err := totp.Generate(totp.GenerateOpts{Issuer: issuer(agency), AccountName: a.Email, Period: totpPeriod,
		Digits: otp.DigitsSix, Algorithm: otp.AlgorithmSHA1})
	if err != nil {
		return err
	}
	return s.store().StartTOTP(ctx, a.Audience, a.ID, key.Secret())
}

// ConfirmTOTP turns the pending second factor on when the current password
// is right and code matches, and returns the recovery codes, shown once;
// only their hashes are kept. Without the password a stolen session could
// bind the thief's authenticator and lock the owner out.
func (s *Accounts) ConfirmTOTP(ctx context.Context, a domain.Account, current, code string, o Origin) ([]string, error) {
	if err := s.ConfirmPassword(ctx, a, current, o, "totp_enable_failed"); err != nil {
		return nil, err
	}
	st := s.store()
	t, err := st.TOTP(ctx, a.Audience, a.ID)
	if errors.Is(err, domain.ErrNotFound) || (err == nil && t.Enabled()) {
		return nil, domain.Conflict("accounts.totp.not_pending", err)
	}
	if err != nil {
		return nil, err
	}
	step, ok := s.matchStep(t.Secret, code)
	if !ok {
		return nil, &domain.ValidationError{Fields: domain.FieldErrors{"code": "accounts.code_wrong"}}
	}
	codes := make([]string, recoveryCodeCount)
	hashes := make([]string, recoveryCodeCount)
	for i := range codes {
		codes[i] = newRecoveryCode()
		hashes[i] = hashSecret(normalizeRecovery(codes[i]))
	}
	err = st.InTx(ctx, func(tx *store.Store) error {
		if err := tx.ConfirmTOTP(ctx, a.Audience, a.ID, step, hashes); err != nil {
			return err
		}
		return audit(ctx, tx, o, a.Audience, a.ID, a.Name, "totp_enabled", "")
	})
	if err != nil {
		return nil, err
	}
	return codes, nil
}

// DisableTOTP turns the second factor off after the current password and a
// valid code, unless the agency requires it.
func (s *Accounts) DisableTOTP(ctx context.Context, a domain.Account, current, code string, o Origin) error {
	st := s.store()
	set, err := st.Settings(ctx)
	if err != nil {
		return err
	}
	if set.RequireTOTP(a.Audience) {
		return domain.Conflict("accounts.totp.required", nil)
	}
	if err := s.ConfirmPassword(ctx, a, current, o, "totp_disable_failed"); err != nil {
		return err
	}
	t, err := st.TOTP(ctx, a.Audience, a.ID)
	if err != nil {
		return err
	}
	ok, err := s.checkCode(ctx, a, t, code, o)
	if err != nil {
		return err
	}
	if !ok {
		return &domain.ValidationError{Fields: domain.FieldErrors{"code": "accounts.code_wrong"}}
	}
	return st.InTx(ctx, func(tx *store.Store) error {
		if err := tx.DeleteTOTP(ctx, a.Audience, a.ID); err != nil {
			return err
		}
		return audit(ctx, tx, o, a.Audience, a.ID, a.Name, "totp_disabled", "")
	})
}

// checkCode accepts a current TOTP code once, or an unused recovery code.
func (s *Accounts) checkCode(ctx context.Context, a domain.Account, t domain.TOTP, code string, o Origin) (bool, error) {
	code = strings.TrimSpace(code)
	if !t.Enabled() || code == "" {
		return false, nil
	}
	st := s.store()
	if step, ok := s.matchStep(t.Secret, code); ok {
		err := st.UseTOTPStep(ctx, a.Audience, a.ID, step)
		if errors.Is(err, domain.ErrNotFound) {
			return false, nil // replayed
		}
		return err == nil, err
	}
	err := st.UseRecoveryCode(ctx, a.Audience, a.ID, hashSecret(normalizeRecovery(code)))
	if errors.Is(err, domain.ErrNotFound) {
		return false, nil
	}
	if err != nil {
		return false, err
	}
	return true, audit(ctx, st, o, a.Audience, a.ID, a.Name, "recovery_code_used", "")
}

// matchStep finds the time step (now, or one either side for clock drift)
// whose code is code.
func (s *Accounts) matchStep(secret, code string) (int64, bool) {
	code = strings.ReplaceAll(strings.TrimSpace(code), " ", "")
	if len(code) != 6 {
		return 0, false
	}
	now := s.DB.Now()
	step := now.Unix() / totpPeriod
	for _, d := range []int64{0, -1, 1} {
		at := time.Unix((step+d)*totpPeriod, 0)
		want, err := totp.GenerateCodeCustom(secret, at, totpOpts)
		if err == nil && subtle.ConstantTimeCompare([]byte(want), []byte(code)) == 1 {
			return step + d, true
		}
	}
	return 0, false
}

// newRecoveryCode returns a code like "k7m2-q9xp-4tzc".
func newRecoveryCode() string {
	t := strings.ToLower(rand.Text())[:12]
	return t[:4] + "-" + t[4:8] + "-" + t[8:]
}

func normalizeRecovery(code string) string {
	return strings.ToLower(strings.NewReplacer("-", "", " ", "").Replace(strings.TrimSpace(code)))
}
