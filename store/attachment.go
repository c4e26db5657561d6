package store

import (
	"context"

	"github.com/matchpoint/matchpoint/domain"
)

const attachmentColumns = `a.id, a.tenant_id, a.subject_kind, a.subject_id, a.type_id, a.file_name, a.content_type,
	a.size, a.uploaded_by, a.created_at, t.name`

const attachmentFrom = ` FROM attachments a
	JOIN attachment_types t ON t.tenant_id = a.tenant_id AND t.id = a.type_id`

func scanAttachment(row interface{ Scan(...any) error }) (domain.Attachment, error) {
	var a domain.Attachment
	err := row.Scan(&a.ID, &a.TenantID, &a.SubjectKind, &a.SubjectID, &a.TypeID, &a.FileName, &a.ContentType,
		&a.Size, &a.UploadedBy, &a.CreatedAt, &a.TypeName)
	return a, translate(err)
}

// CreateAttachment stores the metadata and the content of a file in one
// transaction; the subject must be a record of the tenant.
func (s *Store) CreateAttachment(ctx context.Context, a *domain.Attachment, content []byte) (err error) {
	defer domain.Wrap(&err, "store.CreateAttachment(%s %d)", a.SubjectKind, a.SubjectID)
	tid, err := tenant(ctx)
	if err != nil {
		return err
	}
	if err := s.checkSubject(ctx, tid, a.SubjectKind, a.SubjectID); err != nil {
		return err
	}
	a.TenantID, a.CreatedAt, a.Size = tid, s.now(), int64(len(content))
	if content == nil {
		content = []byte{}
	}
	return s.InTx(ctx, func(tx *Store) error {
		if err := tx.w.QueryRowContext(ctx, `INSERT INTO attachments (tenant_id, subject_kind, subject_id, type_id,
			file_name, content_type, size, uploaded_by, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id`,
			tid, a.SubjectKind, a.SubjectID, a.TypeID, a.FileName, a.ContentType, a.Size, a.UploadedBy, a.CreatedAt).Scan(&a.ID); err != nil {
			return translate(err)
		}
		_, err := tx.w.ExecContext(ctx, `INSERT INTO attachment_contents (tenant_id, attachment_id, content) VALUES ($1, $2, $3)`,
			tid, a.ID, content)
		return translate(err)
	})
}

// Attachments lists the attachments of one record, newest first.
func (s *Store) Attachments(ctx context.Context, kind domain.SubjectKind, subjectID domain.ID) (_ []domain.Attachment, err error) {
	defer domain.Wrap(&err, "store.Attachments(%s %d)", kind, subjectID)
	tid, err := tenant(ctx)
	if err != nil {
		return nil, err
	}
	if err := s.checkSubject(ctx, tid, kind, subjectID); err != nil {
		return nil, err
	}
	rows, err := s.r.QueryContext(ctx, `SELECT `+attachmentColumns+attachmentFrom+`
		WHERE a.tenant_id = $1 AND a.subject_kind = $2 AND a.subject_id = $3 ORDER BY a.created_at DESC, a.id DESC`,
		tid, kind, subjectID)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []domain.Attachment
	for rows.Next() {
		a, err := scanAttachment(rows)
		if err != nil {
			return nil, err
		}
		out = append(out, a)
	}
	return out, rows.Err()
}

// Attachment returns the metadata of one attachment.
func (s *Store) Attachment(ctx context.Context, id domain.ID) (_ domain.Attachment, err error) {
	defer domain.Wrap(&err, "store.Attachment(%d)", id)
	tid, err := tenant(ctx)
	if err != nil {
		return domain.Attachment{}, err
	}
	return scanAttachment(s.r.QueryRowContext(ctx, `SELECT `+attachmentColumns+attachmentFrom+
		` WHERE a.tenant_id = $1 AND a.id = $2`, tid, id))
}

// AttachmentContent returns the bytes of one attachment.
func (s *Store) AttachmentContent(ctx context.Context, id domain.ID) (_ []byte, err error) {
	defer domain.Wrap(&err, "store.AttachmentContent(%d)", id)
	tid, err := tenant(ctx)
	if err != nil {
		return nil, err
	}
	var content []byte
	err = s.r.QueryRowContext(ctx, `SELECT content FROM attachment_contents WHERE tenant_id = $1 AND attachment_id = $2`,
		tid, id).Scan(&content)
	if err != nil {
		return nil, translate(err)
	}
	if content == nil {
		content = []byte{}
	}
	return content, nil
}

// DeleteAttachment removes an attachment and its content.
func (s *Store) DeleteAttachment(ctx context.Context, id domain.ID) (err error) {
	defer domain.Wrap(&err, "store.DeleteAttachment(%d)", id)
	tid, err := tenant(ctx)
	if err != nil {
		return err
	}
	return s.InTx(ctx, func(tx *Store) error {
		if _, err := tx.w.ExecContext(ctx, `DELETE FROM attachment_contents WHERE tenant_id = $1 AND attachment_id = $2`, tid, id); err != nil {
			return translate(err)
		}
		return expectOne(tx.w.ExecContext(ctx, `DELETE FROM attachments WHERE tenant_id = $1 AND id = $2`, tid, id))
	})
}
