package store

import (
	"context"
	"time"

	"github.com/matchpoint/matchpoint/domain"
)

const privacyExportColumns = `id, tenant_id, candidate_id, file_name, size, created_by, created_at, released_at, token_expires_at`

func scanPrivacyExport(row interface{ Scan(...any) error }) (domain.PrivacyExport, error) {
	var e domain.PrivacyExport
	err := row.Scan(&e.ID, &e.TenantID, &e.CandidateID, &e.FileName, &e.Size, &e.CreatedBy, &e.CreatedAt, &e.ReleasedAt, &e.TokenExpiresAt)
	return e, translate(err)
}

// CreatePrivacyExport stores a candidate's data export (F2).
func (s *Store) CreatePrivacyExport(ctx context.Context, e *domain.PrivacyExport, content []byte) (err error) {
	defer domain.Wrap(&err, "store.CreatePrivacyExport(%d)", e.CandidateID)
	tid, err := tenant(ctx)
	if err != nil {
		return err
	}
	e.TenantID, e.CreatedAt, e.Size = tid, s.now(), int64(len(content))
	return translate(s.w.QueryRowContext(ctx, `INSERT INTO privacy_exports (tenant_id, candidate_id, file_name, size, created_by,
		created_at, content) VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
		tid, e.CandidateID, e.FileName, e.Size, e.CreatedBy, e.CreatedAt, content).Scan(&e.ID))
}

// PrivacyExports lists a candidate's exports, newest first.
func (s *Store) PrivacyExports(ctx context.Context, candidateID domain.ID) (_ []domain.PrivacyExport, err error) {
	defer domain.Wrap(&err, "store.PrivacyExports(%d)", candidateID)
	tid, err := tenant(ctx)
	if err != nil {
		return nil, err
	}
	rows, err := s.r.QueryContext(ctx, `SELECT `+privacyExportColumns+` FROM privacy_exports
		WHERE tenant_id = $1 AND candidate_id = $2 ORDER BY created_at DESC, id DESC`, tid, candidateID)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []domain.PrivacyExport
	for rows.Next() {
		e, err := scanPrivacyExport(rows)
		if err != nil {
			return nil, err
		}
		out = append(out, e)
	}
	return out, rows.Err()
}

// PrivacyExport returns one export's metadata.
func (s *Store) PrivacyExport(ctx context.Context, id domain.ID) (_ domain.PrivacyExport, err error) {
	defer domain.Wrap(&err, "store.PrivacyExport(%d)", id)
	tid, err := tenant(ctx)
	if err != nil {
		return domain.PrivacyExport{}, err
	}
	return scanPrivacyExport(s.r.QueryRowContext(ctx, `SELECT `+privacyExportColumns+` FROM privacy_exports
		WHERE tenant_id = $1 AND id = $2`, tid, id))
}

// PrivacyExportContent returns the ZIP of one export.
func (s *Store) PrivacyExportContent(ctx context.Context, id domain.ID) (_ []byte, err error) {
	defer domain.Wrap(&err, "store.PrivacyExportContent(%d)", id)
	tid, err := tenant(ctx)
	if err != nil {
		return nil, err
	}
	var content []byte
	if err := s.r.QueryRowContext(ctx, `SELECT content FROM privacy_exports WHERE tenant_id = $1 AND id = $2`, tid, id).Scan(&content); err != nil {
		return nil, translate(err)
	}
	return content, nil
}

// ReleasePrivacyExport lets the candidate download the export through a link
// whose token (only its hash is stored) works until expires.
func (s *Store) ReleasePrivacyExport(ctx context.Context, id domain.ID, tokenHash string, expires time.Time) (err error) {
	defer domain.Wrap(&err, "store.ReleasePrivacyExport(%d)", id)
	tid, err := tenant(ctx)
	if err != nil {
		return err
	}
	return expectOne(s.w.ExecContext(ctx, `UPDATE privacy_exports SET released_at = $1, token_hash = $2, token_expires_at = $3
		WHERE tenant_id = $4 AND id = $5`, s.now(), tokenHash, expires, tid, id))
}

// PrivacyExportByToken returns the released export of a token that has not
// expired; the candidate must be the export's (the portal passes its own).
func (s *Store) PrivacyExportByToken(ctx context.Context, candidateID domain.ID, tokenHash string) (_ domain.PrivacyExport, err error) {
	defer domain.Wrap(&err, "store.PrivacyExportByToken")
	tid, err := tenant(ctx)
	if err != nil {
		return domain.PrivacyExport{}, err
	}
	if tokenHash == "" {
		return domain.PrivacyExport{}, domain.ErrNotFound
	}
	return scanPrivacyExport(s.r.QueryRowContext(ctx, `SELECT `+privacyExportColumns+` FROM privacy_exports
		WHERE tenant_id = $1 AND candidate_id = $2 AND token_hash = $3 AND released_at IS NOT NULL AND token_expires_at > $4`,
		tid, candidateID, tokenHash, s.now()))
}

// ExportNotes lists every note about a record, oldest first, with no cap:
// a candidate's data export (F2) must hold all of them, however many.
func (s *Store) ExportNotes(ctx context.Context, kind domain.SubjectKind, subjectID domain.ID) (_ []domain.Note, err error) {
	defer domain.Wrap(&err, "store.ExportNotes(%s %d)", kind, subjectID)
	tid, err := tenant(ctx)
	if err != nil {
		return nil, err
	}
	if err := s.checkSubject(ctx, tid, kind, subjectID); err != nil {
		return nil, err
	}
	rows, err := s.r.QueryContext(ctx, `SELECT `+noteColumns+` FROM notes
		WHERE tenant_id = $1 AND subject_kind = $2 AND subject_id = $3 ORDER BY created_at, id`, tid, kind, subjectID)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []domain.Note
	for rows.Next() {
		n, err := scanNote(rows)
		if err != nil {
			return nil, err
		}
		out = append(out, n)
	}
	return out, rows.Err()
}
