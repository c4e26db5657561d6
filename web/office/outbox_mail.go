package office

import (
	"net/http"
	"time"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/web/kit"
)

type outboxMailView struct {
	kit.Page
	M   domain.Mail
	Now time.Time
}

// outboxMail shows one mail of the agency's outbox as its recipient reads it.
func (a *App) outboxMail(w http.ResponseWriter, r *http.Request) error {
	id, err := kit.PathID(r, "id")
	if err != nil {
		return err
	}
	m, err := a.Store.Mail(r.Context(), id)
	if err != nil {
		return err
	}
	return a.Render(w, http.StatusOK, "outbox_mail", outboxMailView{Page: a.Page(r, "outbox.mail"), M: m, Now: a.DB.Now()})
}
