package api

import (
	"net/http"

	"github.com/matchpoint/matchpoint/store"
	"github.com/matchpoint/matchpoint/web/kit"
)

// auditReads records that an integration read persons' records (F4): the
// reads and lists of candidates and contacts, logged as the token's actor.
func (a *App) auditReads(r *http.Request, pattern string, reads []store.Read) error {
	return a.Svc.AuditReads(r.Context(), actor(r), kit.ClientAddr(r), pattern, reads)
}
