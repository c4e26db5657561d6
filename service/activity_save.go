package service

import (
	"context"
	"strconv"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/store"
)

// AddNote adds a recruiter's note to the activity of a record (A4), audited
// on the record.
func (s *Service) AddNote(ctx context.Context, by store.Actor, n *domain.Note) (err error) {
	defer domain.Wrap(&err, "service.AddNote")
	n.AuthorKind, n.AuthorID, n.AuthorName = by.Kind, by.ID, by.Name
	if n.Status == "" {
		n.Status = domain.NoteNormal
	}
	if err := n.Validate(); err != nil {
		return err
	}
	return s.inTx(ctx, func(tx *store.Store) error {
		if err := tx.CreateNote(ctx, n); err != nil {
			return err
		}
		return auditRecord(ctx, tx, by, string(n.SubjectKind), n.SubjectID, "update", "note "+strconv.FormatInt(n.ID, 10)+" added")
	})
}

// OpenNote returns a note in full for a recruiter; opening a new portal
// message is what makes it read (E11), in the same transaction.
func (s *Service) OpenNote(ctx context.Context, by store.Actor, id domain.ID) (n domain.Note, err error) {
	defer domain.Wrap(&err, "service.OpenNote(%d)", id)
	err = s.inTx(ctx, func(tx *store.Store) error {
		if err := tx.MarkNoteRead(ctx, id); err != nil {
			return err
		}
		n, err = tx.Note(ctx, id)
		return err
	})
	return n, err
}

// AddAttachment stores a file on a record (A1), audited as an upload on
// the record. The caller has checked the file (upload.Read).
func (s *Service) AddAttachment(ctx context.Context, by store.Actor, att *domain.Attachment, content []byte) (err error) {
	defer domain.Wrap(&err, "service.AddAttachment")
	att.UploadedBy = by.Name
	var text *domain.AttachmentText
	if att.SubjectKind == domain.SubjectCandidate {
		cv, err := isCVType(ctx, s.store(), att.TypeID)
		if err != nil {
			return err
		}
		if cv {
			t := s.readCVText(ctx, content)
			text = &t
		}
	}
	return s.audited(ctx, by, string(att.SubjectKind), "upload", "attachment "+att.FileName, func(tx *store.Store) (domain.ID, error) {
		if err := tx.CreateAttachment(ctx, att, content); err != nil {
			return 0, err
		}
		return att.SubjectID, saveCVText(ctx, tx, *att, text)
	})
}

// DownloadAttachment returns a file and its content for a recruiter; every
// download is logged (F4), on the record the file belongs to, so a
// candidate's export lists who downloaded its files.
func (s *Service) DownloadAttachment(ctx context.Context, by store.Actor, id domain.ID) (_ domain.Attachment, _ []byte, err error) {
	defer domain.Wrap(&err, "service.DownloadAttachment(%d)", id)
	st := s.store()
	meta, err := st.Attachment(ctx, id)
	if err != nil {
		return domain.Attachment{}, nil, err
	}
	content, err := st.AttachmentContent(ctx, id)
	if err != nil {
		return domain.Attachment{}, nil, err
	}
	if err := auditRecord(ctx, st, by, string(meta.SubjectKind), meta.SubjectID, "download", "attachment "+meta.FileName); err != nil {
		return domain.Attachment{}, nil, err
	}
	return meta, content, nil
}

// DeleteAttachment removes a file from its record, audited on the record,
// and returns what it was.
func (s *Service) DeleteAttachment(ctx context.Context, by store.Actor, id domain.ID) (meta domain.Attachment, err error) {
	defer domain.Wrap(&err, "service.DeleteAttachment(%d)", id)
	err = s.inTx(ctx, func(tx *store.Store) error {
		if meta, err = tx.Attachment(ctx, id); err != nil {
			return err
		}
		if err := tx.DeleteAttachment(ctx, id); err != nil {
			return err
		}
		return auditRecord(ctx, tx, by, string(meta.SubjectKind), meta.SubjectID, "update", "attachment "+meta.FileName+" deleted")
	})
	return meta, err
}
