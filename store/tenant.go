package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"

	"github.com/matchpoint/matchpoint/domain"
)

// CreateTenant inserts an agency with default settings.
func (s *Store) CreateTenant(ctx context.Context, t *domain.Tenant) (err error) {
	defer domain.Wrap(&err, "store.CreateTenant(%q)", t.Slug)
	t.CreatedAt = s.now()
	return s.InTx(ctx, func(tx *Store) error {
		var host any
		if t.Host != "" {
			host = t.Host
		}
		if err := tx.w.QueryRowContext(ctx,
			`INSERT INTO tenants (slug, name, host, default_language, created_at) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
			t.Slug, t.Name, host, t.DefaultLanguage, t.CreatedAt).Scan(&t.ID); err != nil {
			return translate(err)
		}
		return tx.SaveSettings(WithTenant(ctx, t.ID), domain.DefaultSettings())
	})
}

const tenantColumns = `id, slug, name, COALESCE(host, ''), default_language, created_at`

func scanTenant(row interface{ Scan(...any) error }) (domain.Tenant, error) {
	var t domain.Tenant
	err := row.Scan(&t.ID, &t.Slug, &t.Name, &t.Host, &t.DefaultLanguage, &t.CreatedAt)
	return t, translate(err)
}

// TenantForHost finds the tenant a request for host belongs to: the one
// with that host name, else the one with slug fallback (a single-agency
// install), in one query. An empty fallback means the host alone decides.
func (s *Store) TenantForHost(ctx context.Context, host, fallback string) (domain.Tenant, error) {
	return scanTenant(s.r.QueryRowContext(ctx, `SELECT `+tenantColumns+` FROM tenants
		WHERE host = $1 OR ($2 <> '' AND slug = $2)
		ORDER BY CASE WHEN host = $1 THEN 0 ELSE 1 END LIMIT 1`, host, fallback))
}

// TenantBySlug finds the tenant by its slug.
func (s *Store) TenantBySlug(ctx context.Context, slug string) (domain.Tenant, error) {
	return scanTenant(s.r.QueryRowContext(ctx, `SELECT `+tenantColumns+` FROM tenants WHERE slug = $1`, slug))
}

// Tenants lists every tenant; for operators' commands only.
func (s *Store) Tenants(ctx context.Context) (_ []domain.Tenant, err error) {
	defer domain.Wrap(&err, "store.Tenants")
	rows, err := s.r.QueryContext(ctx, `SELECT `+tenantColumns+` FROM tenants ORDER BY id`)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []domain.Tenant
	for rows.Next() {
		t, err := scanTenant(rows)
		if err != nil {
			return nil, err
		}
		out = append(out, t)
	}
	return out, rows.Err()
}

// Settings returns the tenant's A3 settings; within a request (see
// WithSettingsMemo) it reads them from the database once.
func (s *Store) Settings(ctx context.Context) (_ domain.Settings, err error) {
	defer domain.Wrap(&err, "store.Settings")
	tid, err := tenant(ctx)
	if err != nil {
		return domain.Settings{}, err
	}
	memo := s.memoOf(ctx)
	doc, found, ok := memo.get(tid)
	if !ok {
		err = s.r.QueryRowContext(ctx, `SELECT doc FROM tenant_settings WHERE tenant_id = $1`, tid).Scan(&doc)
		if err != nil && err != sql.ErrNoRows {
			return domain.Settings{}, err
		}
		found = err == nil
		memo.put(tid, doc, found)
	}
	if !found {
		return domain.DefaultSettings(), nil
	}
	set := domain.DefaultSettings()
	if err := json.Unmarshal([]byte(doc), &set); err != nil {
		return domain.Settings{}, fmt.Errorf("parse settings: %w", err)
	}
	return set, nil
}

// SaveSettings stores the tenant's settings.
func (s *Store) SaveSettings(ctx context.Context, set domain.Settings) (err error) {
	defer domain.Wrap(&err, "store.SaveSettings")
	tid, err := tenant(ctx)
	if err != nil {
		return err
	}
	doc, err := json.Marshal(set)
	if err != nil {
		return err
	}
	forgetSettings(ctx)
	_, err = s.w.ExecContext(ctx,
		`INSERT INTO tenant_settings (tenant_id, doc) VALUES ($1, $2)
		 ON CONFLICT (tenant_id) DO UPDATE SET doc = excluded.doc`, tid, string(doc))
	return translate(err)
}
