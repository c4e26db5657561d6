package store

import (
	"context"
	"time"

	"github.com/matchpoint/matchpoint/domain"
)

const webhookColumns = `id, tenant_id, event, url, secret, created_at`

func scanWebhook(row interface{ Scan(...any) error }) (domain.Webhook, error) {
	var w domain.Webhook
	err := row.Scan(&w.ID, &w.TenantID, &w.Event, &w.URL, &w.Secret, &w.CreatedAt)
	return w, translate(err)
}

// CreateWebhook registers a URL for an event of the tenant (G1); w.Secret
// must hold its signing secret.
func (s *Store) CreateWebhook(ctx context.Context, w *domain.Webhook) (err error) {
	defer domain.Wrap(&err, "store.CreateWebhook")
	tid, err := tenant(ctx)
	if err != nil {
		return err
	}
	if err := w.Validate(); err != nil {
		return err
	}
	w.TenantID, w.CreatedAt = tid, s.now()
	return translate(s.w.QueryRowContext(ctx, `INSERT INTO webhooks (tenant_id, event, url, secret, created_at)
		VALUES ($1, $2, $3, $4, $5) RETURNING id`, tid, w.Event, w.URL, w.Secret, w.CreatedAt).Scan(&w.ID))
}

// Webhooks lists the tenant's webhooks for event, or all when event is "".
func (s *Store) Webhooks(ctx context.Context, event string) (_ []domain.Webhook, err error) {
	defer domain.Wrap(&err, "store.Webhooks(%q)", event)
	tid, err := tenant(ctx)
	if err != nil {
		return nil, err
	}
	rows, err := s.r.QueryContext(ctx, `SELECT `+webhookColumns+` FROM webhooks
		WHERE tenant_id = $1 AND ($2 = '' OR event = $2) ORDER BY event, id`, tid, event)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []domain.Webhook
	for rows.Next() {
		w, err := scanWebhook(rows)
		if err != nil {
			return nil, err
		}
		out = append(out, w)
	}
	return out, rows.Err()
}

// DeleteWebhook removes a webhook of the tenant; deliveries already in the
// outbox still go out.
func (s *Store) DeleteWebhook(ctx context.Context, id domain.ID) (err error) {
	defer domain.Wrap(&err, "store.DeleteWebhook(%d)", id)
	tid, err := tenant(ctx)
	if err != nil {
		return err
	}
	res, err := s.w.ExecContext(ctx, `DELETE FROM webhooks WHERE tenant_id = $1 AND id = $2`, tid, id)
	if err != nil {
		return err
	}
	if n, err := res.RowsAffected(); err != nil || n == 0 {
		return domain.NotFound("webhook")
	}
	return nil
}

// EnqueueWebhookDelivery writes one delivery to the webhook outbox. Call it
// inside the transaction of the event, so both land or neither.
func (s *Store) EnqueueWebhookDelivery(ctx context.Context, d *domain.WebhookDelivery) (err error) {
	defer domain.Wrap(&err, "store.EnqueueWebhookDelivery(%q)", d.Event)
	tid, err := tenant(ctx)
	if err != nil {
		return err
	}
	d.TenantID, d.CreatedAt, d.Status = tid, s.now(), domain.OutboxPending
	if d.NextAttemptAt.IsZero() {
		d.NextAttemptAt = d.CreatedAt
	}
	return translate(s.w.QueryRowContext(ctx, `INSERT INTO webhook_deliveries
		(tenant_id, webhook_id, event, url, secret, payload, status, attempts, next_attempt_at, created_at)
		VALUES ($1, $2, $3, $4, $5, $6, $7, 0, $8, $9) RETURNING id`,
		tid, d.WebhookID, d.Event, d.URL, d.Secret, d.Payload, d.Status, d.NextAttemptAt, d.CreatedAt).Scan(&d.ID))
}

// WebhookDeliveries lists the tenant's latest deliveries, newest first.
func (s *Store) WebhookDeliveries(ctx context.Context, limit int) (_ []domain.WebhookDelivery, err error) {
	defer domain.Wrap(&err, "store.WebhookDeliveries")
	tid, err := tenant(ctx)
	if err != nil {
		return nil, err
	}
	if limit <= 0 || limit > 200 {
		limit = 50
	}
	rows, err := s.r.QueryContext(ctx, `SELECT `+deliveryColumns+` FROM webhook_deliveries WHERE tenant_id = $1 ORDER BY id DESC LIMIT $2`, tid, limit)
	if err != nil {
		return nil, err
	}
	return scanDeliveries(rows)
}

const deliveryColumns = `id, tenant_id, webhook_id, event, url, secret, payload, status, attempts, next_attempt_at, last_error, created_at, sent_at`

func scanDelivery(row interface{ Scan(...any) error }) (domain.WebhookDelivery, error) {
	var d domain.WebhookDelivery
	err := row.Scan(&d.ID, &d.TenantID, &d.WebhookID, &d.Event, &d.URL, &d.Secret, &d.Payload, &d.Status, &d.Attempts,
		&d.NextAttemptAt, &d.LastError, &d.CreatedAt, &d.SentAt)
	return d, translate(err)
}

func scanDeliveries(rows interface {
	Next() bool
	Scan(...any) error
	Err() error
	Close() error
}) ([]domain.WebhookDelivery, error) {
	defer rows.Close()
	var out []domain.WebhookDelivery
	for rows.Next() {
		d, err := scanDelivery(rows)
		if err != nil {
			return nil, err
		}
		out = append(out, d)
	}
	return out, rows.Err()
}

// Now is the database's clock, for use cases that only hold a *Store.
func (s *Store) Now() time.Time { return s.now() }
