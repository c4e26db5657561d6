package store

import (
	"context"
	"time"

	"github.com/matchpoint/matchpoint/domain"
)

const apiTokenColumns = `id, tenant_id, name, secret_hash, created_by, created_at, last_used_at, revoked_at`

func scanAPIToken(row interface{ Scan(...any) error }) (domain.APIToken, error) {
	var t domain.APIToken
	err := row.Scan(&t.ID, &t.TenantID, &t.Name, &t.SecretHash, &t.CreatedBy, &t.CreatedAt, &t.LastUsedAt, &t.RevokedAt)
	return t, translate(err)
}

// CreateAPIToken stores a new token of the tenant (G1); t.SecretHash must
// hold the hash of its secret.
func (s *Store) CreateAPIToken(ctx context.Context, t *domain.APIToken) (err error) {
	defer domain.Wrap(&err, "store.CreateAPIToken")
	tid, err := tenant(ctx)
	if err != nil {
		return err
	}
	if err := t.Validate(); err != nil {
		return err
	}
	t.TenantID, t.CreatedAt = tid, s.now()
	return translate(s.w.QueryRowContext(ctx, `INSERT INTO api_tokens (tenant_id, name, secret_hash, created_by, created_at)
		VALUES ($1, $2, $3, $4, $5) RETURNING id`, tid, t.Name, t.SecretHash, t.CreatedBy, t.CreatedAt).Scan(&t.ID))
}

// APITokens lists the tenant's tokens, revoked ones included, newest first.
func (s *Store) APITokens(ctx context.Context) (_ []domain.APIToken, err error) {
	defer domain.Wrap(&err, "store.APITokens")
	tid, err := tenant(ctx)
	if err != nil {
		return nil, err
	}
	rows, err := s.r.QueryContext(ctx, `SELECT `+apiTokenColumns+` FROM api_tokens WHERE tenant_id = $1 ORDER BY id DESC`, tid)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []domain.APIToken
	for rows.Next() {
		t, err := scanAPIToken(rows)
		if err != nil {
			return nil, err
		}
		out = append(out, t)
	}
	return out, rows.Err()
}

// RevokeAPIToken stops a token of the tenant from authenticating. Revoking
// a revoked token changes nothing.
func (s *Store) RevokeAPIToken(ctx context.Context, id domain.ID) (err error) {
	defer domain.Wrap(&err, "store.RevokeAPIToken(%d)", id)
	tid, err := tenant(ctx)
	if err != nil {
		return err
	}
	res, err := s.w.ExecContext(ctx, `UPDATE api_tokens SET revoked_at = COALESCE(revoked_at, $1) WHERE tenant_id = $2 AND id = $3`,
		s.now(), tid, id)
	if err != nil {
		return err
	}
	if n, err := res.RowsAffected(); err != nil || n == 0 {
		return domain.NotFound("api token")
	}
	return nil
}

// APITokenByHash finds an active token by the hash of its secret. It works
// across tenants, because the token is what tells the tenant of an API
// request; it hangs off *DB so no tenant-scoped code reaches it by accident.
// It also records the use (at most once a minute, to spare the writer).
func (db *DB) APITokenByHash(ctx context.Context, hash string) (_ domain.APIToken, err error) {
	defer domain.Wrap(&err, "store.APITokenByHash")
	t, err := scanAPIToken(db.read.QueryRowContext(ctx, `SELECT `+apiTokenColumns+` FROM api_tokens
		WHERE secret_hash = $1 AND revoked_at IS NULL`, hash))
	if err != nil {
		return domain.APIToken{}, err
	}
	now := db.Now()
	if t.LastUsedAt == nil || now.Sub(*t.LastUsedAt) > time.Minute {
		if _, err := db.write.ExecContext(ctx, `UPDATE api_tokens SET last_used_at = $1 WHERE id = $2`, now, t.ID); err != nil {
			return domain.APIToken{}, err
		}
		t.LastUsedAt = &now
	}
	return t, nil
}
