package store

import (
	"context"

	"github.com/matchpoint/matchpoint/domain"
)

// EnqueueMail writes a mail to the durable outbox. Call it inside the
// transaction of the change that causes the mail, so both land or neither.
func (s *Store) EnqueueMail(ctx context.Context, m *domain.Mail) (err error) {
	defer domain.Wrap(&err, "store.EnqueueMail")
	tid, err := tenant(ctx)
	if err != nil {
		return err
	}
	m.TenantID = tid
	m.CreatedAt = s.now()
	m.Status = domain.OutboxPending
	if m.NextAttemptAt.IsZero() {
		m.NextAttemptAt = m.CreatedAt
	}
	return translate(s.w.QueryRowContext(ctx, `INSERT INTO outbox (tenant_id, to_addr, subject, body, status, attempts, next_attempt_at,
		created_at, candidate_id) VALUES ($1, $2, $3, $4, $5, 0, $6, $7, $8) RETURNING id`,
		tid, m.To, m.Subject, m.Body, m.Status, m.NextAttemptAt, m.CreatedAt, nullID(m.CandidateID)).Scan(&m.ID))
}

// Mails lists the tenant's outbox, newest first.
func (s *Store) Mails(ctx context.Context, limit, offset int) (_ []domain.Mail, more bool, err error) {
	defer domain.Wrap(&err, "store.Mails")
	tid, err := tenant(ctx)
	if err != nil {
		return nil, false, err
	}
	if limit <= 0 || limit > 200 {
		limit = 50
	}
	rows, err := s.r.QueryContext(ctx, `SELECT `+mailColumns+` FROM outbox WHERE tenant_id = $1 ORDER BY id DESC LIMIT $2 OFFSET $3`,
		tid, limit+1, offset)
	if err != nil {
		return nil, false, err
	}
	defer rows.Close()
	var out []domain.Mail
	for rows.Next() {
		m, err := scanMail(rows)
		if err != nil {
			return nil, false, err
		}
		out = append(out, m)
	}
	if err := rows.Err(); err != nil {
		return nil, false, err
	}
	more = len(out) > limit
	if more {
		out = out[:limit]
	}
	return out, more, s.noteMailRecipients(ctx, tid, out)
}

// Mail returns one mail of the tenant's outbox.
func (s *Store) Mail(ctx context.Context, id domain.ID) (_ domain.Mail, err error) {
	defer domain.Wrap(&err, "store.Mail(%d)", id)
	tid, err := tenant(ctx)
	if err != nil {
		return domain.Mail{}, err
	}
	m, err := scanMail(s.r.QueryRowContext(ctx, `SELECT `+mailColumns+` FROM outbox WHERE tenant_id = $1 AND id = $2`, tid, id))
	if err != nil {
		return domain.Mail{}, err
	}
	return m, s.noteMailRecipients(ctx, tid, []domain.Mail{m})
}

const mailColumns = `id, tenant_id, to_addr, subject, body, status, attempts, next_attempt_at, last_error, created_at, sent_at,
	candidate_id, scrubbed_at`

func scanMail(row interface{ Scan(...any) error }) (domain.Mail, error) {
	var m domain.Mail
	err := row.Scan(&m.ID, &m.TenantID, &m.To, &m.Subject, &m.Body, &m.Status, &m.Attempts, &m.NextAttemptAt, &m.LastError,
		&m.CreatedAt, &m.SentAt, scanID{&m.CandidateID}, &m.ScrubbedAt)
	return m, translate(err)
}
