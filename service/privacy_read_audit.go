package service

import (
	"context"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/store"
)

// AuditReads records that actor saw the records of reads (F4): one "view"
// entry per person, with what (the page or API route) and from where, in
// one statement. A person reading its own record (a candidate in the
// portal, a contact in the Hiring Portal) is not logged.
func (s *Service) AuditReads(ctx context.Context, actor store.Actor, addr, what string, reads []store.Read) (err error) {
	defer domain.Wrap(&err, "service.AuditReads(%s)", what)
	var entries []domain.AuditEntry
	for _, r := range reads {
		if ownRecord(actor, r) {
			continue
		}
		entries = append(entries, domain.AuditEntry{ActorKind: actor.Kind, ActorID: actor.ID, ActorName: actor.Name,
			Action: "view", ObjectKind: string(r.Kind), ObjectID: r.ID, Detail: what, RemoteAddr: addr})
	}
	if len(entries) == 0 {
		return nil
	}
	return s.store().AuditMany(ctx, entries)
}

// ownRecord reports whether r is the actor's own record.
func ownRecord(actor store.Actor, r store.Read) bool {
	switch actor.Kind {
	case domain.AudiencePortal:
		return r.Kind == domain.SubjectCandidate && r.ID == actor.ID
	case domain.AudienceHiring:
		return r.Kind == domain.SubjectContact && r.ID == actor.ID
	}
	return false
}

// LogAuditExport records that actor exported the audit log with the filter
// query (F4): reading the log is a read of everyone's data in it.
func (s *Service) LogAuditExport(ctx context.Context, actor store.Actor, filter string) error {
	return auditCandidate(ctx, s.store(), actor, "audit_export", "settings", 0, filter)
}

// AuditView records that actor saw a candidate's personal data on a page
// that logs its view itself (F4): detail names the page.
func (s *Service) AuditView(ctx context.Context, actor store.Actor, candidateID domain.ID, detail string) error {
	return auditCandidate(ctx, s.store(), actor, "view", domain.SubjectCandidate, candidateID, detail)
}

// AuditExportDownload records that actor downloaded the privacy export e
// (F4).
func (s *Service) AuditExportDownload(ctx context.Context, actor store.Actor, e domain.PrivacyExport) error {
	return auditCandidate(ctx, s.store(), actor, "download", domain.SubjectCandidate, e.CandidateID, "export "+e.FileName)
}
