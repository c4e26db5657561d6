package service

import (
	"context"
	"crypto/rand"
	"encoding/json"
	"fmt"
	"strings"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/store"
)

// WebhookEnvelope is the JSON body of every webhook delivery (G1).
type WebhookEnvelope struct {
	ID        string `json:"id"` // the same for every URL the event goes to
	Event     string `json:"event"`
	CreatedAt string `json:"created_at"` // RFC 3339, UTC
	Data      any    `json:"data"`
}

// EnqueueWebhook writes a delivery of event with payload to every webhook
// the tenant registered for it, through tx: call it inside the transaction
// of the change that is the event, so the event and its deliveries land
// together or not at all. Without webhooks for the event it does nothing.
func EnqueueWebhook(ctx context.Context, tx *store.Store, event string, payload any) (err error) {
	defer domain.Wrap(&err, "service.EnqueueWebhook(%q)", event)
	hooks, err := tx.Webhooks(ctx, event)
	if err != nil || len(hooks) == 0 {
		return err
	}
	body, err := json.Marshal(WebhookEnvelope{ID: rand.Text(), Event: event,
		CreatedAt: tx.Now().Format("2006-01-02T15:04:05.000000Z07:00"), Data: payload})
	if err != nil {
		return fmt.Errorf("payload: %w", err)
	}
	for _, h := range hooks {
		d := domain.WebhookDelivery{WebhookID: h.ID, Event: event, URL: h.URL, Secret: h.Secret, Payload: string(body)}
		if err := tx.EnqueueWebhookDelivery(ctx, &d); err != nil {
			return err
		}
	}
	return nil
}

// CreateWebhook registers url for event in the context's tenant with a new
// signing secret (G1). Unless WebhooksAllowPrivate, a URL whose host is a
// private address or 'localhost' is refused; names are checked again at
// delivery, when they are resolved.
func (s *Service) CreateWebhook(ctx context.Context, event, url string, by domain.User) (_ domain.Webhook, err error) {
	defer domain.Wrap(&err, "service.CreateWebhook")
	w := domain.Webhook{Event: event, URL: strings.TrimSpace(url), Secret: "whsec_" + rand.Text()}
	if err := w.Validate(); err != nil {
		return domain.Webhook{}, err
	}
	if !s.WebhooksAllowPrivate {
		if err := domain.CheckWebhookTarget(w.URL); err != nil {
			return domain.Webhook{}, err
		}
	}
	err = s.store().InTx(ctx, func(tx *store.Store) error {
		if err := tx.CreateWebhook(ctx, &w); err != nil {
			return err
		}
		return tx.Audit(ctx, domain.AuditEntry{ActorKind: domain.AudienceOffice, ActorID: by.ID, ActorName: by.Name,
			Action: "webhook_create", ObjectKind: "webhook", ObjectID: w.ID, Detail: w.Event + " " + w.URL})
	})
	return w, err
}
