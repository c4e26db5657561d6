package service

import (
	"context"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/store"
)

// PortalTimesheetFile returns a file of one of the candidate's own
// timesheets and its content, for download (D3): its receipts and files of
// a portal-visible type. Any other id — another candidate's receipt, a file
// on a candidate or company, an internal file, an erased candidate's — is
// not found, whatever the id (B5). The download is logged (F4).
func (s *Service) PortalTimesheetFile(ctx context.Context, who store.Actor, id domain.ID) (_ domain.Attachment, _ []byte, err error) {
	defer domain.Wrap(&err, "service.PortalTimesheetFile(%d)", id)
	st := s.store()
	a, _, _, err := s.portalTimesheetFile(ctx, st, who, id)
	if err != nil {
		return domain.Attachment{}, nil, err
	}
	content, err := st.AttachmentContent(ctx, id)
	if err != nil {
		return domain.Attachment{}, nil, err
	}
	if err := auditPortal(ctx, st, who, "portal_receipt_download", idText(id)); err != nil {
		return domain.Attachment{}, nil, err
	}
	return a, content, nil
}

// RemoveTimesheetReceipt deletes one of the candidate's receipts while its
// timesheet can still be edited (D3, D6); it returns the timesheet, so the
// caller can go back to its week. A sent or approved timesheet keeps its
// files; a file that is no receipt of the candidate's is not found.
func (s *Service) RemoveTimesheetReceipt(ctx context.Context, who store.Actor, id domain.ID) (_ domain.Timesheet, err error) {
	defer domain.Wrap(&err, "service.RemoveTimesheetReceipt(%d)", id)
	var t domain.Timesheet
	err = s.store().InTx(ctx, func(tx *store.Store) error {
		a, typ, ts, err := s.portalTimesheetFile(ctx, tx, who, id)
		if err != nil {
			return err
		}
		t = ts
		if typ.Code != domain.TypeCodeTimesheet {
			return domain.NotFound("receipt")
		}
		if !domain.CandidateMayRemoveTimesheetFile(typ, ts.Status) {
			return lockedError(ts.Status)
		}
		// Like a save, the removal first marks the timesheet changed while it
		// is editable, so a submit racing it cannot send a half-changed one.
		ok, err := tx.TouchEditableTimesheet(ctx, ts.ID)
		if err != nil {
			return err
		}
		if !ok {
			now, err := tx.Timesheet(ctx, ts.ID)
			if err != nil {
				return err
			}
			return lockedError(now.Status)
		}
		if err := tx.DeleteAttachment(ctx, a.ID); err != nil {
			return err
		}
		return tx.Audit(ctx, domain.AuditEntry{ActorKind: who.Kind, ActorID: who.ID, ActorName: who.Name, Action: "portal_receipt_delete",
			ObjectKind: "attachment", ObjectID: a.ID, Detail: "timesheet " + weekLabel(ts.Year, ts.Week) + " " + a.FileName})
	})
	return t, err
}

// portalTimesheetFile loads an attachment for a candidate with its type and
// timesheet, after every check of PortalTimesheetFile; each miss is the same
// not found, so an id tells nothing about what it names.
func (s *Service) portalTimesheetFile(ctx context.Context, st *store.Store, who store.Actor, id domain.ID) (domain.Attachment, domain.AttachmentType, domain.Timesheet, error) {
	if who.Kind != domain.AudiencePortal {
		return timesheetFileMiss(nil)
	}
	c, err := st.Candidate(ctx, who.ID)
	if err != nil {
		return timesheetFileMiss(err)
	}
	if c.AnonymisedAt != nil {
		return timesheetFileMiss(nil)
	}
	return s.timesheetFile(ctx, st, who, id)
}

// timesheetFile loads attachment id with its type and timesheet when it is
// a file of a timesheet who sees (timesheetFor) and of a type who sees on
// it (seesTimesheetFile); each miss is the same not found.
func (s *Service) timesheetFile(ctx context.Context, st *store.Store, who store.Actor, id domain.ID) (domain.Attachment, domain.AttachmentType, domain.Timesheet, error) {
	a, err := st.Attachment(ctx, id)
	if err != nil {
		return timesheetFileMiss(err)
	}
	if a.SubjectKind != domain.SubjectTimesheet {
		return timesheetFileMiss(nil)
	}
	t, _, _, err := s.timesheetFor(ctx, st, who, a.SubjectID)
	if err != nil {
		return timesheetFileMiss(err)
	}
	typ, err := st.AttachmentType(ctx, a.TypeID)
	if err != nil {
		return timesheetFileMiss(err)
	}
	if !seesTimesheetFile(who.Kind, typ) {
		return timesheetFileMiss(nil)
	}
	return a, typ, t, nil
}

// timesheetFileMiss turns a miss (nil or any not found) into one and the
// same not found; any other error stays what it is.
func timesheetFileMiss(err error) (domain.Attachment, domain.AttachmentType, domain.Timesheet, error) {
	if err == nil || domain.KindOf(err) == domain.KindNotFound {
		return domain.Attachment{}, domain.AttachmentType{}, domain.Timesheet{}, domain.NotFound("attachment")
	}
	return domain.Attachment{}, domain.AttachmentType{}, domain.Timesheet{}, err
}

// seesTimesheetFile says whether who of kind sees a file of type t on a
// timesheet it sees: a recruiter every file, a candidate its receipts and
// the types of the Professional Portal (D3, C4), a contact the receipts and
// the types of the Hiring Portal (D4, E10); anyone else none.
func seesTimesheetFile(kind domain.Audience, t domain.AttachmentType) bool {
	switch kind {
	case domain.AudienceOffice:
		return true
	case domain.AudiencePortal:
		return domain.CandidateSeesTimesheetFile(t)
	case domain.AudienceHiring:
		return domain.ContactSeesTimesheetFile(t)
	}
	return false
}

// visibleTimesheetFiles keeps the files of a timesheet that who of kind
// sees (seesTimesheetFile), in the order given.
func visibleTimesheetFiles(ctx context.Context, st *store.Store, kind domain.Audience, all []domain.Attachment) ([]domain.Attachment, error) {
	if len(all) == 0 || kind == domain.AudienceOffice {
		return all, nil
	}
	types, err := st.AttachmentTypes(ctx)
	if err != nil {
		return nil, err
	}
	seen := make(map[domain.ID]bool, len(types))
	for _, t := range types {
		seen[t.ID] = seesTimesheetFile(kind, t)
	}
	var out []domain.Attachment
	for _, a := range all {
		if seen[a.TypeID] {
			out = append(out, a)
		}
	}
	return out, nil
}
