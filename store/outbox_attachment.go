package store

import (
	"context"

	"github.com/matchpoint/matchpoint/domain"
)

// AttachToMail sends attachments of the tenant with a mail of its outbox,
// in the given order. Call it in the transaction that enqueued the mail.
func (s *Store) AttachToMail(ctx context.Context, mailID domain.ID, attachmentIDs ...domain.ID) (err error) {
	defer domain.Wrap(&err, "store.AttachToMail(%d)", mailID)
	tid, err := tenant(ctx)
	if err != nil {
		return err
	}
	for i, id := range attachmentIDs {
		if _, err := s.w.ExecContext(ctx, `INSERT INTO outbox_attachments (tenant_id, mail_id, attachment_id, position)
			VALUES ($1, $2, $3, $4)`, tid, mailID, id, i); err != nil {
			return translate(err)
		}
	}
	return nil
}

// MailAttachments loads the files a mail carries, for delivery. Like the
// other worker methods it hangs off *DB and takes the mail's tenant
// explicitly, because one worker delivers every agency's mail.
func (db *DB) MailAttachments(ctx context.Context, tenantID, mailID domain.ID) (_ []domain.MailAttachment, err error) {
	defer domain.Wrap(&err, "store.MailAttachments(%d)", mailID)
	rows, err := db.read.QueryContext(ctx, `SELECT a.file_name, a.content_type, c.content FROM outbox_attachments o
		JOIN attachments a ON a.tenant_id = o.tenant_id AND a.id = o.attachment_id
		JOIN attachment_contents c ON c.tenant_id = o.tenant_id AND c.attachment_id = o.attachment_id
		WHERE o.tenant_id = $1 AND o.mail_id = $2 ORDER BY o.position`, tenantID, mailID)
	if err != nil {
		return nil, translate(err)
	}
	defer rows.Close()
	var out []domain.MailAttachment
	for rows.Next() {
		var a domain.MailAttachment
		if err := rows.Scan(&a.FileName, &a.ContentType, &a.Content); err != nil {
			return nil, err
		}
		out = append(out, a)
	}
	return out, rows.Err()
}
