package office

import (
	"net/http"

	"github.com/matchpoint/matchpoint/store"
	"github.com/matchpoint/matchpoint/web/kit"
)

// auditReads records who saw which person's record on a page (F4): every
// candidate or contact a back-office page read, the edit forms and lists
// included.
func (a *App) auditReads(r *http.Request, pattern string, reads []store.Read) error {
	if user(r.Context()).ID == 0 {
		return nil // the sign-in pages
	}
	return a.Svc.AuditReads(r.Context(), actor(r), kit.ClientAddr(r), pattern, reads)
}
