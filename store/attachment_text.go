package store

import (
	"context"
	"strings"

	"github.com/matchpoint/matchpoint/domain"
)

// SaveAttachmentText stores (or replaces) the text read from an attachment
// of the tenant, with its folded form for the CV index.
func (s *Store) SaveAttachmentText(ctx context.Context, t *domain.AttachmentText) (err error) {
	defer domain.Wrap(&err, "store.SaveAttachmentText(%d)", t.AttachmentID)
	tid, err := tenant(ctx)
	if err != nil {
		return err
	}
	t.TenantID, t.ExtractedAt = tid, s.now()
	search := domain.SearchFold(t.Text)
	return s.InTx(ctx, func(tx *Store) error {
		if _, err := tx.w.ExecContext(ctx, `DELETE FROM attachment_texts WHERE tenant_id = $1 AND attachment_id = $2`,
			tid, t.AttachmentID); err != nil {
			return translate(err)
		}
		_, err := tx.w.ExecContext(ctx, `INSERT INTO attachment_texts (tenant_id, attachment_id, status, text, search_text, extracted_at)
			VALUES ($1, $2, $3, $4, $5, $6)`, tid, t.AttachmentID, t.Status, t.Text, search, t.ExtractedAt)
		return translate(err)
	})
}

// AttachmentText returns the text read from one attachment.
func (s *Store) AttachmentText(ctx context.Context, id domain.ID) (_ domain.AttachmentText, err error) {
	defer domain.Wrap(&err, "store.AttachmentText(%d)", id)
	tid, err := tenant(ctx)
	if err != nil {
		return domain.AttachmentText{}, err
	}
	var t domain.AttachmentText
	err = s.r.QueryRowContext(ctx, `SELECT attachment_id, tenant_id, status, text, extracted_at FROM attachment_texts
		WHERE tenant_id = $1 AND attachment_id = $2`, tid, id).Scan(&t.AttachmentID, &t.TenantID, &t.Status, &t.Text, &t.ExtractedAt)
	return t, translate(err)
}

// CVHit is a candidate's attachment whose text holds every word searched.
type CVHit struct {
	CandidateID   domain.ID
	CandidateName string
	AttachmentID  domain.ID
	FileName      string
}

// CVFilter asks the CV index: every word of Query (the last one also as a
// prefix, as it may still be being typed), in the attachments of one
// candidate or of all the tenant's candidates that did not restrict
// processing, newest attachment first.
type CVFilter struct {
	Query       string
	CandidateID domain.ID // 0: all candidates
	Limit       int
}

// SearchCVs looks words up in the CV text index (issue 16 item 5), on both
// engines the same folded words.
func (s *Store) SearchCVs(ctx context.Context, f CVFilter) (_ []CVHit, err error) {
	defer domain.Wrap(&err, "store.SearchCVs(%q)", f.Query)
	tid, err := tenant(ctx)
	if err != nil {
		return nil, err
	}
	words := domain.SearchTerms(f.Query)
	if len(words) == 0 {
		return nil, nil
	}
	if f.Limit <= 0 || f.Limit > 200 {
		f.Limit = 50
	}
	args := []any{tid}
	arg := func(v any) string {
		args = append(args, v)
		return "$" + itoa(len(args))
	}
	where := []string{"a.tenant_id = $1", "a.subject_kind = 'candidate'", "c.restricted = " + arg(false)}
	if f.CandidateID != 0 {
		where = append(where, "a.subject_id = "+arg(f.CandidateID))
	}
	var from, order string
	if s.db.Dialect == Postgres {
		words[len(words)-1] += ":*"
		from = ` FROM attachment_texts t JOIN attachments a ON a.tenant_id = t.tenant_id AND a.id = t.attachment_id`
		where = append(where, "t.tenant_id = $1", "t.search_tsv @@ to_tsquery('simple', "+arg(strings.Join(words, " & "))+")")
		order = " ORDER BY a.id DESC"
	} else {
		for i := range words {
			words[i] = `"` + words[i] + `"`
		}
		words[len(words)-1] += "*"
		from = ` FROM attachment_texts_fts JOIN attachment_texts t ON t.attachment_id = attachment_texts_fts.rowid
			JOIN attachments a ON a.tenant_id = t.tenant_id AND a.id = t.attachment_id`
		where = append(where, "t.tenant_id = $1", "attachment_texts_fts MATCH "+arg(strings.Join(words, " ")))
		order = " ORDER BY attachment_texts_fts.rowid DESC"
	}
	rows, err := s.r.QueryContext(ctx, `SELECT a.subject_id, c.first_name, c.last_name, a.id, a.file_name`+from+`
		JOIN candidates c ON c.tenant_id = a.tenant_id AND c.id = a.subject_id
		WHERE `+strings.Join(where, " AND ")+order+` LIMIT `+arg(f.Limit), args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []CVHit
	for rows.Next() {
		var h CVHit
		var first, last string
		if err := rows.Scan(&h.CandidateID, &first, &last, &h.AttachmentID, &h.FileName); err != nil {
			return nil, err
		}
		h.CandidateName = domain.Candidate{FirstName: first, LastName: last}.Name()
		out = append(out, h)
	}
	return out, rows.Err()
}
