package store

import (
	"context"
	"strings"
	"time"

	"github.com/matchpoint/matchpoint/domain"
)

// scrubCandidateMail removes an erased candidate from the outbox (F2), in
// the erasure's transaction: every mail that names the candidate, goes to
// its address, or carries its address or full name in its text loses its
// subject and text; those not sent yet are cancelled, so they never go out;
// the candidate's address is blanked where it was the recipient. Another
// recipient's address (a contact told about a timesheet) stays.
func (s *Store) scrubCandidateMail(ctx context.Context, tid domain.ID, c domain.Candidate) error {
	where, args := candidateMailWhere(tid, c, 4)
	_, err := s.w.ExecContext(ctx, `UPDATE outbox SET
			status = CASE WHEN status = $1 THEN status ELSE $2 END,
			to_addr = CASE WHEN $4 <> '' AND lower(to_addr) = $4 THEN '' ELSE to_addr END,
			subject = '', body = '', claim_token = '', scrubbed_at = $3
		WHERE `+where, append([]any{domain.OutboxSent, domain.OutboxCancelled, s.now()}, args...)...)
	return translate(err)
}

// candidateMailWhere selects the mails of a candidate: those that name it,
// go to its address, or carry its address or full name in their text. The
// arguments start at $first; the first of them is the lower-case address.
func candidateMailWhere(tid domain.ID, c domain.Candidate, first int) (string, []any) {
	email := strings.ToLower(strings.TrimSpace(c.Email))
	emailLike, nameLike := "", ""
	if email != "" {
		emailLike = likePattern(email)
	}
	if c.FirstName != "" && c.LastName != "" {
		nameLike = likePattern(c.Name())
	}
	p := func(i int) string { return "$" + itoa(first+i) }
	return `tenant_id = ` + p(1) + ` AND (candidate_id = ` + p(2) + `
			OR (` + p(0) + ` <> '' AND lower(to_addr) = ` + p(0) + `)
			OR (` + p(3) + ` <> '' AND lower(body) LIKE ` + p(3) + ` ESCAPE '\')
			OR (` + p(4) + ` <> '' AND (lower(body) LIKE ` + p(4) + ` ESCAPE '\' OR lower(subject) LIKE ` + p(4) + ` ESCAPE '\')))`,
		[]any{email, tid, c.ID, emailLike, nameLike}
}

// CandidateMailCounts counts a candidate's mails that erasing it would
// cancel (not sent yet) and scrub (sent), for the erasure's preview (F2).
func (s *Store) CandidateMailCounts(ctx context.Context, c domain.Candidate) (unsent, sent int, err error) {
	defer domain.Wrap(&err, "store.CandidateMailCounts(%d)", c.ID)
	tid, err := tenant(ctx)
	if err != nil {
		return 0, 0, err
	}
	where, args := candidateMailWhere(tid, c, 2)
	err = s.r.QueryRowContext(ctx, `SELECT
			COALESCE(SUM(CASE WHEN status = $1 THEN 0 ELSE 1 END), 0),
			COALESCE(SUM(CASE WHEN status = $1 THEN 1 ELSE 0 END), 0)
		FROM outbox WHERE scrubbed_at IS NULL AND status <> '`+string(domain.OutboxCancelled)+`' AND `+where,
		append([]any{domain.OutboxSent}, args...)...).Scan(&unsent, &sent)
	return unsent, sent, translate(err)
}

// PurgeMailTexts removes the subject and text of every mail, of every
// agency, that was delivered, given up or cancelled before before (G2, F2):
// the outbox keeps who got what when, but a mail's words only for a
// bounded time. It reports how many mails it purged. It serves the delivery
// worker only and works across tenants, like the claims.
func (db *DB) PurgeMailTexts(ctx context.Context, before time.Time) (_ int64, err error) {
	defer domain.Wrap(&err, "store.PurgeMailTexts")
	res, err := db.write.ExecContext(ctx, `UPDATE outbox SET subject = '', body = '', scrubbed_at = $1
		WHERE created_at < $2 AND scrubbed_at IS NULL AND status IN ($3, $4, $5)`,
		db.Now(), before.UTC(), domain.OutboxSent, domain.OutboxFailed, domain.OutboxCancelled)
	if err != nil {
		return 0, translate(err)
	}
	return res.RowsAffected()
}
