package office

import (
	"net/http"
	"strconv"
	"time"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/service"
	"github.com/matchpoint/matchpoint/web/kit"
)

type outboxMailView struct {
	kit.Page
	M   service.OutboxMail
	Now time.Time // to show a stale claim
}

// outboxMail shows one mail of the agency's outbox as its recipient reads
// it, its secret links masked.
func (a *App) outboxMail(w http.ResponseWriter, r *http.Request) error {
	id, err := kit.PathID(r, "id")
	if err != nil {
		return err
	}
	m, err := a.Svc.OutboxMail(r.Context(), actor(r), id)
	if err != nil {
		return err
	}
	return a.Render(w, http.StatusOK, "outbox_mail", outboxMailView{Page: a.Page(r, "outbox.mail"), M: m, Now: a.DB.Now()})
}

// outboxReveal shows a mail with its secret link, where the rule allows
// (trial mode, not another admin's mail); the showing is audited.
func (a *App) outboxReveal(w http.ResponseWriter, r *http.Request) error {
	id, err := kit.PathID(r, "id")
	if err != nil {
		return err
	}
	if _, err := kit.NewForm(r); err != nil {
		return err
	}
	m, err := a.Svc.RevealMailSecret(r.Context(), actor(r), id)
	if domain.KindOf(err) == domain.KindConflict {
		return kit.Redirect(w, r, "/office/outbox/"+strconv.FormatInt(id, 10)+"?flash="+domain.KeyOf(err))
	}
	if err != nil {
		return err
	}
	return a.Render(w, http.StatusOK, "outbox_mail", outboxMailView{Page: a.Page(r, "outbox.mail"), M: m, Now: a.DB.Now()})
}
