package service

import (
	"context"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/store"
)

// auditContactView logs that contact c saw candidate candidateID's record in
// the Hiring Portal (F4): who, what, when. It is logged on the candidate, so
// the candidate's export lists it.
func auditContactView(ctx context.Context, st *store.Store, c domain.Contact, candidateID domain.ID, detail string) error {
	who := contactActor(c)
	return st.Audit(ctx, domain.AuditEntry{ActorKind: who.Kind, ActorID: who.ID, ActorName: who.Name,
		Action: "view", ObjectKind: string(domain.SubjectCandidate), ObjectID: candidateID, Detail: detail})
}

// auditContactDownload logs that a contact, who, downloaded attachment a
// (F4); the download is logged on the record the file belongs to (a
// candidate's file on the candidate, a receipt on its timesheet).
func auditContactDownload(ctx context.Context, st *store.Store, who store.Actor, a domain.Attachment) error {
	return st.Audit(ctx, domain.AuditEntry{ActorKind: who.Kind, ActorID: who.ID, ActorName: who.Name,
		Action: "download", ObjectKind: string(a.SubjectKind), ObjectID: a.SubjectID, Detail: "attachment " + a.FileName})
}
