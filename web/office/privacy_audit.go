package office

import (
	"net/http"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/store"
	"github.com/matchpoint/matchpoint/web/kit"
)

// auditObjectUser is the audit log's object kind for a recruiter's account.
const auditObjectUser = "user"

// auditEntry logs, through st, that the signed-in recruiter did action to the
// object (F4): who, what, when, from where. Never a password in detail.
func auditEntry(r *http.Request, st *store.Store, kind string, id domain.ID, action, detail string) error {
	u := user(r.Context())
	return st.Audit(r.Context(), domain.AuditEntry{ActorKind: domain.AudienceOffice, ActorID: u.ID, ActorName: u.Name,
		Action: action, ObjectKind: kind, ObjectID: id, Detail: detail, RemoteAddr: kit.ClientAddr(r)})
}

// audited stores a change to a person's data and its audit entry in one
// transaction (F4): the change is logged if and only if it is kept. change
// returns the changed record's id, known only afterwards for a new one.
func (a *App) audited(r *http.Request, kind, action, detail string, change func(tx *store.Store) (domain.ID, error)) error {
	return a.Store.InTx(r.Context(), func(tx *store.Store) error {
		id, err := change(tx)
		if err != nil {
			return err
		}
		return auditEntry(r, tx, kind, id, action, detail)
	})
}

// auditView logs that the signed-in recruiter saw a candidate's personal data
// (F4).
func (a *App) auditView(r *http.Request, candidateID domain.ID, detail string) error {
	return auditEntry(r, a.Store, string(domain.SubjectCandidate), candidateID, "view", detail)
}
