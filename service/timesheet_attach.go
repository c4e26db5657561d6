package service

import (
	"context"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/store"
	"github.com/matchpoint/matchpoint/upload"
)

// AttachToTimesheet stores a file (an expense receipt, for example) on the
// candidate's timesheet of a week, with the attachment type whose code is
// 'timesheet' (D3). The file goes through the same checks as in the back
// office: size limit, a type sniffed from the content, a clean name. Files
// can be added while the timesheet can be edited (draft or rejected), so
// what a contact approves does not change under it; the draft is created
// when the week has none yet.
func (s *Service) AttachToTimesheet(ctx context.Context, who store.Actor, placementID domain.ID, year, week int, fileName string, content []byte) (_ domain.Attachment, err error) {
	defer domain.Wrap(&err, "service.AttachToTimesheet(%d, %d-W%02d)", placementID, year, week)
	if who.Kind != domain.AudiencePortal {
		return domain.Attachment{}, domain.NotFound("placement")
	}
	var a domain.Attachment
	err = s.store().InTx(ctx, func(tx *store.Store) error {
		w, err := s.timesheetWeek(ctx, tx, who, placementID, year, week)
		if err != nil {
			return err
		}
		if !w.Editable {
			return lockedError(w.Timesheet.Status)
		}
		f, refusal := upload.Check(fileName, content, 0)
		if refusal != upload.Accepted {
			return &domain.ValidationError{Fields: domain.FieldErrors{"file": refusal.Key()}}
		}
		typ, err := tx.AttachmentTypeByCode(ctx, domain.TypeCodeTimesheet)
		if domain.KindOf(err) == domain.KindNotFound {
			return &domain.Error{Kind: domain.KindInvalid, Key: "timesheet.error.no_attachment_type", Err: err}
		}
		if err != nil {
			return err
		}
		t, err := tx.EnsureTimesheet(ctx, placementID, year, week)
		if err != nil {
			return err
		}
		ok, err := tx.TouchEditableTimesheet(ctx, t.ID)
		if err != nil {
			return err
		}
		if !ok {
			return lockedError(t.Status)
		}
		a = domain.Attachment{SubjectKind: domain.SubjectTimesheet, SubjectID: t.ID, TypeID: typ.ID, FileName: f.Name,
			ContentType: f.ContentType, UploadedBy: who.Name}
		if err := tx.CreateAttachment(ctx, &a, content); err != nil {
			return err
		}
		a.TypeName = typ.Name
		return tx.Audit(ctx, domain.AuditEntry{ActorKind: who.Kind, ActorID: who.ID, ActorName: who.Name, Action: "create",
			ObjectKind: "attachment", ObjectID: a.ID, Detail: "timesheet " + weekLabel(year, week)})
	})
	return a, err
}
