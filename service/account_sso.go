package service

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/sso"
	"github.com/matchpoint/matchpoint/store"
)

// Answers of single sign-on (B4). The sign-in page shows them; none says
// more than the person learns at its own provider.
var (
	ErrSSOOff          = &domain.Error{Kind: domain.KindNotFound, Key: "sso.off"}
	ErrSSOFailed       = &domain.Error{Kind: domain.KindUnauthenticated, Key: "sso.failed"}
	ErrSSOUnavailable  = &domain.Error{Kind: domain.KindUnavailable, Key: "sso.unavailable"}
	ErrSSOEmailRefused = &domain.Error{Kind: domain.KindUnauthenticated, Key: "sso.email_refused"}
	ErrSSONoAccount    = &domain.Error{Kind: domain.KindUnauthenticated, Key: "sso.no_account"}
	ErrPasswordOff     = &domain.Error{Kind: domain.KindUnauthenticated, Key: "sso.password_off"}
)

// ssoActor is who the audit log names for an account made at its first
// single sign-on.
var ssoActor = store.Actor{Kind: "system", Name: "single sign-on"}

// SSOCallbackPath is where the identity provider sends the browser back
// to, per surface; the admin registers its absolute form at the provider.
func SSOCallbackPath(aud domain.Audience) string { return "/" + string(aud) + "/sso/callback" }

// SSOCallbackURL is the absolute callback address of the agency's surface.
func (s *Accounts) SSOCallbackURL(t domain.Tenant, aud domain.Audience) string {
	return s.Links.For(t, SSOCallbackPath(aud))
}

// SSOSettings are the agency's single sign-on for the audience, without
// the client secret.
func (s *Accounts) SSOSettings(ctx context.Context, aud domain.Audience) (domain.SSOSettings, error) {
	return s.store().SSOSettings(ctx, aud)
}

// SaveSSOSettings is an admin's change of single sign-on for one surface:
// checked, stored (an empty secret keeps the stored one) and audited
// without the secret.
func (s *Accounts) SaveSSOSettings(ctx context.Context, by store.Actor, set domain.SSOSettings, o Origin) (err error) {
	defer domain.Wrap(&err, "service.SaveSSOSettings(%s)", set.Audience)
	set.Issuer, set.ClientID = strings.TrimSuffix(strings.TrimSpace(set.Issuer), "/"), strings.TrimSpace(set.ClientID)
	set.ClientSecret = strings.TrimSpace(set.ClientSecret)
	return s.store().InTx(ctx, func(tx *store.Store) error {
		old, err := tx.SSOSettings(ctx, set.Audience)
		if err != nil {
			return err
		}
		set.SecretSet = old.SecretSet
		if err := set.Validate(s.SSOAllowPrivate); err != nil {
			return err
		}
		if err := tx.SaveSSOSettings(ctx, set); err != nil {
			return err
		}
		detail := fmt.Sprintf("%s enabled=%v issuer=%s client=%s domains=%s password=%v create=%v secret_changed=%v",
			set.Audience, set.Enabled, set.Issuer, set.ClientID, strings.Join(set.AllowedDomains, " "),
			set.PasswordAllowed, set.CreateAccounts, set.ClientSecret != "")
		return tx.Audit(ctx, domain.AuditEntry{ActorKind: by.Kind, ActorID: by.ID, ActorName: by.Name, Action: "sso_settings",
			ObjectKind: "settings", Detail: detail, RemoteAddr: o.Addr})
	})
}

// ssoConfig is the client of the agency's surface at its provider, or
// ErrSSOOff.
func (s *Accounts) ssoConfig(ctx context.Context, aud domain.Audience, o Origin) (domain.SSOSettings, sso.Config, error) {
	set, err := s.store().SSOSettings(ctx, aud)
	if err != nil {
		return set, sso.Config{}, err
	}
	if !set.Enabled || s.SSO == nil {
		return set, sso.Config{}, ErrSSOOff
	}
	secret, err := s.store().SSOClientSecret(ctx, aud)
	if err != nil {
		return set, sso.Config{}, err
	}
	return set, sso.Config{Issuer: set.Issuer, ClientID: set.ClientID, ClientSecret: secret,
		RedirectURL: s.SSOCallbackURL(o.Tenant, aud)}, nil
}

// SSOBegin starts a single sign-on of the audience: the flow to keep with
// the browser and the provider's address to send it to. next is where to
// go afterwards, already checked by the caller.
func (s *Accounts) SSOBegin(ctx context.Context, aud domain.Audience, next string, o Origin) (string, sso.Flow, error) {
	_, cfg, err := s.ssoConfig(ctx, aud, o)
	if err != nil {
		return "", sso.Flow{}, err
	}
	f := sso.NewFlow(next)
	u, err := s.SSO.AuthURL(ctx, cfg, f)
	if err != nil {
		return "", sso.Flow{}, &domain.Error{Kind: domain.KindUnavailable, Key: ErrSSOUnavailable.Key, Err: err}
	}
	return u, f, nil
}

// SSOFinish ends a single sign-on with the provider's callback: the
// provider must vouch for the person (code, PKCE, ID token for this client
// with the flow's nonce), the address must be verified and of an allowed
// domain, and it must be an account of the audience that may sign in —
// made now for a recruiter when the admin allows it. The second factor is
// then the provider's. Every outcome is audited (B4, F4).
func (s *Accounts) SSOFinish(ctx context.Context, aud domain.Audience, f sso.Flow, state, code string, o Origin) (domain.Account, error) {
	set, cfg, err := s.ssoConfig(ctx, aud, o)
	if err != nil {
		return domain.Account{}, err
	}
	st := s.store()
	id, err := s.SSO.Identify(ctx, cfg, f, state, code)
	if err != nil {
		if errors.Is(err, sso.ErrUnreachable) {
			return domain.Account{}, &domain.Error{Kind: domain.KindUnavailable, Key: ErrSSOUnavailable.Key, Err: err}
		}
		s.noteFailed(aud)
		_ = audit(ctx, st, o, aud, 0, "", "sign_in_failed", "single sign-on: "+ssoReason(err))
		return domain.Account{}, &domain.Error{Kind: ErrSSOFailed.Kind, Key: ErrSSOFailed.Key, Err: err}
	}
	email := strings.ToLower(strings.TrimSpace(id.Email))
	if !domain.SSOEmailAllowed(set, email, id.EmailVerified) {
		s.noteFailed(aud)
		why := "address not verified by the provider"
		if id.EmailVerified {
			why = "address of a domain not allowed"
		}
		_ = audit(ctx, st, o, aud, 0, email, "sign_in_failed", "single sign-on: "+why)
		return domain.Account{}, ErrSSOEmailRefused
	}
	a, err := st.AccountByEmail(ctx, aud, email)
	if errors.Is(err, domain.ErrNotFound) && set.CreateAccounts && aud == domain.AudienceOffice {
		a, err = s.ssoCreateRecruiter(ctx, id, email, o)
	}
	if errors.Is(err, domain.ErrNotFound) {
		s.noteFailed(aud)
		_ = audit(ctx, st, o, aud, 0, email, "sign_in_failed", "single sign-on: no account")
		return domain.Account{}, ErrSSONoAccount
	}
	if err != nil {
		return domain.Account{}, err
	}
	allowed, err := s.Allowed(ctx, a)
	if err != nil {
		return domain.Account{}, err
	}
	if !allowed {
		_ = s.failed(ctx, aud, a.ID, email, o, "sign_in_denied", "single sign-on") // audits and counts
		return domain.Account{}, ErrSSOFailed
	}
	return a, audit(ctx, st, o, aud, a.ID, a.Name, "sign_in", "single sign-on")
}

// ssoCreateRecruiter makes the recruiter account of a first single sign-on.
func (s *Accounts) ssoCreateRecruiter(ctx context.Context, id sso.Identity, email string, o Origin) (domain.Account, error) {
	name := strings.TrimSpace(id.Name)
	if name == "" {
		name = email
	}
	u := domain.User{Email: email, Name: name, Role: domain.RoleRecruiter, Language: o.Tenant.DefaultLanguage, Active: true}
	if u.Language == "" {
		u.Language = "en"
	}
	var a domain.Account
	err := s.store().InTx(ctx, func(tx *store.Store) error {
		if err := tx.CreateUser(ctx, &u); err != nil {
			return err
		}
		var err error
		if a, err = tx.Account(ctx, domain.AudienceOffice, u.ID); err != nil {
			return err
		}
		return auditRecruiter(ctx, tx, ssoActor, o, u, "create", "first single sign-on")
	})
	return a, err
}

// ssoReason is what the audit log says of a failed flow, without tokens.
func ssoReason(err error) string {
	switch {
	case errors.Is(err, sso.ErrFlow):
		return "state does not match this browser's"
	case errors.Is(err, sso.ErrToken):
		return "ID token refused (" + strings.TrimPrefix(err.Error(), sso.ErrToken.Error()+": ") + ")"
	}
	return "provider refused the code"
}

// passwordOff reports whether the agency's surface takes single sign-on
// only.
func (s *Accounts) passwordOff(ctx context.Context, aud domain.Audience) (bool, error) {
	if aud == domain.AudiencePortal {
		return false, nil
	}
	set, err := s.store().SSOSettings(ctx, aud)
	return set.Enabled && !set.PasswordAllowed, err
}
