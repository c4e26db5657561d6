package office

import (
	"net/http"
	"time"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/web/kit"
)

type outboxListView struct {
	kit.Page
	Mails []domain.Mail
	Pager Pager
	Now   time.Time // to tell a stale claim (a worker that stopped) from a live one
}

// outboxList shows the agency's outbox, newest first, with where each mail
// stands (G2). Without an SMTP server mails stay here, pending and readable.
func (a *App) outboxList(w http.ResponseWriter, r *http.Request) error {
	v := outboxListView{Page: a.Page(r, "outbox.title"), Pager: Pager{Page: kit.PageIndex(r) + 1}, Now: a.DB.Now()}
	var err error
	if v.Mails, v.Pager.More, err = a.Store.Mails(r.Context(), pageSize, (v.Pager.Page-1)*pageSize); err != nil {
		return err
	}
	return a.Render(w, http.StatusOK, "outbox", v)
}
