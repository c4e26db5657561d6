package portal

import (
	"net/http"

	"github.com/matchpoint/matchpoint/store"
	"github.com/matchpoint/matchpoint/web/account"
	"github.com/matchpoint/matchpoint/web/kit"
)

// auditReads records who saw which person's record on a page (F4); the
// surface's own person reading its own record is not logged.
func (a *App) auditReads(r *http.Request, pattern string, reads []store.Read) error {
	acct := account.Current(r.Context())
	if acct.ID == 0 {
		return nil // an anonymous page: sign-in, set-password
	}
	return a.Service.AuditReads(r.Context(), store.Actor{Kind: acct.Audience, ID: acct.ID, Name: acct.Name}, kit.ClientAddr(r), pattern, reads)
}
