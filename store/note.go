package store

import (
	"context"

	"github.com/matchpoint/matchpoint/domain"
)

const noteColumns = `id, tenant_id, subject_kind, subject_id, author_kind, author_id, author_name, status,
	subject, body, internal, created_at, read_at`

func scanNote(row interface{ Scan(...any) error }) (domain.Note, error) {
	var n domain.Note
	err := row.Scan(&n.ID, &n.TenantID, &n.SubjectKind, &n.SubjectID, &n.AuthorKind, &n.AuthorID, &n.AuthorName,
		&n.Status, &n.Subject, &n.Body, &n.Internal, &n.CreatedAt, &n.ReadAt)
	return n, translate(err)
}

// CreateNote adds a note to the activity of a record of the tenant.
func (s *Store) CreateNote(ctx context.Context, n *domain.Note) (err error) {
	defer domain.Wrap(&err, "store.CreateNote(%s %d)", n.SubjectKind, n.SubjectID)
	tid, err := tenant(ctx)
	if err != nil {
		return err
	}
	if err := s.checkSubject(ctx, tid, n.SubjectKind, n.SubjectID); err != nil {
		return err
	}
	if n.Status == "" {
		n.Status = domain.NoteNormal
	}
	n.TenantID, n.CreatedAt = tid, s.now()
	return translate(s.w.QueryRowContext(ctx, `INSERT INTO notes (tenant_id, subject_kind, subject_id, author_kind, author_id,
		author_name, status, subject, body, internal, created_at, read_at)
		VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) RETURNING id`,
		tid, n.SubjectKind, n.SubjectID, n.AuthorKind, n.AuthorID, n.AuthorName, n.Status, n.Subject, n.Body,
		n.Internal, n.CreatedAt, n.ReadAt).Scan(&n.ID))
}

// Note returns one note.
func (s *Store) Note(ctx context.Context, id domain.ID) (_ domain.Note, err error) {
	defer domain.Wrap(&err, "store.Note(%d)", id)
	tid, err := tenant(ctx)
	if err != nil {
		return domain.Note{}, err
	}
	return scanNote(s.r.QueryRowContext(ctx, `SELECT `+noteColumns+` FROM notes WHERE tenant_id = $1 AND id = $2`, tid, id))
}

// Notes lists the activity of one record, newest first, at most limit notes
// (50 when limit is not positive).
func (s *Store) Notes(ctx context.Context, kind domain.SubjectKind, subjectID domain.ID, limit int) (_ []domain.Note, err error) {
	defer domain.Wrap(&err, "store.Notes(%s %d)", kind, subjectID)
	tid, err := tenant(ctx)
	if err != nil {
		return nil, err
	}
	if err := s.checkSubject(ctx, tid, kind, subjectID); err != nil {
		return nil, err
	}
	if limit <= 0 || limit > 500 {
		limit = 50
	}
	notes, _, err := s.queryNotes(ctx, limit, `SELECT `+noteColumns+` FROM notes
		WHERE tenant_id = $1 AND subject_kind = $2 AND subject_id = $3 ORDER BY created_at DESC, id DESC LIMIT $4`,
		tid, kind, subjectID, limit)
	return notes, err
}

// MarkNoteRead turns a new portal message into a read one, recording when
// (E11). Any other note is left as it is.
func (s *Store) MarkNoteRead(ctx context.Context, id domain.ID) (err error) {
	defer domain.Wrap(&err, "store.MarkNoteRead(%d)", id)
	tid, err := tenant(ctx)
	if err != nil {
		return err
	}
	res, err := s.w.ExecContext(ctx, `UPDATE notes SET status = $1, read_at = $2
		WHERE tenant_id = $3 AND id = $4 AND status = $5`,
		domain.NotePortalMessageRead, s.now(), tid, id, domain.NotePortalMessageNew)
	if err != nil {
		return translate(err)
	}
	if n, err := res.RowsAffected(); err != nil || n > 0 {
		return err
	}
	_, err = s.Note(ctx, id) // not found stays not found
	return err
}

// PortalMessageFilter selects portal messages (E11) for the back office's
// 'Portal messages' dashboard and report.
type PortalMessageFilter struct {
	Status domain.NoteStatus // NotePortalMessageNew, NotePortalMessageRead, or "" for both
	Limit  int
	Offset int
}

// PortalMessages lists portal messages, newest first; more reports whether a
// next page exists.
func (s *Store) PortalMessages(ctx context.Context, f PortalMessageFilter) (_ []domain.Note, more bool, err error) {
	defer domain.Wrap(&err, "store.PortalMessages(%q)", f.Status)
	tid, err := tenant(ctx)
	if err != nil {
		return nil, false, err
	}
	if f.Limit <= 0 || f.Limit > 200 {
		f.Limit = 50
	}
	if f.Offset < 0 {
		f.Offset = 0
	}
	statuses := []any{domain.NotePortalMessageNew, domain.NotePortalMessageRead}
	if f.Status == domain.NotePortalMessageNew || f.Status == domain.NotePortalMessageRead {
		statuses = []any{f.Status, f.Status}
	}
	return s.queryNotes(ctx, f.Limit, `SELECT `+noteColumns+` FROM notes
		WHERE tenant_id = $1 AND status IN ($2, $3) ORDER BY created_at DESC, id DESC LIMIT $4 OFFSET $5`,
		tid, statuses[0], statuses[1], f.Limit+1, f.Offset)
}

// queryNotes runs a note query and cuts the result to limit rows.
func (s *Store) queryNotes(ctx context.Context, limit int, query string, args ...any) ([]domain.Note, bool, error) {
	rows, err := s.r.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, false, err
	}
	defer rows.Close()
	var out []domain.Note
	for rows.Next() {
		n, err := scanNote(rows)
		if err != nil {
			return nil, false, err
		}
		out = append(out, n)
	}
	if len(out) > limit {
		return out[:limit], true, rows.Err()
	}
	return out, false, rows.Err()
}
