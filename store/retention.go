package store

import (
	"context"
	"time"

	"github.com/matchpoint/matchpoint/domain"
)

// RetentionDue lists the candidates the retention job (F3) would anonymise:
// not anonymised yet, with no activity since cutoff (record changed, note,
// match, privacy request), no placement running or ended since cutoff, and no
// live consent valid on today. Holds are returned with the candidate; the
// caller decides to skip them.
func (s *Store) RetentionDue(ctx context.Context, cutoff time.Time, limit int) (_ []domain.RetentionDue, err error) {
	defer domain.Wrap(&err, "store.RetentionDue")
	tid, err := tenant(ctx)
	if err != nil {
		return nil, err
	}
	if limit <= 0 || limit > 5000 {
		limit = 1000
	}
	cutDay := domain.DateOf(cutoff)
	today := domain.DateOf(s.now())
	rows, err := s.r.QueryContext(ctx, `SELECT `+candidateColumns()+`, h.kind, h.reason, h.held_by_id, h.held_by, h.held_at`+candidateFrom+`
		LEFT JOIN retention_holds h ON h.tenant_id = c.tenant_id AND h.candidate_id = c.id
		WHERE c.tenant_id = $1 AND c.anonymised_at IS NULL AND c.updated_at < $2
		AND NOT EXISTS (SELECT 1 FROM notes n WHERE n.tenant_id = c.tenant_id AND n.subject_kind = 'candidate'
			AND n.subject_id = c.id AND n.created_at >= $2)
		AND NOT EXISTS (SELECT 1 FROM matches m WHERE m.tenant_id = c.tenant_id AND m.candidate_id = c.id AND m.updated_at >= $2)
		AND NOT EXISTS (SELECT 1 FROM privacy_requests r WHERE r.tenant_id = c.tenant_id AND r.candidate_id = c.id
			AND r.received_at >= $2)
		AND NOT EXISTS (SELECT 1 FROM placements p WHERE p.tenant_id = c.tenant_id AND p.candidate_id = c.id
			AND (p.end_date IS NULL OR p.end_date >= $3))
		AND NOT EXISTS (SELECT 1 FROM consents k WHERE k.tenant_id = c.tenant_id AND k.candidate_id = c.id
			AND k.withdrawn_at IS NULL AND k.valid_until >= $4)
		ORDER BY c.updated_at, c.id LIMIT $5`, tid, cutoff, cutDay, today, limit)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []domain.RetentionDue
	for rows.Next() {
		var d domain.RetentionDue
		var kind, reason, by *string
		var byID *domain.ID
		var at *time.Time
		c := &d.Candidate
		var err error
		if *c, err = scanCandidate(rows, &kind, &reason, &byID, &by, &at); err != nil {
			return nil, err
		}
		d.LastActivity = c.UpdatedAt
		if at != nil {
			d.Hold = &domain.PrivacyHold{CandidateID: c.ID, Kind: domain.HoldKind(deref(kind)), Reason: deref(reason),
				HeldByID: derefID(byID), HeldBy: deref(by), HeldAt: *at}
		}
		out = append(out, d)
	}
	return out, rows.Err()
}

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}
