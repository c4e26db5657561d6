package store

import (
	"context"
	"errors"
	"strings"

	"github.com/matchpoint/matchpoint/domain"
)

// SSOSettings reads the agency's single sign-on for the audience, without
// its client secret (SecretSet says whether one is stored). An audience
// never set up gives settings that are off, with password sign-in allowed.
func (s *Store) SSOSettings(ctx context.Context, aud domain.Audience) (_ domain.SSOSettings, err error) {
	defer domain.Wrap(&err, "store.SSOSettings(%s)", aud)
	set, _, err := s.ssoSettings(ctx, aud)
	return set, err
}

// SSOClientSecret reads the stored client secret, for the token exchange
// only.
func (s *Store) SSOClientSecret(ctx context.Context, aud domain.Audience) (_ string, err error) {
	defer domain.Wrap(&err, "store.SSOClientSecret(%s)", aud)
	_, secret, err := s.ssoSettings(ctx, aud)
	return secret, err
}

func (s *Store) ssoSettings(ctx context.Context, aud domain.Audience) (domain.SSOSettings, string, error) {
	tid, err := tenant(ctx)
	if err != nil {
		return domain.SSOSettings{}, "", err
	}
	set := domain.SSOSettings{Audience: aud, PasswordAllowed: true}
	var domains, secret string
	err = s.r.QueryRowContext(ctx, `SELECT enabled, issuer, client_id, client_secret, allowed_domains, password_allowed, create_accounts
		FROM sso_settings WHERE tenant_id = $1 AND audience = $2`, tid, string(aud)).
		Scan(&set.Enabled, &set.Issuer, &set.ClientID, &secret, &domains, &set.PasswordAllowed, &set.CreateAccounts)
	if err := translate(err); err != nil && !errors.Is(err, domain.ErrNotFound) {
		return domain.SSOSettings{}, "", err
	}
	set.AllowedDomains = domain.ParseDomains(domains)
	set.SecretSet = secret != ""
	return set, secret, nil
}

// SaveSSOSettings stores the agency's single sign-on for set.Audience; an
// empty client secret keeps the one stored.
func (s *Store) SaveSSOSettings(ctx context.Context, set domain.SSOSettings) (err error) {
	defer domain.Wrap(&err, "store.SaveSSOSettings(%s)", set.Audience)
	tid, err := tenant(ctx)
	if err != nil {
		return err
	}
	_, err = s.w.ExecContext(ctx, `INSERT INTO sso_settings (tenant_id, audience, enabled, issuer, client_id, client_secret,
			allowed_domains, password_allowed, create_accounts)
		VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
		ON CONFLICT (tenant_id, audience) DO UPDATE SET enabled = excluded.enabled, issuer = excluded.issuer,
			client_id = excluded.client_id,
			client_secret = CASE WHEN excluded.client_secret = '' THEN sso_settings.client_secret ELSE excluded.client_secret END,
			allowed_domains = excluded.allowed_domains, password_allowed = excluded.password_allowed,
			create_accounts = excluded.create_accounts`,
		tid, string(set.Audience), set.Enabled, set.Issuer, set.ClientID, set.ClientSecret,
		strings.Join(set.AllowedDomains, " "), set.PasswordAllowed, set.CreateAccounts)
	return translate(err)
}
