package store

import (
	"context"

	"github.com/matchpoint/matchpoint/domain"
)

// MergeCounts says how many rows a merge moved, per kind.
type MergeCounts map[string]int64

// MergeCandidateInto moves everything of candidate from to candidate into,
// then deletes from (issue 16 item 7). It must run inside the transaction
// that also saves the survivor's fields and the audit entry. Where both
// were matched to one vacancy, into's match stays and takes over the
// other's history, evaluations, notes, files and applications (and its
// approval, so a contact who approved keeps seeing it, E7). from's portal
// sign-in (sessions, links, second factor) ends; its password passes to
// into when into has none.
func (s *Store) MergeCandidateInto(ctx context.Context, from, into domain.ID) (_ MergeCounts, err error) {
	defer domain.Wrap(&err, "store.MergeCandidateInto(%d, %d)", from, into)
	tid, err := tenant(ctx)
	if err != nil {
		return nil, err
	}
	if !s.tx {
		return nil, errNotInTx
	}
	counts := MergeCounts{}
	exec := func(kind, query string, args ...any) error {
		res, err := s.w.ExecContext(ctx, query, args...)
		if err != nil {
			return translate(err)
		}
		n, err := res.RowsAffected()
		counts[kind] += n
		return err
	}
	// Matches on a vacancy both have: into's stays.
	type pair struct{ from, into domain.ID }
	var twins []pair
	rows, err := s.w.QueryContext(ctx, `SELECT f.id, i.id FROM matches f JOIN matches i ON i.tenant_id = f.tenant_id
		AND i.vacancy_id = f.vacancy_id AND i.candidate_id = $3 WHERE f.tenant_id = $1 AND f.candidate_id = $2`, tid, from, into)
	if err != nil {
		return nil, err
	}
	for rows.Next() {
		var p pair
		if err := rows.Scan(&p.from, &p.into); err != nil {
			rows.Close()
			return nil, err
		}
		twins = append(twins, p)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, err
	}
	for _, p := range twins {
		for _, q := range []struct{ kind, query string }{
			{"match history", `UPDATE match_phase_changes SET match_id = $3 WHERE tenant_id = $1 AND match_id = $2`},
			{"evaluations", `UPDATE match_evaluations SET match_id = $3 WHERE tenant_id = $1 AND match_id = $2`},
			{"applications", `UPDATE applications SET match_id = $3 WHERE tenant_id = $1 AND match_id = $2`},
			{"notes", `UPDATE notes SET subject_id = $3 WHERE tenant_id = $1 AND subject_kind = 'match' AND subject_id = $2`},
			{"attachments", `UPDATE attachments SET subject_id = $3 WHERE tenant_id = $1 AND subject_kind = 'match' AND subject_id = $2`},
			{"audit", `UPDATE audit_log SET object_id = $3 WHERE tenant_id = $1 AND object_kind = 'match' AND object_id = $2`},
			{"approvals", `UPDATE matches SET approved_at = (SELECT f.approved_at FROM matches f WHERE f.tenant_id = $1 AND f.id = $2)
				WHERE tenant_id = $1 AND id = $3 AND approved_at IS NULL`},
		} {
			if err := exec(q.kind, q.query, tid, p.from, p.into); err != nil {
				return nil, err
			}
		}
		if err := exec("matches merged", `DELETE FROM matches WHERE tenant_id = $1 AND id = $2`, tid, p.from); err != nil {
			return nil, err
		}
	}
	for _, q := range []struct{ kind, query string }{
		{"matches", `UPDATE matches SET candidate_id = $3 WHERE tenant_id = $1 AND candidate_id = $2`},
		{"placements", `UPDATE placements SET candidate_id = $3 WHERE tenant_id = $1 AND candidate_id = $2`},
		{"experiences", `UPDATE experiences SET candidate_id = $3 WHERE tenant_id = $1 AND candidate_id = $2`},
		{"educations", `UPDATE educations SET candidate_id = $3 WHERE tenant_id = $1 AND candidate_id = $2`},
		{"skills", `UPDATE skills SET candidate_id = $3 WHERE tenant_id = $1 AND candidate_id = $2`},
		{"consents", `UPDATE consents SET candidate_id = $3 WHERE tenant_id = $1 AND candidate_id = $2`},
		{"privacy requests", `UPDATE privacy_requests SET candidate_id = $3 WHERE tenant_id = $1 AND candidate_id = $2`},
		{"privacy exports", `UPDATE privacy_exports SET candidate_id = $3 WHERE tenant_id = $1 AND candidate_id = $2`},
		{"applications", `UPDATE applications SET candidate_id = $3 WHERE tenant_id = $1 AND candidate_id = $2`},
		{"retention holds", `DELETE FROM retention_holds WHERE tenant_id = $1 AND candidate_id = $2
			AND EXISTS (SELECT 1 FROM retention_holds h WHERE h.tenant_id = $1 AND h.candidate_id = $3)`},
		{"retention holds", `UPDATE retention_holds SET candidate_id = $3 WHERE tenant_id = $1 AND candidate_id = $2`},
		{"attachments", `UPDATE attachments SET subject_id = $3 WHERE tenant_id = $1 AND subject_kind = 'candidate' AND subject_id = $2`},
		{"notes", `UPDATE notes SET subject_id = $3 WHERE tenant_id = $1 AND subject_kind = 'candidate' AND subject_id = $2`},
		{"audit", `UPDATE audit_log SET object_id = $3 WHERE tenant_id = $1 AND object_kind = 'candidate' AND object_id = $2`},
		{"password", `UPDATE candidates SET password_hash = (SELECT f.password_hash FROM candidates f WHERE f.tenant_id = $1 AND f.id = $2)
			WHERE tenant_id = $1 AND id = $3 AND password_hash = ''`},
	} {
		if err := exec(q.kind, q.query, tid, from, into); err != nil {
			return nil, err
		}
	}
	for _, table := range []string{"sessions", "password_tokens", "totp_secrets", "recovery_codes"} {
		if err := exec("sign-in", `DELETE FROM `+table+` WHERE tenant_id = $1 AND audience = 'portal' AND subject_id = $2`, tid, from); err != nil {
			return nil, err
		}
	}
	if err := expectOne(s.w.ExecContext(ctx, `DELETE FROM candidates WHERE tenant_id = $1 AND id = $2`, tid, from)); err != nil {
		return nil, err
	}
	return counts, nil
}
