package service

import (
	"context"
	"crypto/rand"
	"crypto/sha256"
	"encoding/hex"
	"strings"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/store"
)

// apiTokenPrefix marks Matchpoint's API secrets so a leaked one is easy to
// recognise in logs and by secret scanners.
const apiTokenPrefix = "mpt_"

// HashAPIToken returns the stored form of a token's secret: the hex SHA-256.
// A plain hash suffices: the secret is 26 random characters, not a password.
func HashAPIToken(secret string) string {
	sum := sha256.Sum256([]byte(secret))
	return hex.EncodeToString(sum[:])
}

// CreateAPIToken makes a token of the context's tenant for the admin by
// (G1). It returns the secret, which is shown once and never stored.
func (s *Service) CreateAPIToken(ctx context.Context, name string, by domain.User) (_ domain.APIToken, secret string, err error) {
	defer domain.Wrap(&err, "service.CreateAPIToken")
	secret = apiTokenPrefix + rand.Text()
	t := domain.APIToken{Name: strings.TrimSpace(name), SecretHash: HashAPIToken(secret), CreatedBy: by.ID}
	err = s.store().InTx(ctx, func(tx *store.Store) error {
		if err := tx.CreateAPIToken(ctx, &t); err != nil {
			return err
		}
		return tx.Audit(ctx, domain.AuditEntry{ActorKind: domain.AudienceOffice, ActorID: by.ID, ActorName: by.Name,
			Action: "api_token_create", ObjectKind: "api_token", ObjectID: t.ID, Detail: t.Name})
	})
	if err != nil {
		return domain.APIToken{}, "", err
	}
	return t, secret, nil
}

// RevokeAPIToken stops a token of the context's tenant from working (G1).
func (s *Service) RevokeAPIToken(ctx context.Context, id domain.ID, by domain.User) (err error) {
	defer domain.Wrap(&err, "service.RevokeAPIToken(%d)", id)
	return s.store().InTx(ctx, func(tx *store.Store) error {
		if err := tx.RevokeAPIToken(ctx, id); err != nil {
			return err
		}
		return tx.Audit(ctx, domain.AuditEntry{ActorKind: domain.AudienceOffice, ActorID: by.ID, ActorName: by.Name,
			Action: "api_token_revoke", ObjectKind: "api_token", ObjectID: id})
	})
}

// ErrBadToken is the answer to a missing, unknown or revoked API token.
var ErrBadToken = &domain.Error{Kind: domain.KindUnauthenticated, Key: "api.error.token"}

// AuthenticateAPIToken finds the active token whose secret is given (G1).
func (s *Service) AuthenticateAPIToken(ctx context.Context, secret string) (domain.APIToken, error) {
	if !strings.HasPrefix(secret, apiTokenPrefix) {
		return domain.APIToken{}, ErrBadToken
	}
	t, err := s.DB.APITokenByHash(ctx, HashAPIToken(secret))
	if domain.KindOf(err) == domain.KindNotFound {
		return domain.APIToken{}, ErrBadToken
	}
	return t, err
}
