package store

import (
	"context"

	"github.com/matchpoint/matchpoint/domain"
)

const emailTemplateColumns = `id, tenant_id, key, language, subject, body`

func scanEmailTemplate(row interface{ Scan(...any) error }) (domain.EmailTemplate, error) {
	var t domain.EmailTemplate
	err := row.Scan(&t.ID, &t.TenantID, &t.Key, &t.Language, &t.Subject, &t.Body)
	return t, translate(err)
}

// EmailTemplates lists the tenant's stored email templates by key and language.
func (s *Store) EmailTemplates(ctx context.Context) (_ []domain.EmailTemplate, err error) {
	defer domain.Wrap(&err, "store.EmailTemplates")
	tid, err := tenant(ctx)
	if err != nil {
		return nil, err
	}
	rows, err := s.r.QueryContext(ctx, `SELECT `+emailTemplateColumns+` FROM email_templates
		WHERE tenant_id = $1 ORDER BY key, language`, tid)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []domain.EmailTemplate
	for rows.Next() {
		t, err := scanEmailTemplate(rows)
		if err != nil {
			return nil, err
		}
		out = append(out, t)
	}
	return out, rows.Err()
}

// EmailTemplate returns the template for key in lang.
func (s *Store) EmailTemplate(ctx context.Context, key, lang string) (_ domain.EmailTemplate, err error) {
	defer domain.Wrap(&err, "store.EmailTemplate(%q, %q)", key, lang)
	tid, err := tenant(ctx)
	if err != nil {
		return domain.EmailTemplate{}, err
	}
	return scanEmailTemplate(s.r.QueryRowContext(ctx, `SELECT `+emailTemplateColumns+` FROM email_templates
		WHERE tenant_id = $1 AND key = $2 AND language = $3`, tid, key, lang))
}

// SaveEmailTemplate stores the template for its key and language, replacing
// the one there was.
func (s *Store) SaveEmailTemplate(ctx context.Context, t *domain.EmailTemplate) (err error) {
	defer domain.Wrap(&err, "store.SaveEmailTemplate(%q, %q)", t.Key, t.Language)
	tid, err := tenant(ctx)
	if err != nil {
		return err
	}
	t.TenantID = tid
	return translate(s.w.QueryRowContext(ctx, `INSERT INTO email_templates (tenant_id, key, language, subject, body)
		VALUES ($1, $2, $3, $4, $5)
		ON CONFLICT (tenant_id, key, language) DO UPDATE SET subject = excluded.subject, body = excluded.body
		RETURNING id`, tid, t.Key, t.Language, t.Subject, t.Body).Scan(&t.ID))
}
