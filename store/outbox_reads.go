package store

import (
	"context"
	"fmt"
	"strings"

	"github.com/matchpoint/matchpoint/domain"
)

// noteMailRecipients records, for the read audit (F4), the persons an
// outbox page shows: the candidate a mail is about and every candidate or
// contact of the agency whose address a mail goes to. Without a read log
// in ctx (jobs, the mail worker) it does nothing.
func (s *Store) noteMailRecipients(ctx context.Context, tid domain.ID, mails []domain.Mail) error {
	if readLogOf(ctx) == nil || len(mails) == 0 {
		return nil
	}
	addrs := map[string]bool{}
	for _, m := range mails {
		noteRead(ctx, domain.SubjectCandidate, m.CandidateID)
		if a := strings.ToLower(strings.TrimSpace(m.To)); a != "" {
			addrs[a] = true
		}
	}
	if len(addrs) == 0 {
		return nil
	}
	args := []any{tid}
	marks := make([]string, 0, len(addrs))
	for a := range addrs {
		args = append(args, a)
		marks = append(marks, fmt.Sprintf("$%d", len(args)))
	}
	in := strings.Join(marks, ", ")
	for _, q := range []struct {
		kind  domain.SubjectKind
		table string
	}{{domain.SubjectCandidate, "candidates"}, {domain.SubjectContact, "contacts"}} {
		rows, err := s.r.QueryContext(ctx, `SELECT id FROM `+q.table+` WHERE tenant_id = $1 AND lower(email) IN (`+in+`)`, args...)
		if err != nil {
			return fmt.Errorf("recipients among %s: %w", q.table, err)
		}
		for rows.Next() {
			var id domain.ID
			if err := rows.Scan(&id); err != nil {
				rows.Close()
				return err
			}
			noteRead(ctx, q.kind, id)
		}
		if err := rows.Close(); err != nil {
			return err
		}
		if err := rows.Err(); err != nil {
			return err
		}
	}
	return nil
}
