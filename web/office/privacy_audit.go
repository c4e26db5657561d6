package office

import (
	"net/http"

	"github.com/matchpoint/matchpoint/domain"
)

// auditObjectUser is the audit log's object kind for a recruiter's account.
const auditObjectUser = "user"

// auditView logs that the signed-in recruiter saw a candidate's personal data
// (F4).
func (a *App) auditView(r *http.Request, candidateID domain.ID, detail string) error {
	return a.Svc.AuditView(r.Context(), actor(r), candidateID, detail)
}
