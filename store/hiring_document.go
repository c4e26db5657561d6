package store

import (
	"context"

	"github.com/matchpoint/matchpoint/domain"
)

// PortalDocumentScope is who asks for Hiring Portal documents (E10): a
// contact of a company, with the portal source that makes its company's
// vacancies visible (E3). A zero field selects nothing of its part.
type PortalDocumentScope struct {
	ContactID domain.ID
	CompanyID domain.ID
	SourceID  domain.ID
}

// PortalDocument is an attachment with a label for the record it is on.
type PortalDocument struct {
	domain.Attachment
	SubjectLabel string
}

// portalDocumentWhere selects attachments a of a type visible in the Hiring
// Portal on: the contact's company, the contact itself, the visible vacancies
// of its company (E3), and the candidates of the matches it sees (E5, E7).
// $1 tenant, $2 company, $3 contact, $4 source.
const portalDocumentWhere = `a.tenant_id = $1 AND t.visible_hiring AND (
	(a.subject_kind = 'company' AND a.subject_id = $2)
	OR (a.subject_kind = 'contact' AND a.subject_id = $3)
	OR (a.subject_kind = 'vacancy' AND a.subject_id IN (SELECT v.id FROM vacancies v
		WHERE v.tenant_id = $1 AND v.company_id = $2 AND v.source_id = $4 AND v.pool = ''))
	OR (a.subject_kind = 'candidate' AND a.subject_id IN (SELECT m.candidate_id` + portalMatchFrom + `
		WHERE v.tenant_id = $1 AND v.contact_id = $3 AND v.company_id = $2 AND v.pool = '' AND ` + portalMatchJoin + `
		AND ` + notWithheld + ` AND (m.approved_at IS NOT NULL OR m.phase_id IN ` + visiblePhases + `))))`

// poolCandidateWhere adds the candidates of the pools the contact sees (E8),
// whose CV it may open from the pool but which the document list leaves out.
const poolCandidateWhere = ` OR (a.tenant_id = $1 AND t.visible_hiring AND a.subject_kind = 'candidate'
	AND a.subject_id IN (SELECT m.candidate_id FROM matches m JOIN vacancies v ON v.tenant_id = m.tenant_id AND v.id = m.vacancy_id
		WHERE m.tenant_id = $1 AND ` + notWithheld + ` AND (v.pool = 'general' OR (v.pool = 'company' AND v.company_id = $2))))`

func (sc PortalDocumentScope) args(tid domain.ID) []any {
	return []any{tid, sc.CompanyID, sc.ContactID, sc.SourceID}
}

// PortalDocuments lists the attachments the scope sees, newest first, at most
// 200.
func (s *Store) PortalDocuments(ctx context.Context, sc PortalDocumentScope) (list []PortalDocument, err error) {
	defer domain.Wrap(&err, "store.PortalDocuments(%d)", sc.ContactID)
	defer func() { noteReads(ctx, domain.SubjectCandidate, list, documentCandidate) }() // F4: a CV names its candidate
	tid, err := tenant(ctx)
	if err != nil {
		return nil, err
	}
	if sc.ContactID == 0 || sc.CompanyID == 0 {
		return nil, nil
	}
	rows, err := s.r.QueryContext(ctx, `SELECT `+attachmentColumns+`, COALESCE(co.name, v.title,
		c.first_name || ' ' || c.last_name, ct.first_name || ' ' || ct.last_name, '')`+attachmentFrom+`
		LEFT JOIN companies co ON a.subject_kind = 'company' AND co.tenant_id = a.tenant_id AND co.id = a.subject_id
		LEFT JOIN vacancies v ON a.subject_kind = 'vacancy' AND v.tenant_id = a.tenant_id AND v.id = a.subject_id
		LEFT JOIN candidates c ON a.subject_kind = 'candidate' AND c.tenant_id = a.tenant_id AND c.id = a.subject_id
		LEFT JOIN contacts ct ON a.subject_kind = 'contact' AND ct.tenant_id = a.tenant_id AND ct.id = a.subject_id
		WHERE `+portalDocumentWhere+` ORDER BY a.created_at DESC, a.id DESC LIMIT 200`, sc.args(tid)...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []PortalDocument
	for rows.Next() {
		var d PortalDocument
		a := &d.Attachment
		if err := rows.Scan(&a.ID, &a.TenantID, &a.SubjectKind, &a.SubjectID, &a.TypeID, &a.FileName, &a.ContentType,
			&a.Size, &a.UploadedBy, &a.CreatedAt, &a.TypeName, &d.SubjectLabel); err != nil {
			return nil, err
		}
		out = append(out, d)
	}
	return out, rows.Err()
}

// PortalDocument returns one attachment the scope sees, or may open from a
// talent pool; any other is not found.
func (s *Store) PortalDocument(ctx context.Context, sc PortalDocumentScope, id domain.ID) (_ domain.Attachment, err error) {
	defer domain.Wrap(&err, "store.PortalDocument(%d)", id)
	tid, err := tenant(ctx)
	if err != nil {
		return domain.Attachment{}, err
	}
	if sc.ContactID == 0 || sc.CompanyID == 0 {
		return domain.Attachment{}, domain.ErrNotFound
	}
	return scanAttachment(s.r.QueryRowContext(ctx, `SELECT `+attachmentColumns+attachmentFrom+`
		WHERE a.id = $5 AND (`+portalDocumentWhere+poolCandidateWhere+`)`, append(sc.args(tid), id)...))
}
