package office

import (
	"net/http"
	"time"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/web/kit"
)

// webhooksView lists the agency's webhooks per event and the latest
// deliveries (G1).
type webhooksView struct {
	kit.Page
	Hooks      []domain.Webhook
	Deliveries []domain.WebhookDelivery
	Events     []kit.Option
	Input      domain.Webhook
	Now        time.Time // to show stale claims
}

const webhooksPath = "/office/settings/webhooks"

func (a *App) webhooksPage(w http.ResponseWriter, r *http.Request, status int, in domain.Webhook, errs domain.FieldErrors) error {
	v := webhooksView{Page: a.Page(r, "api.webhooks.title"), Input: in, Now: a.DB.Now()}
	if errs != nil {
		v.Errors = errs
	}
	for _, e := range domain.WebhookEvents {
		v.Events = append(v.Events, kit.Option{Value: e, Label: e})
	}
	var err error
	if v.Hooks, err = a.Store.Webhooks(r.Context(), ""); err != nil {
		return err
	}
	if v.Deliveries, err = a.Store.WebhookDeliveries(r.Context(), 20); err != nil {
		return err
	}
	return a.Render(w, status, "settings_webhooks", v)
}

func (a *App) webhooks(w http.ResponseWriter, r *http.Request) error {
	return a.webhooksPage(w, r, http.StatusOK, domain.Webhook{}, nil)
}

func (a *App) webhookCreate(w http.ResponseWriter, r *http.Request) error {
	f, err := kit.NewForm(r)
	if err != nil {
		return err
	}
	in := domain.Webhook{Event: f.String("event"), URL: f.String("url")}
	if _, err := a.Svc.CreateWebhook(r.Context(), in.Event, in.URL, user(r.Context())); err != nil {
		if !kit.Invalid(err) {
			return err
		}
		_ = f.Check(err)
		return a.webhooksPage(w, r, http.StatusUnprocessableEntity, in, f.Errors)
	}
	return kit.Redirect(w, r, webhooksPath+"?flash=flash.saved")
}

func (a *App) webhookDelete(w http.ResponseWriter, r *http.Request) error {
	id, err := kit.PathID(r, "id")
	if err != nil {
		return err
	}
	if err := a.Svc.DeleteWebhook(r.Context(), actor(r), id); err != nil {
		return err
	}
	return kit.Redirect(w, r, webhooksPath+"?flash=api.webhooks.deleted")
}
