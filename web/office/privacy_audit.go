package office

import (
	"net/http"

	"github.com/matchpoint/matchpoint/domain"
)

// auditView logs that the signed-in recruiter saw a candidate's personal data
// (F4): who, what, when, from where.
func (a *App) auditView(r *http.Request, candidateID domain.ID, detail string) error {
	u := user(r.Context())
	return a.Store.Audit(r.Context(), domain.AuditEntry{ActorKind: domain.AudienceOffice, ActorID: u.ID, ActorName: u.Name,
		Action: "view", ObjectKind: string(domain.SubjectCandidate), ObjectID: candidateID, Detail: detail, RemoteAddr: r.RemoteAddr})
}

// auditDownload logs that the signed-in recruiter downloaded a file (F4); a
// candidate's file is logged on the candidate, so its export lists it.
func (a *App) auditDownload(r *http.Request, att domain.Attachment) error {
	u := user(r.Context())
	kind, id := string(att.SubjectKind), att.SubjectID
	return a.Store.Audit(r.Context(), domain.AuditEntry{ActorKind: domain.AudienceOffice, ActorID: u.ID, ActorName: u.Name,
		Action: "download", ObjectKind: kind, ObjectID: id, Detail: "attachment " + att.FileName, RemoteAddr: r.RemoteAddr})
}

// auditAction logs a change the recruiter made to a candidate's privacy state.
func (a *App) auditAction(r *http.Request, candidateID domain.ID, action, detail string) error {
	u := user(r.Context())
	return a.Store.Audit(r.Context(), domain.AuditEntry{ActorKind: domain.AudienceOffice, ActorID: u.ID, ActorName: u.Name,
		Action: action, ObjectKind: string(domain.SubjectCandidate), ObjectID: candidateID, Detail: detail, RemoteAddr: r.RemoteAddr})
}
