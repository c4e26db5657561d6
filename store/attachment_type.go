package store

import (
	"context"

	"github.com/matchpoint/matchpoint/domain"
)

const attachmentTypeColumns = `id, tenant_id, name, code, visible_professional, visible_hiring`

func scanAttachmentType(row interface{ Scan(...any) error }) (domain.AttachmentType, error) {
	var t domain.AttachmentType
	err := row.Scan(&t.ID, &t.TenantID, &t.Name, &t.Code, &t.VisibleProfessional, &t.VisibleHiring)
	return t, translate(err)
}

// AttachmentTypes lists the tenant's attachment types by name.
func (s *Store) AttachmentTypes(ctx context.Context) (_ []domain.AttachmentType, err error) {
	defer domain.Wrap(&err, "store.AttachmentTypes")
	tid, err := tenant(ctx)
	if err != nil {
		return nil, err
	}
	rows, err := s.r.QueryContext(ctx, `SELECT `+attachmentTypeColumns+` FROM attachment_types
		WHERE tenant_id = $1 ORDER BY lower(name), id`, tid)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []domain.AttachmentType
	for rows.Next() {
		t, err := scanAttachmentType(rows)
		if err != nil {
			return nil, err
		}
		out = append(out, t)
	}
	return out, rows.Err()
}

// AttachmentType returns one attachment type.
func (s *Store) AttachmentType(ctx context.Context, id domain.ID) (_ domain.AttachmentType, err error) {
	defer domain.Wrap(&err, "store.AttachmentType(%d)", id)
	tid, err := tenant(ctx)
	if err != nil {
		return domain.AttachmentType{}, err
	}
	return scanAttachmentType(s.r.QueryRowContext(ctx, `SELECT `+attachmentTypeColumns+` FROM attachment_types
		WHERE tenant_id = $1 AND id = $2`, tid, id))
}

// AttachmentTypeByCode returns the type the application relies on for code
// (CV, timesheet, privacy statements).
func (s *Store) AttachmentTypeByCode(ctx context.Context, code domain.AttachmentTypeCode) (_ domain.AttachmentType, err error) {
	defer domain.Wrap(&err, "store.AttachmentTypeByCode(%q)", code)
	tid, err := tenant(ctx)
	if err != nil {
		return domain.AttachmentType{}, err
	}
	return scanAttachmentType(s.r.QueryRowContext(ctx, `SELECT `+attachmentTypeColumns+` FROM attachment_types
		WHERE tenant_id = $1 AND code = $2 ORDER BY id LIMIT 1`, tid, code))
}

// SaveAttachmentType inserts (ID 0) or updates an attachment type.
func (s *Store) SaveAttachmentType(ctx context.Context, t *domain.AttachmentType) (err error) {
	defer domain.Wrap(&err, "store.SaveAttachmentType(%d)", t.ID)
	tid, err := tenant(ctx)
	if err != nil {
		return err
	}
	t.TenantID = tid
	if t.ID == 0 {
		return translate(s.w.QueryRowContext(ctx, `INSERT INTO attachment_types (tenant_id, name, code, visible_professional, visible_hiring)
			VALUES ($1, $2, $3, $4, $5) RETURNING id`, tid, t.Name, t.Code, t.VisibleProfessional, t.VisibleHiring).Scan(&t.ID))
	}
	return expectOne(s.w.ExecContext(ctx, `UPDATE attachment_types SET name = $1, code = $2, visible_professional = $3,
		visible_hiring = $4 WHERE tenant_id = $5 AND id = $6`, t.Name, t.Code, t.VisibleProfessional, t.VisibleHiring, tid, t.ID))
}
